/**
 * "Pedir una corrección": the choice of what to correct, the correct value, an explanation, check
 * and send, the confirmation. Its words, the area's, and the draft are in before the first render.
 */
import { apiFields } from '../../../worker/i18n/api-only.ts'
import { registerFieldLabels } from '../../i18n/server-catalog.ts'
import { ready as area } from '../i18n/index.ts'
import { draft } from './form.ts'
import { ready as own } from './i18n/index.ts'
import '../mis-datos.css'

// Its fields are named only by the API (worker/i18n/api-only.ts): its own checks name them alike.
registerFieldLabels(apiFields)

export const ready: Promise<void> = Promise.all([area, own, draft.ready]).then(() => undefined)
export { Dato } from './Dato.tsx'
export { Enviada } from './Enviada.tsx'
export { Explicacion, Valor } from './Preguntas.tsx'
export { Revisar } from './Revisar.tsx'
