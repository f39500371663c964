/*
 * Where the commendation's pages and API live: its own module, without the form's schema and
 * draft, so that its start page loads no form code.
 */

/** Where the commendation's pages live. */
export const paths = {
  start: '/felicitaciones',
  unidad: '/felicitaciones/unidad',
  funcionario: '/felicitaciones/funcionario',
  mensaje: '/felicitaciones/mensaje',
  nombre: '/felicitaciones/nombre',
  review: '/felicitaciones/revisar',
  sent: (id: string) => `/felicitaciones/enviado/${id}`,
} as const

export const API_URL = '/api/felicitaciones'
