import { useLocation } from '@solidjs/router'
import { type JSX, lazy, Match, onMount, Suspense, Switch } from 'solid-js'
import { Gate } from '../../components/screen.tsx'
import { type Ficha, fichaState, loadFicha } from '../comun.ts'
import { ts } from './i18n/index.ts'

// ClaveÚnica's button and its words load only when the citizen has to sign in: most arrive here
// signed in, from ClaveÚnica itself.
const ClaveUnica = lazy(async () => {
  const [button, words] = await Promise.all([
    import('../../cuenta/ClaveUnicaButton.tsx'),
    import('../../cuenta/i18n/index.ts'),
  ])
  await words.ready
  return { default: button.ClaveUnicaButton }
})

function SignIn(props: { returnTo: string }) {
  return (
    <Suspense>
      <ClaveUnica returnTo={props.returnTo} />
    </Suspense>
  )
}

/**
 * The frame of the form and the review page: it loads the ficha and says plainly why the citizen
 * cannot go on — not signed in, an internal account rather than ClaveÚnica, no network — else
 * shows the page. ClaveÚnica brings the citizen back to the page they were on.
 */
export function ConFicha(props: { children: (ficha: Ficha) => JSX.Element }) {
  const location = useLocation()
  onMount(() => void loadFicha())
  const ready = () => {
    const state = fichaState()
    return state.kind === 'ready' ? state.ficha : undefined
  }
  const failed = () => {
    const state = fichaState()
    return state.kind === 'failed' ? state.message : undefined
  }
  return (
    <Switch fallback={<p role="status">{ts('gate.loading')}</p>}>
      <Match when={ready()}>{(ficha) => props.children(ficha())}</Match>
      <Match when={fichaState().kind === 'signin'}>
        <Gate title={ts('gate.signin.title')}>
          <p>{ts('gate.signin.body')}</p>
          <SignIn returnTo={location.pathname} />
        </Gate>
      </Match>
      <Match when={fichaState().kind === 'self'}>
        <Gate title={ts('gate.self.title')}>
          <p>{ts('gate.self.body')}</p>
          <SignIn returnTo={location.pathname} />
        </Gate>
      </Match>
      <Match when={failed()}>
        {(message) => (
          <Gate title={ts('gate.failed.title')}>
            <p>{message()}</p>
          </Gate>
        )}
      </Match>
      <Match when={fichaState().kind === 'offline'}>
        <Gate title={ts('gate.offline.title')}>
          <p>{ts('gate.offline.body')}</p>
          <button type="button" class="button button--secondary" onClick={() => void loadFicha()}>
            {ts('gate.retry')}
          </button>
        </Gate>
      </Match>
    </Switch>
  )
}
