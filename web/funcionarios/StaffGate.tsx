import { A, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { type Capacidad, tieneCapacidad } from '../../core/capacidades.ts'
import { loadMe, type Me } from '../cuenta/session.ts'
import { ts } from './i18n/index.ts'

/**
 * Shows its children to a signed-in staff member (holding `capacidad`, when given), after asking
 * the server who is signed in. Nobody signed in goes to the staff login; a citizen or a staff
 * member without the capability is told so (`forbidden`). The server refuses them all the same: this
 * only spares them a screen that cannot work. When the server cannot be reached, `offline` is
 * shown if the screen has an offline form (it may use nothing the server guards), else a notice.
 */
export function StaffGate(props: {
  /** The capability needed, or several of which any lets in (the complaints' figures: the office's or a supervisor's). */
  capacidad?: Capacidad | readonly Capacidad[]
  forbidden?: string
  title: string
  offline?: () => JSX.Element
  children: (user: Me) => JSX.Element
}) {
  const navigate = useNavigate()
  const [user, setUser] = createSignal<Me | undefined>()
  const [state, setState] = createSignal<'loading' | 'offline' | 'citizen' | 'forbidden' | 'ok'>('loading')
  onMount(async () => {
    const found = await loadMe()
    if (found === null) return navigate('/funcionarios/ingresar', { replace: true })
    if (found === undefined) return setState('offline')
    if (found.kind !== 'staff') return setState('citizen')
    const necesarias = props.capacidad === undefined ? [] : [props.capacidad].flat()
    if (necesarias.length > 0 && !necesarias.some((c) => tieneCapacidad(found, c)))
      return setState('forbidden')
    setUser(found)
    setState('ok')
  })
  return (
    <Switch
      fallback={
        <>
          <h1>{props.title}</h1>
          <p>{ts('staff.loading')}</p>
        </>
      }
    >
      <Match when={state() === 'ok' && user()}>{(current) => props.children(current())}</Match>
      <Match when={state() === 'offline' && props.offline}>{(offline) => offline()()}</Match>
      <Match when={state() === 'offline'}>
        <h1>{props.title}</h1>
        <p>{ts('staff.offline')}</p>
      </Match>
      <Match when={state() === 'citizen'}>
        <h1>{props.title}</h1>
        <p>{ts('staff.citizen')}</p>
        <p>
          <A href="/mis-tramites">{ts('staff.citizenLink')}</A>
        </p>
      </Match>
      <Match when={state() === 'forbidden'}>
        <h1>{props.title}</h1>
        <p>{props.forbidden ?? ts('staff.forbidden')}</p>
      </Match>
    </Switch>
  )
}
