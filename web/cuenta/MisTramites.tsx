import { A } from '@solidjs/router'
import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import { focusOnNavigation, usePageTitle } from '../components/page.ts'
import { SummaryList } from '../components/SummaryList.tsx'
import { MisCertificados, MisConstancias } from '../constancias/MisTramites.tsx'
import { MisDenuncias } from '../denuncias/MisTramites.tsx'
import { MisFelicitaciones } from '../felicitaciones/MisTramites.tsx'
import { t } from '../i18n/index.ts'
import { MisSolicitudes } from '../mis-datos/MisTramites.tsx'
import { MisPermisos } from '../permisos/MisTramites.tsx'
import { MisReclamos } from '../reclamos/MisTramites.tsx'
import { MisReencuentros } from '../reencuentro/MisTramites.tsx'
import { MisBorradores } from './borradores/MisBorradores.tsx'
import { tc } from './i18n/index.ts'

export { ready } from './i18n/index.ts'

import { useCitizenGate } from './gate.ts'
import { type Me, signOut } from './session.ts'

/** The citizen's own details, and how their identity was proven. */
function Details(props: { user: Me }) {
  const rows = () => [
    { key: tc('mine.name'), value: props.user.name },
    ...(props.user.run ? [{ key: tc('mine.run'), value: props.user.run }] : []),
    ...(props.user.email ? [{ key: tc('mine.email'), value: props.user.email }] : []),
    {
      key: tc('mine.proof'),
      value: props.user.runProof === 'claveunica' ? tc('mine.proof.claveunica') : tc('mine.proof.self'),
    },
  ]
  return <SummaryList rows={rows()} />
}

/**
 * The citizen's procedures, each service's list loading apart; "no procedures" once every list has
 * said it has none (each shows its `fallback` then).
 */
function Procedures(props: { user: Me }) {
  const [empty, setEmpty] = createSignal(0)
  const Empty = (): JSX.Element => {
    onMount(() => setEmpty((n) => n + 1))
    return null
  }
  const lists = [
    <MisBorradores fallback={<Empty />} />,
    <MisPermisos
      run={props.user.runProof === 'claveunica' ? props.user.run : null}
      offline={false}
      fallback={<Empty />}
    />,
    <MisDenuncias fallback={<Empty />} />,
    <MisReclamos fallback={<Empty />} />,
    <MisReencuentros fallback={<Empty />} />,
    <MisConstancias fallback={<Empty />} />,
    <MisCertificados fallback={<Empty />} />,
    <MisSolicitudes fallback={<Empty />} />,
    <MisFelicitaciones fallback={<Empty />} />,
  ]
  return (
    <>
      {lists}
      <Show when={empty() === lists.length}>
        <p>{tc('mine.empty')}</p>
      </Show>
    </>
  )
}

/** "Cerrar sesión", here also on every device at once. */
function SignOut() {
  const [busy, setBusy] = createSignal(false)
  const [failed, setFailed] = createSignal(false)
  const leave = async (everywhere: boolean) => {
    setBusy(true)
    setFailed(false)
    if (!(await signOut(everywhere))) {
      setBusy(false)
      setFailed(true)
    }
  }
  return (
    <section aria-labelledby="cerrar-sesion">
      <h2 id="cerrar-sesion" class="heading-m">
        {t('account.signOut')}
      </h2>
      <p class="error-message" role="alert">
        {failed() ? t('account.signOutFailed') : ''}
      </p>
      <p>{tc('mine.everywhere.hint')}</p>
      <div class="button-group">
        <button type="button" class="button" disabled={busy()} onClick={() => void leave(false)}>
          {t('account.signOut')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy()}
          onClick={() => void leave(true)}
        >
          {tc('mine.everywhere')}
        </button>
      </div>
    </section>
  )
}

/**
 * `/mis-tramites`: where ClaveÚnica and the password sign-in land. Signed-out visitors are sent
 * to `/ingresar`, and come back here after signing in.
 */
export function MisTramites() {
  const gate = useCitizenGate('/mis-tramites')
  usePageTitle(() => tc('mine.title'))
  const citizen = () => {
    const current = gate()
    return current.kind === 'citizen' ? current.user : undefined
  }
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tc('mine.title')}
      </h1>
      <Switch fallback={<p>{tc('mine.loading')}</p>}>
        <Match when={gate().kind === 'offline'}>
          <p>{tc('mine.offline')}</p>
          <MisPermisos run={null} offline fallback={null} />
        </Match>
        <Match when={gate().kind === 'staff'}>
          <p>{tc('mine.staff')}</p>
          <p>
            <A href="/funcionarios">{tc('mine.staffLink')}</A>
          </p>
        </Match>
        <Match when={citizen()}>
          {(current) => (
            <>
              <p class="lead">{tc('mine.hello', { name: current().name })}</p>
              <h2>{tc('mine.you')}</h2>
              <Details user={current()} />
              <Show when={current().runProof !== 'claveunica'}>
                <div class="inset">
                  <p>{tc('mine.selfNote')}</p>
                </div>
              </Show>
              <p>
                <A href="/mis-datos">{tc('mine.myData')}</A>
              </p>
              <h2>{tc('mine.procedures')}</h2>
              <Procedures user={current()} />
              <p>
                <A href="/">{tc('mine.services')}</A>
              </p>
              <SignOut />
            </>
          )}
        </Match>
      </Switch>
    </>
  )
}
