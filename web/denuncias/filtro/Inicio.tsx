import { A, useNavigate } from '@solidjs/router'
import { createSignal, Match, onMount, Show, Switch } from 'solid-js'
import { Checkbox } from '../../components/Checkbox.tsx'
import { focusOnNavigation, usePageTitle } from '../../components/page.ts'
import { loadMe, type Me } from '../../cuenta/session.ts'
import { compartido, setCompartido } from '../dispositivo.ts'
import { tf } from './i18n/index.ts'

const START = '/denuncias'
const PRIMERA = '/denuncias/peligro'

/**
 * `/denuncias`: what can be reported here and what cannot, what to have at hand, the way to sign
 * in, and — signed in — "this is a shared device" and the way in. A landing page: no form code.
 */
export function Inicio() {
  usePageTitle(() => tf('inicio.title'))
  const navigate = useNavigate()
  // undefined: still asking; null: nobody signed in; the user otherwise (offline: as if signed in).
  const [user, setUser] = createSignal<Me | null | 'offline' | undefined>()
  const [shared, setShared] = createSignal(compartido() === true)
  onMount(async () => {
    const found = await loadMe()
    setUser(found === undefined ? 'offline' : found)
  })
  const start = (event: SubmitEvent) => {
    event.preventDefault()
    setCompartido(shared())
    navigate(PRIMERA, { replace: true })
  }
  const citizen = () => {
    const found = user()
    return found === 'offline' || (found && found.kind === 'citizen') ? found : undefined
  }
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {tf('inicio.title')}
      </h1>
      <p class="lead dn-measure">{tf('inicio.lead')}</p>
      <h2>{tf('inicio.puede.title')}</h2>
      <p class="dn-measure">{tf('inicio.puede')}</p>
      <h2>{tf('inicio.no.title')}</h2>
      <ul class="dn-list">
        <li>
          <strong>{tf('inicio.no.peligro')}</strong>
        </li>
        <li>{tf('inicio.no.otros')}</li>
        <li>{tf('inicio.no.una')}</li>
      </ul>
      <h2>{tf('inicio.necesita.title')}</h2>
      <ul class="dn-list">
        <li>{tf('inicio.necesita.cuenta')}</li>
        <li>{tf('inicio.necesita.hecho')}</li>
        <li>{tf('inicio.necesita.datos')}</li>
      </ul>
      <div class="inset">
        <p>{tf('inicio.salir')}</p>
      </div>
      <Switch>
        <Match when={citizen()}>
          {(found) => (
            <form novalidate onSubmit={start}>
              <Show when={found() !== 'offline' && found()} keyed>
                {(me) => <p>{tf('inicio.signedIn', { name: typeof me === 'string' ? '' : me.name })}</p>}
              </Show>
              <Checkbox
                id="compartido"
                label={tf('inicio.compartido')}
                hint={tf('inicio.compartido.hint')}
                checked={shared()}
                onChange={setShared}
              />
              <button type="submit" class="button button--start">
                {tf('inicio.start')}
              </button>
            </form>
          )}
        </Match>
        <Match when={user() === null}>
          {/* A link to the sign-in page (ClaveÚnica or the account's password), which returns here:
              its button and words are not part of this landing page's first visit. */}
          <p>{tf('inicio.ingresar')}</p>
          <A href={`/ingresar?returnTo=${encodeURIComponent(START)}`} class="button-link button--start">
            {tf('inicio.cuenta')}
          </A>
        </Match>
        <Match when={user()}>
          <p>{tf('inicio.staff')}</p>
        </Match>
      </Switch>
    </>
  )
}
