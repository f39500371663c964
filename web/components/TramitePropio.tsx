import { useLocation, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Match, onMount, Switch } from 'solid-js'
import { callApi } from '../forms/api.ts'
import { Gate } from './screen.tsx'

type Carga<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; vista: T }
  | { kind: 'not_found' }
  | { kind: 'offline' }

/**
 * One of the citizen's own requests read from the API (a denuncia, a complaint, a search): signed
 * out, to the sign-in and back here; another person's number is simply not found. Read again
 * (`cargar`, after a change), what was shown stays if the answer does not come.
 *
 * @example
 * const tramite = createTramitePropio<ReclamoCiudadano>(() => reclamoUrl(props.numero))
 */
export function createTramitePropio<T>(url: () => string) {
  const navigate = useNavigate()
  const location = useLocation()
  const [estado, setEstado] = createSignal<Carga<T>>({ kind: 'loading' })
  const cargar = async () => {
    const answer = await callApi<T>('GET', url())
    if (answer.ok) return setEstado({ kind: 'ready', vista: answer.body })
    if (answer.status === 401)
      return navigate(`/ingresar?returnTo=${encodeURIComponent(location.pathname)}`, { replace: true })
    if (estado().kind !== 'ready')
      setEstado(answer.status === 0 ? { kind: 'offline' } : { kind: 'not_found' })
  }
  onMount(() => void cargar())
  return {
    estado,
    cargar,
    /** Shows what an action answered, without reading again. */
    mostrar: (vista: T) => setEstado({ kind: 'ready', vista }),
    vista: () => {
      const current = estado()
      return current.kind === 'ready' ? current.vista : undefined
    },
  }
}

export type TramitePropio<T> = ReturnType<typeof createTramitePropio<T>>

/**
 * The page of a citizen's own request: its detail once read (not keyed: read again, it updates in
 * place), or why it is not shown.
 */
export function TramitePropioVista<T>(props: {
  tramite: TramitePropio<T>
  noEncontrado: { title: string; body: string }
  sinConexion: { title: string; body: string }
  children: (vista: () => T) => JSX.Element
}) {
  return (
    <Switch fallback={<p role="status">…</p>}>
      <Match when={props.tramite.vista()}>{(current) => props.children(current)}</Match>
      <Match when={props.tramite.estado().kind === 'not_found'}>
        <Gate title={props.noEncontrado.title}>
          <p>{props.noEncontrado.body}</p>
        </Gate>
      </Match>
      <Match when={props.tramite.estado().kind === 'offline'}>
        <Gate title={props.sinConexion.title}>
          <p>{props.sinConexion.body}</p>
        </Gate>
      </Match>
    </Switch>
  )
}
