import { A, useLocation } from '@solidjs/router'
import { createSignal, type JSX, lazy, Match, onMount, Suspense, Switch } from 'solid-js'
import type { FichaDenuncia } from '../../../worker/denuncias/service.ts'
import { Gate } from '../../components/screen.tsx'
import { loadMe } from '../../cuenta/session.ts'
import { callApi } from '../../forms/api.ts'
import { td } from './i18n/index.ts'

export type { FichaDenuncia }

/** Where the citizen stands before the form can show: signed in (or offline), or why not. */
type FichaState =
  | { kind: 'loading' }
  | { kind: 'ready'; ficha: FichaDenuncia }
  | { kind: 'offline' }
  | { kind: 'signin' }
  | { kind: 'staff' }
  | { kind: 'failed'; message: string }

// Kept for the whole visit: every page of the form shares it, and it survives the network going
// down between them (the report is then queued; the server checks everything again).
const [fichaState, setFichaState] = createSignal<FichaState>({ kind: 'loading' })

/** Who is reporting, as the server said (null offline: the form goes on with what it has). */
export const ficha = () => {
  const state = fichaState()
  return state.kind === 'ready' ? state.ficha : null
}

/** `GET /api/denuncias/ficha`; a failure of the network keeps what is already known. */
async function loadFicha(): Promise<void> {
  const answer = await callApi<FichaDenuncia>('GET', '/api/denuncias/ficha')
  const current = fichaState()
  setFichaState(
    answer.ok
      ? { kind: 'ready', ficha: answer.body }
      : answer.status === 0
        ? current.kind === 'ready'
          ? current
          : { kind: 'offline' }
        : answer.status === 401
          ? { kind: 'signin' }
          : answer.status === 403
            ? { kind: 'staff' }
            : { kind: 'failed', message: answer.error?.message ?? '' },
  )
  if (answer.status === 401) void loadMe()
}

// ClaveÚnica's button and its words load only when the citizen has to sign in again.
const ClaveUnica = lazy(async () => {
  const [button, words] = await Promise.all([
    import('../../cuenta/ClaveUnicaButton.tsx'),
    import('../../cuenta/i18n/index.ts'),
  ])
  await words.ready
  return { default: button.ClaveUnicaButton }
})

/**
 * The frame of every page of the form: it asks who is signed in and says plainly why the citizen
 * cannot go on — not signed in (ClaveÚnica or the account's password bring them back here), a
 * member of staff — else shows the page; with no network, the page shows with what the device has.
 */
export function ConFicha(props: { children: JSX.Element }) {
  const location = useLocation()
  onMount(() => void loadFicha())
  const failed = () => {
    const state = fichaState()
    return state.kind === 'failed' ? state.message : undefined
  }
  return (
    <Switch fallback={<p role="status">{td('gate.loading')}</p>}>
      <Match when={fichaState().kind === 'ready' || fichaState().kind === 'offline'}>{props.children}</Match>
      <Match when={fichaState().kind === 'signin'}>
        <Gate title={td('gate.signin.title')}>
          <p>{td('gate.signin.body')}</p>
          <Suspense>
            <ClaveUnica returnTo={location.pathname} />
          </Suspense>
          <p>
            <A href={`/ingresar/clave?returnTo=${encodeURIComponent(location.pathname)}`}>
              {td('gate.cuenta')}
            </A>
          </p>
        </Gate>
      </Match>
      <Match when={fichaState().kind === 'staff'}>
        <Gate title={td('gate.staff.title')}>
          <p>{td('gate.staff.body')}</p>
        </Gate>
      </Match>
      <Match when={failed()}>
        {(message) => (
          <Gate title={td('gate.failed.title')}>
            <p>{message()}</p>
          </Gate>
        )}
      </Match>
    </Switch>
  )
}
