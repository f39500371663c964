import { A, useLocation, useNavigate } from '@solidjs/router'
import { createEffect, createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { Gate } from '../../components/screen.tsx'
import { loadMe, mayHoldSession } from '../../cuenta/session.ts'
import { API, ClaveUnicaButton, callApi, diaHora, type Ficha, paths } from '../constancias.tsx'
import { tv } from './i18n/index.ts'

/** Where the citizen stands before the form can show: signed in with ClaveÚnica, on the roll, in the window. */
export type FichaState =
  | { kind: 'loading' }
  | { kind: 'ready'; ficha: Ficha }
  | { kind: 'signin' }
  | { kind: 'self' }
  | { kind: 'refused'; message: string }
  | { kind: 'offline' }

// Kept for the whole visit: the form and the review page share it, and it survives the network
// going down between them (the request is then queued, and the server checks everything again).
const [state, setState] = createSignal<FichaState>({ kind: 'loading' })

/** The ficha as last loaded, if the citizen may go on. */
export function fichaActual(): Ficha | undefined {
  const current = state()
  return current.kind === 'ready' ? current.ficha : undefined
}

/** The election's window in words, when it is not open now. */
export function ventanaCerrada(eleccion: Ficha['eleccion']): string {
  if (eleccion.estado === 'proxima') return tv('info.when.next', diaHora(eleccion.ventanaInicio))
  return tv('info.when.closed', diaHora(eleccion.ventanaFin))
}

/**
 * Asks the server again; a failure of the network keeps what is already known. A browser without
 * a session is not asked about: it is told to sign in (mayHoldSession).
 */
export async function loadFicha(): Promise<FichaState> {
  if (!mayHoldSession()) {
    setState({ kind: 'signin' })
    return { kind: 'signin' }
  }
  const answer = await callApi<Ficha>('GET', API.ficha)
  let next: FichaState
  if (answer.ok) {
    const ficha = answer.body
    next =
      ficha.eleccion.estado === 'abierta' || ficha.solicitud
        ? { kind: 'ready', ficha }
        : { kind: 'refused', message: `${tv('info.when.body')} ${ventanaCerrada(ficha.eleccion)}` }
  } else if (answer.status === 0) {
    const current = state()
    next = current.kind === 'ready' ? current : { kind: 'offline' }
  } else if (answer.status === 401) next = { kind: 'signin' }
  else if (answer.error?.code === 'claveunica_required') next = { kind: 'self' }
  else next = { kind: 'refused', message: answer.error?.message ?? '' }
  setState(next)
  // The header shows who is signed in: ClaveÚnica's round trip just made someone.
  if (next.kind === 'ready' || next.kind === 'self') void loadMe()
  return next
}

/**
 * The frame of the screens that need the registries' data (legal notice, form, review): it loads
 * the ficha and says plainly why the citizen cannot go on — not signed in, an internal account
 * rather than ClaveÚnica, not on the roll, the window closed, or no network — else shows the page.
 * A citizen who already asked is taken to their request: asking again shows the same code.
 */
export function ConFicha(props: { children: (ficha: Ficha) => JSX.Element }) {
  const navigate = useNavigate()
  const location = useLocation()
  onMount(() => void loadFicha())
  createEffect(() => {
    const current = state()
    if (current.kind === 'ready' && current.ficha.solicitud) {
      navigate(paths.solicitud(current.ficha.solicitud.code), { replace: true })
    }
  })
  const ready = () => {
    const current = state()
    return current.kind === 'ready' && !current.ficha.solicitud ? current.ficha : undefined
  }
  const refusal = () => {
    const current = state()
    return current.kind === 'refused' ? current.message : undefined
  }
  return (
    <Switch fallback={<p role="status">{tv('gate.loading')}</p>}>
      <Match when={ready()}>{(ficha) => props.children(ficha())}</Match>
      <Match when={state().kind === 'signin'}>
        <Gate title={tv('gate.signin.title')}>
          <p>{tv('gate.signin.body')}</p>
          <ClaveUnicaButton returnTo={location.pathname} label={tv('info.login')} />
        </Gate>
      </Match>
      <Match when={state().kind === 'self'}>
        <Gate title={tv('gate.self.title')}>
          <p>{tv('gate.self.body')}</p>
          <ClaveUnicaButton returnTo={location.pathname} label={tv('info.login')} />
          <p>{tv('gate.self.help')}</p>
        </Gate>
      </Match>
      <Match when={refusal()}>
        {(message) => (
          <Gate title={tv('gate.refused.title')}>
            <p>{message()}</p>
            <p>
              <A href={paths.info}>{tv('gate.back')}</A>
            </p>
          </Gate>
        )}
      </Match>
      <Match when={state().kind === 'offline'}>
        <Gate title={tv('gate.offline.title')}>
          <p>{tv('gate.offline.body')}</p>
          <button type="button" class="button button--secondary" onClick={() => void loadFicha()}>
            {tv('gate.retry')}
          </button>
        </Gate>
      </Match>
    </Switch>
  )
}
