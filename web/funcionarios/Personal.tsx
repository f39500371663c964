import { A, useLocation } from '@solidjs/router'
import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js'
import { Notice } from '../components/Notice.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { callApi } from '../forms/api.ts'
import { locale } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { ts } from './i18n/index.ts'
import { StaffGate } from './StaffGate.tsx'
import { capacidadesLabel, fullName, roleLabel, type StaffMember, unidadLabel, useUnidades } from './staff.ts'

/** What the page before says happened, shown as a banner here. */
export interface StaffNotice {
  kind: 'created' | 'saved' | 'disabledDone' | 'enabledDone'
  name: string
  email: string
}

export const PERSONAL_PATH = '/funcionarios/personal'

/** The staff accounts, for administrators; `null` if they could not be fetched. */
export async function fetchStaff(): Promise<StaffMember[] | null> {
  const result = await callApi<{ items: StaffMember[] }>('GET', '/api/admin/staff')
  return result.ok ? result.body.items : null
}

function Member(props: { member: StaffMember }) {
  const state = () =>
    [
      props.member.disabled ? ts('staff.admin.inactive') : ts('staff.admin.active'),
      ...(props.member.totpEnrolled ? [] : [ts('staff.admin.noTotp')]),
    ].join(' · ')
  return (
    <li class="card" data-staff-email={props.member.email}>
      <h2 class="card__title">{fullName(props.member)}</h2>
      <SummaryList
        rows={[
          { key: fieldLabel(locale(), 'username'), value: props.member.email ?? '' },
          { key: fieldLabel(locale(), 'role'), value: roleLabel(props.member.role) },
          { key: fieldLabel(locale(), 'unidadCode'), value: unidadLabel(props.member.unidadCode) },
          { key: ts('staff.cap.legend'), value: capacidadesLabel(props.member.capacidades) },
          { key: ts('staff.admin.state'), value: state() },
        ]}
      />
      <A href={`${PERSONAL_PATH}/${props.member.id}`}>
        {ts('staff.admin.edit')}
        <span class="visually-hidden"> {fullName(props.member)}</span>
      </A>
    </li>
  )
}

/** `/funcionarios/personal`: every staff account, with a way to create one and to edit each. */
export function Personal() {
  const location = useLocation<{ notice?: StaffNotice }>()
  const [members, setMembers] = createSignal<StaffMember[] | null | undefined>()
  usePageTitle(() => ts('staff.admin.title'))
  useUnidades()
  onMount(async () => setMembers(await fetchStaff()))
  return (
    <StaffGate capacidad="personal.administrar" title={ts('staff.admin.title')}>
      {() => (
        <>
          <A href="/funcionarios" class="back-link">
            {ts('staff.home.title')}
          </A>
          <Show when={location.state?.notice}>
            {(notice) => (
              <Notice title={ts('staff.success')}>
                <p>{ts(`staff.admin.${notice().kind}`, { name: notice().name, email: notice().email })}</p>
              </Notice>
            )}
          </Show>
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {ts('staff.admin.title')}
          </h1>
          <A href={`${PERSONAL_PATH}/nuevo`} class="button-link">
            {ts('staff.admin.create')}
          </A>
          <Switch fallback={<p>{ts('staff.loading')}</p>}>
            <Match when={members() === null}>
              <p>{ts('staff.offline')}</p>
            </Match>
            <Match when={members()?.length === 0}>
              <p>{ts('staff.admin.empty')}</p>
            </Match>
            <Match when={members()}>
              {(list) => (
                <ul class="cards">
                  <For each={list()}>{(member) => <Member member={member} />}</For>
                </ul>
              )}
            </Match>
          </Switch>
        </>
      )}
    </StaffGate>
  )
}
