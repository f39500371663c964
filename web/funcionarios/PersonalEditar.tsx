import { A, useNavigate } from '@solidjs/router'
import { createSignal, lazy, Match, onMount, Show, Switch } from 'solid-js'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { StaffUpdateInput } from '../../worker/identity/staff-schemas.ts'
import { FormErrorSummary, SubmitButton } from '../components/FieldChrome.tsx'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { Checkboxes, Radios } from '../components/Radios.tsx'
import { Select } from '../components/Select.tsx'
import type { Me } from '../cuenta/session.ts'
import { callApi } from '../forms/api.ts'
import { createForm } from '../forms/form.ts'
import { problemsOf } from '../forms/problemas.ts'
import { locale, t } from '../i18n/index.ts'
import { fieldLabel } from '../i18n/server-catalog.ts'
import { ts } from './i18n/index.ts'
import { fetchStaff, PERSONAL_PATH, type StaffNotice } from './Personal.tsx'
import { useParametro } from './parametro.ts'
import { StaffGate } from './StaffGate.tsx'
import {
  capacidadOptions,
  fullName,
  isStaffRole,
  roleOptions,
  type StaffMember,
  unidadGroups,
  useUnidades,
} from './staff.ts'

// Información anónima's desks (issue 17): its section, in its own chunk with its words.
const MesasDelFuncionario = lazy(async () => {
  const m = await import('./informacion/pages.ts')
  await m.ready
  return { default: m.MesasDelFuncionario }
})

/** The ticked capabilities travel in the form as one answer, ids separated by spaces. */
const ids = (answer: string) => answer.split(' ').filter(Boolean)

function EditForm(props: { member: StaffMember; me: Me }) {
  const navigate = useNavigate()
  const unidades = useUnidades()
  const toInput = (values: { role: string; unidadCode: string; capacidades: string }) => ({
    ...values,
    capacidades: ids(values.capacidades),
  })
  const form = createForm(
    StaffUpdateInput,
    {
      role: props.member.role,
      unidadCode: props.member.unidadCode ?? '',
      capacidades: props.member.capacidades.join(' '),
    },
    toInput,
  )
  // Another role brings its set of capabilities, ticked here for the administrator to adjust.
  const setRole = (role: string) => {
    form.set('role')(role)
    if (isStaffRole(role)) form.set('capacidades')(CAPACIDADES_DE_ROL[role].join(' '))
  }
  const [switching, setSwitching] = createSignal(false)
  const [switchProblem, setSwitchProblem] = createSignal<string | undefined>()
  const name = () => fullName(props.member)
  const done = (kind: StaffNotice['kind']) =>
    navigate(PERSONAL_PATH, { state: { notice: { kind, name: name(), email: props.member.email } } })
  const save = async (values: { role: string; unidadCode: string; capacidades: string }) => {
    const result = await callApi('PATCH', `/api/admin/staff/${props.member.id}`, toInput(values))
    if (!result.ok) return form.fail(problemsOf(result))
    done('saved')
  }
  const setDisabled = async (disabled: boolean) => {
    setSwitching(true)
    setSwitchProblem(undefined)
    const result = await callApi('PATCH', `/api/admin/staff/${props.member.id}`, { disabled })
    setSwitching(false)
    if (!result.ok) return setSwitchProblem(problemsOf(result)[0]?.message)
    done(disabled ? 'disabledDone' : 'enabledDone')
  }
  usePageTitle(
    () => ts('staff.edit.title', { name: name() }),
    () => form.errors().length > 0,
  )
  const self = () => props.member.email === props.me.email
  return (
    <>
      <A href={PERSONAL_PATH} class="back-link">
        {t('form.back')}
      </A>
      <FormErrorSummary form={form} />
      <span class="caption">{props.member.email}</span>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {ts('staff.edit.title', { name: name() })}
      </h1>
      <form novalidate onSubmit={form.onSubmit(save)}>
        <Radios
          id="role"
          legend={fieldLabel(locale(), 'role')}
          error={form.error('role')}
          options={roleOptions()}
          value={form.values().role}
          onChange={setRole}
        />
        <Select
          {...form.field('unidadCode')}
          placeholder={ts('staff.new.unidad.choose')}
          groups={unidadGroups(unidades())}
        />
        <Checkboxes
          id="capacidades"
          legend={ts('staff.cap.legend')}
          hint={ts('staff.cap.hint')}
          error={form.error('capacidades')}
          options={capacidadOptions()}
          value={ids(form.values().capacidades)}
          onChange={(ticked) => form.set('capacidades')(ticked.join(' '))}
        />
        <SubmitButton form={form} label={ts('staff.edit.submit')} busyLabel={t('form.sending')} />
      </form>
      <Show when={!props.member.disabled}>
        <MesasDelFuncionario userId={props.member.id} name={name()} />
      </Show>
      <section class="danger-zone" aria-labelledby="habilitacion">
        <h2 id="habilitacion" class="heading-m">
          {props.member.disabled ? ts('staff.edit.enable.title') : ts('staff.edit.disable.title')}
        </h2>
        <Show when={!self()} fallback={<p>{ts('staff.edit.self')}</p>}>
          <p>{props.member.disabled ? ts('staff.edit.enable.body') : ts('staff.edit.disable.body')}</p>
          <p class="error-message" role="alert">
            {switchProblem() ?? ''}
          </p>
          <button
            type="button"
            class={props.member.disabled ? 'button button--secondary' : 'button button--warning'}
            disabled={switching()}
            onClick={() => void setDisabled(!props.member.disabled)}
          >
            {props.member.disabled ? ts('staff.edit.enable') : ts('staff.edit.disable')}
          </button>
        </Show>
      </section>
    </>
  )
}

/**
 * `/funcionarios/personal/:id`: an administrator changes a staff member's role, unit and what they
 * may do (one checkbox per capability), or disables the account.
 */
export function PersonalEditar() {
  const id = useParametro()
  const [members, setMembers] = createSignal<StaffMember[] | null | undefined>()
  onMount(async () => setMembers(await fetchStaff()))
  const member = () => members()?.find((item) => item.id === id())
  return (
    <StaffGate capacidad="personal.administrar" title={ts('staff.admin.title')}>
      {(me) => (
        <Switch fallback={<p>{ts('staff.loading')}</p>}>
          <Match when={member()}>{(found) => <EditForm member={found()} me={me} />}</Match>
          <Match when={members() === null}>
            <h1>{ts('staff.admin.title')}</h1>
            <p>{ts('staff.offline')}</p>
          </Match>
          <Match when={members()}>
            <h1>{ts('staff.admin.title')}</h1>
            <p>{ts('staff.edit.notFound')}</p>
            <p>
              <A href={PERSONAL_PATH}>{t('form.back')}</A>
            </p>
          </Match>
        </Switch>
      )}
    </StaffGate>
  )
}
