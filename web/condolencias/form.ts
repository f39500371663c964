import { CondolenciaInput } from '../../worker/condolencias/schema.ts'
import { createDraft } from '../offline/draft.ts'

export { CondolenciaInput }

export const SERVICE_ID = 'condolencias'
export const MAX_MENSAJE = 2000

/** The one draft of the condolence form, shared by its question pages and the review page. */
export const draft = createDraft(SERVICE_ID, { nombre: '', mensaje: '' })
