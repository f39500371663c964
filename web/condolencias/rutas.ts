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

/** A photo at phone sizes: `src` the smallest width, `srcset` the three. */
export interface Foto {
  src: string
  srcset: string
}

/** A memorial as the book lists it. */
export interface MemorialResumen {
  slug: string
  nombre: string
  grado: string
  unidad: string
  /** YYYY-MM-DD: the day they fell. */
  fecha: string
  resumen: string
  foto: Foto | null
  mensajes: number
}

/** A memorial's page. */
export interface Memorial {
  slug: string
  nombre: string
  grado: string
  unidad: string
  fecha: string
  texto: string
  foto: Foto | null
  mensajes: number
  /** The first page of its messages, versioned: a new message gives a new URL. */
  primeraPagina: string
}

/** A published message. */
export interface Mensaje {
  id: string
  firma: string
  mensaje: string
  publicadoAt: string
}

/** A page of messages, newest first; `siguiente` the older ones' URL. */
export interface PaginaMensajes {
  items: Mensaje[]
  siguiente: string | null
}

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
