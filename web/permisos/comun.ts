import { createSignal } from 'solid-js'
import type { CampoPermiso } from '../../core/permisos/campos.ts'
import { formatLocal } from '../../core/time.ts'
import type { permisosRoute } from '../../worker/permisos/route.ts'
import type { EstadoPermiso, PermisoView } from '../../worker/permisos/schema.ts'
import { loadMe, mayHoldSession } from '../cuenta/session.ts'
import { callApi, type RouteBody } from '../forms/api.ts'
import { confirmarTitular } from './dispositivo.ts'

/*
 * What every permit screen shares — the API's shapes and calls, the paths, the ficha, Chile's
 * times, the permits kept on the device — in one module, so it travels in one small chunk rather
 * than in several tiny shared ones. The route's own module (permisos.tsx) imports none of it: the
 * landing page's first visit loads only what it shows.
 */

export { type ApiResult, callApi, isErrorBody } from '../forms/api.ts'
export { confirmarTitular, guardados, guardar, guardarTodos } from './dispositivo.ts'
export { paths } from './paginas.ts'
export type { CampoPermiso, EstadoPermiso, PermisoView }

/**
 * `GET /api/permisos/ficha`: what the form shows before the citizen types anything — who asks,
 * today in Chile (`hoy`), the permit types with this week's use, the comunas under restriction.
 */
export type Ficha = RouteBody<typeof permisosRoute, '/ficha'>
/** A permit type as the ficha offers it, with how many the citizen used this week (`usadosSemana`). */
export type TipoPermiso = Ficha['tipos'][number]
/** A comuna's restriction phase (dates inclusive; `hasta: null` until changed). */
export type Fase = Ficha['fases'][number]

/** The API of the citizen's permits (worker/permisos/route.ts). */
export const API = {
  ficha: '/api/permisos/ficha',
  permisos: '/api/permisos',
  permiso: (code: string) => `/api/permisos/${encodeURIComponent(code)}`,
  pdf: (code: string) => `/api/permisos/${encodeURIComponent(code)}/pdf`,
  misTramites: '/api/mis-tramites',
} as const

/**
 * A permit's state now: revocation first, then its window (the rule of worker/permisos/service.ts),
 * so a copy kept on the device turns from "por comenzar" to "vigente" to "vencido" by itself.
 */
export function estadoAhora(
  view: Pick<PermisoView, 'inicio' | 'fin' | 'revocadoAt'>,
  now = Date.now(),
): EstadoPermiso {
  if (view.revocadoAt) return 'revocado'
  if (now < Date.parse(view.inicio)) return 'por_comenzar'
  return now > Date.parse(view.fin) ? 'vencido' : 'vigente'
}

/**
 * An instant as Chileans read it, always in America/Santiago whatever the device's zone.
 *
 * @example
 * horaChile('2026-11-23T13:00:00.000Z') // '23-11-2026 10:00'
 */
export function horaChile(iso: string): string {
  return formatLocal(new Date(iso))
}

/**
 * A permit type's longest duration, as the server words it in its messages.
 *
 * @example
 * duracion(180) // '3 h'
 */
export function duracion(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : h === 0 ? `${m} min` : `${h} h ${m} min`
}

/** Where the citizen stands before the form can show: signed in with ClaveÚnica, or why not. */
export type FichaState =
  | { kind: 'loading' }
  | { kind: 'ready'; ficha: Ficha }
  | { kind: 'signin' }
  | { kind: 'self' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string }

// Kept for the whole visit: the landing page, the form and the review page share it, and it
// survives the network going down between them (the request is then queued; the server checks
// everything again).
const [fichaState, setFichaState] = createSignal<FichaState>({ kind: 'loading' })

/** What is known of the citizen's ficha, reactive. */
export { fichaState }

/**
 * Asks the server again; a failure of the network keeps what is already known. A browser without
 * a session is not asked about: it is told to sign in (mayHoldSession).
 */
export async function loadFicha(): Promise<FichaState> {
  if (!mayHoldSession()) {
    setFichaState({ kind: 'signin' })
    return { kind: 'signin' }
  }
  const answer = await callApi<Ficha>('GET', API.ficha)
  const current = fichaState()
  const next: FichaState = answer.ok
    ? { kind: 'ready', ficha: answer.body }
    : answer.status === 0
      ? current.kind === 'ready'
        ? current
        : { kind: 'offline' }
      : answer.status === 401
        ? { kind: 'signin' }
        : answer.error?.code === 'claveunica_required'
          ? { kind: 'self' }
          : { kind: 'failed', message: answer.error?.message ?? '' }
  setFichaState(next)
  if (answer.ok) {
    // The server confirmed who is signed in: the header shows them, the device shows their permits.
    void confirmarTitular(answer.body.titular.run)
    void loadMe()
  }
  if (next.kind === 'self') void loadMe()
  return next
}

/** A calendar date `YYYY-MM-DD` as `DD-MM-YYYY`. */
export { formatCivilDate as dia } from '../../core/time.ts'
