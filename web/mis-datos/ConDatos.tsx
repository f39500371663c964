import { A, useNavigate } from '@solidjs/router'
import { createSignal, type JSX, Match, onMount, Show, Switch } from 'solid-js'
import { focusOnNavigation } from '../components/page.ts'
import { type Me, me } from '../cuenta/session.ts'
import { API, type MisDatos } from './api.ts'
import { tm } from './i18n/index.ts'
import { palabrasDe } from './palabras.ts'

/**
 * `GET /api/mis-datos`, by hand: the screens' shared `api()` would bring its chunk to a first visit.
 * The words of the kinds of records it holds come with it (`palabrasDe`).
 */
async function cargar(): Promise<{ status: number; datos?: MisDatos }> {
  try {
    const response = await fetch(API.misDatos, { headers: { accept: 'application/json' }, cache: 'no-store' })
    // Read whatever the answer: a body left unread keeps the request open.
    const body = await response.text()
    const datos = response.ok ? (JSON.parse(body) as MisDatos) : undefined
    if (datos) await palabrasDe(datos.registros.map((registro) => registro.tipo))
    return { status: response.status, datos }
  } catch {
    return { status: 0 }
  }
}

type Carga = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; datos: MisDatos; user: Me }

/**
 * The frame of the screens that show what the portal holds about the citizen (`/mis-datos`, the
 * choice of what to correct, the erasure). They sit behind the area's citizen gate (rutas.tsx), so
 * who is signed in is known here: `undefined` only when the server could not be reached. It asks
 * `GET /api/mis-datos` and says plainly why it cannot show it (no network, a member of staff),
 * else shows its children with the answer.
 *
 * @example
 * <ConDatos returnTo="/mis-datos">{(datos) => <Cuenta datos={datos} />}</ConDatos>
 */
export function ConDatos(props: {
  returnTo: string
  /** The page's heading while it cannot show its own (loading, offline…), for a page whose h1 comes with the data. */
  encabezado?: string
  children: (datos: MisDatos, user: Me) => JSX.Element
}) {
  const navigate = useNavigate()
  const [carga, setCarga] = createSignal<Carga>({ kind: 'loading' })
  const user = me()
  onMount(async () => {
    if (!user || user.kind === 'staff') return
    const { status, datos } = await cargar()
    // The session ended meanwhile: sign in again, and come back.
    if (status === 401) return navigate(`/ingresar?returnTo=${encodeURIComponent(props.returnTo)}`)
    setCarga(datos ? { kind: 'ready', datos, user } : { kind: 'failed' })
  })
  const ready = () => {
    const current = carga()
    return current.kind === 'ready' ? current : undefined
  }
  return (
    <>
      <Show when={props.encabezado && !ready() ? props.encabezado : undefined}>
        {(title) => (
          <h1 tabindex="-1" ref={focusOnNavigation}>
            {title()}
          </h1>
        )}
      </Show>
      <Switch fallback={<p role="status">{tm('md.loading')}</p>}>
        <Match when={!user}>
          <p>{tm('md.offline')}</p>
        </Match>
        <Match when={user?.kind === 'staff'}>
          <p>{tm('md.staff')}</p>
          <p>
            <A href="/funcionarios">{tm('md.staffLink')}</A>
          </p>
        </Match>
        <Match when={carga().kind === 'failed'}>
          <p>{tm('md.failed')}</p>
        </Match>
        <Match when={ready()}>{(found) => props.children(found().datos, found().user)}</Match>
      </Switch>
    </>
  )
}
