/*
 * Where the condolence book's pages and API live: its own module, without the form's schema and
 * draft, so that the book's first page (and the screens picker) load no form code (the forms
 * chunk is 5 kB of a 35 kB first visit).
 */

/** Where the condolence book's pages live. */
export const paths = {
  start: '/condolencias',
  nombre: '/condolencias/nombre',
  mensaje: '/condolencias/mensaje',
  review: '/condolencias/revisar',
  sent: (id: string) => `/condolencias/enviado/${id}`,
} as const

export const API_URL = '/api/condolencias'
