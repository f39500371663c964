import type { condolenciasRoute } from '../../worker/condolencias/route.ts'
import type { Foto, MemorialResumen, MemorialView, MensajePublico } from '../../worker/condolencias/schema.ts'
import type { RouteBody } from '../forms/api.ts'
import { formatDay } from '../i18n/dates.ts'

/*
 * Where the condolence book's pages and API live, and what the API answers
 * (/work/notes/memoriales-api.md): its own module, without the form's schema and draft, so that
 * the book's pages (and the screens picker) load no form code.
 */

/** Where the condolence book's pages live. The form's paths are the memorial's own words, never a slug. */
export const paths = {
  start: '/condolencias',
  memorial: (slug: string) => `/condolencias/${encodeURIComponent(slug)}`,
  /** The form's first page, for one memorial (the draft remembers which). */
  escribir: (slug: string) => `/condolencias/mensaje?memorial=${encodeURIComponent(slug)}`,
  mensaje: '/condolencias/mensaje',
  firma: '/condolencias/firma',
  review: '/condolencias/revisar',
  sent: (id: string) => `/condolencias/enviado/${id}`,
} as const

/** The form's paths: a memorial's slug is never one of these (the picker reads them first). */
export const PASOS_FORMULARIO = ['mensaje', 'firma', 'revisar'] as const

export const API_URL = '/api/condolencias'
export const MEMORIALES_URL = '/api/condolencias/memoriales'
export const memorialUrl = (slug: string) => `${MEMORIALES_URL}/${encodeURIComponent(slug)}`
export const reportesUrl = (id: string) => `${API_URL}/${encodeURIComponent(id)}/reportes`

export type { Foto, MemorialResumen }
/** A memorial's page. */
export type Memorial = MemorialView
/** A published message. */
export type Mensaje = MensajePublico

/** A page of messages, newest first; `siguiente` the older ones' URL. */
export type PaginaMensajes = RouteBody<typeof condolenciasRoute, '/memoriales/:slug/mensajes'>

/** What the API answers a message sent. */
export interface Recibo {
  id: string
  estado: 'pendiente' | 'retenido'
  publicarDesde: string | null
}

/** `sizes` of a memorial's photo: full width on a phone, a column on a wider screen. */
export const SIZES_LISTA = '(max-width: 40rem) 6rem, 8rem'
export const SIZES_MEMORIAL = '(max-width: 40rem) 100vw, 20rem'

/** A day written YYYY-MM-DD in words: «4 de diciembre de 2026» (a calendar day: no time zone moves it). */
export const diaEnPalabras = (fecha: string) => formatDay(`${fecha}T12:00:00.000Z`, 'UTC')
