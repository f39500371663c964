import { formatLocal } from '../../core/time.ts'
import type { constanciasVotoRoute } from '../../worker/constancias-voto/route.ts'
import type { SolicitudView } from '../../worker/constancias-voto/schema.ts'
import { safeReturnTo } from '../../worker/identity/return-to.ts'
import type { RouteBody } from '../forms/api.ts'

export type { Unidad } from '../forms/api.ts'

import './constancias.css'

/*
 * What every screen of the election constancia shares — the API's shapes (derived from its
 * routes) and calls, the paths, Santiago's dates, ClaveÚnica's button, the warning text. All in
 * this one module, so that it travels in one small chunk rather than in several tiny shared ones, each a request with its own
 * compression overhead on a slow link. Which screen a path shows is rutas.tsx's (the service's one
 * route): the nine other constancias' pages do not load this module.
 */

export type { SolicitudView }

/** `GET /api/constancias-voto/eleccion`: the current election, or none. */
export type EleccionActual = RouteBody<typeof constanciasVotoRoute, '/eleccion'>

/** An election as `GET /api/constancias-voto/eleccion` describes it (instants in ISO). */
export type Eleccion = NonNullable<EleccionActual['eleccion']>

/** `GET /api/constancias-voto/ficha`: what the form shows before the citizen types anything. */
export type Ficha = RouteBody<typeof constanciasVotoRoute, '/ficha'>

/** What the registries say of the signed-in citizen (read-only on the form). */
export type Registro = Ficha['registro']

export { Warning } from '../components/Advertencia.tsx'
export { type ApiResult, callApi, isErrorBody } from '../forms/api.ts'

/** Where the Constancias screens live. */
export const paths = {
  list: '/constancias',
  info: '/constancias/votacion',
  aviso: '/constancias/votacion/aviso',
  form: '/constancias/votacion/formulario',
  review: '/constancias/votacion/revisar',
  solicitud: (code: string) => `/constancias/votacion/${code}`,
  queued: (id: string) => `/constancias/votacion/envio/${id}`,
} as const

/** The API of the citizen's election constancia (worker/constancias-voto/route.ts). */
export const API = {
  eleccion: '/api/constancias-voto/eleccion',
  ficha: '/api/constancias-voto/ficha',
  aviso: '/api/constancias-voto/aviso',
  nacimiento: '/api/constancias-voto/fecha-nacimiento',
  solicitudes: '/api/constancias-voto',
  solicitud: (code: string) => `/api/constancias-voto/${encodeURIComponent(code)}`,
  pdf: (code: string) => `/api/constancias-voto/${encodeURIComponent(code)}/pdf`,
  contacto: (code: string) => `/api/constancias-voto/${encodeURIComponent(code)}/contacto`,
} as const

/** A request just answered, so its page shows at once without asking the server again. */
const known = new Map<string, SolicitudView>()

export function remember(view: SolicitudView): void {
  known.set(view.code, view)
}

export function recalled(code: string): SolicitudView | undefined {
  return known.get(code)
}

/**
 * An instant as Chileans read it, split for sentences ("el {fecha} a las {hora}"), always in
 * America/Santiago whatever the device's zone: the server's clock and Chile's decide the window.
 *
 * @example
 * diaHora('2025-11-16T03:00:00.000Z') // { fecha: '16-11-2025', hora: '00:00' }
 */
export function diaHora(iso: string): { fecha: string; hora: string } {
  const text = formatLocal(new Date(iso))
  return { fecha: text.slice(0, 10), hora: text.slice(11) }
}

/**
 * A phone as stored (`+56` and nine digits) as Chileans write it.
 *
 * @example
 * telefonoLegible('+56912345678') // '+56 9 1234 5678'
 */
export function telefonoLegible(telefono: string): string {
  return telefono.replace(/^\+56(\d)(\d{4})(\d{4})$/, '+56 $1 $2 $3')
}

/** A calendar date `YYYY-MM-DD` as `DD-MM-YYYY`. */
export { formatCivilDate as dia } from '../../core/time.ts'

/**
 * "Iniciar sesión con ClaveÚnica": a full-page round trip through ClaveÚnica (no pop-up, no
 * frame, as its integration manual asks); the server brings the citizen back to `returnTo`.
 */
export function ClaveUnicaButton(props: { returnTo: string; label: string }) {
  const go = () => {
    const returnTo = safeReturnTo(props.returnTo, location.origin)
    window.location.assign(`/auth/claveunica/login?returnTo=${encodeURIComponent(returnTo)}`)
  }
  return (
    <button type="button" class="button cv-claveunica" onClick={go}>
      <svg class="cv-claveunica__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
        <circle cx="12" cy="12" r="11" fill="#fff" />
        <circle cx="12" cy="9" r="3.2" fill="#0f69c4" />
        <path d="M6.5 18.5c.8-3 3-4.6 5.5-4.6s4.7 1.6 5.5 4.6" fill="#0f69c4" />
      </svg>
      <span>{props.label}</span>
    </button>
  )
}
