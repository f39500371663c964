import { useLocation } from '@solidjs/router'
import { type JSX, Match, Switch } from 'solid-js'
import { Gate } from '../components/screen.tsx'
import { useCitizenGate } from '../cuenta/gate.ts'
import { tcd } from './i18n/index.ts'

/**
 * Who may write in the book: a signed-in citizen (signed out, to the sign-in and back to this
 * page), or a device with no network (the outbox sends it as the account that queued it, which
 * the server checks again). Staff are told to use a citizen's account.
 */
export function Acceso(props: { children: (nombre: () => string) => JSX.Element }) {
  const location = useLocation()
  const gate = useCitizenGate(`${location.pathname}${location.search}`)
  const nombre = () => {
    const g = gate()
    return g.kind === 'citizen' ? g.user.name : ''
  }
  return (
    <Switch fallback={<p role="status">{tcd('cond.gate.loading')}</p>}>
      <Match when={gate().kind === 'staff'}>
        <Gate title={tcd('cond.gate.staff.title')}>
          <p>{tcd('cond.gate.staff.body')}</p>
        </Gate>
      </Match>
      <Match when={gate().kind === 'citizen' || gate().kind === 'offline'}>{props.children(nombre)}</Match>
    </Switch>
  )
}
