import { CondolenciaInput } from '../../worker/condolencias/schema.ts'
import { createDraft } from '../offline/draft.ts'

export { CondolenciaInput }

/** Where the condolence book's pages live. */
export const paths = {
  start: '/condolencias',
  nombre: '/condolencias/nombre',
  mensaje: '/condolencias/mensaje',
  review: '/condolencias/revisar',
  sent: (id: string) => `/condolencias/enviado/${id}`,
} as const

export const API_URL = '/api/condolencias'
export const SERVICE_ID = 'condolencias'
export const MAX_MENSAJE = 2000

/** The one draft of the condolence form, shared by its question pages and the review page. */
export const draft = createDraft(SERVICE_ID, { nombre: '', mensaje: '' })
