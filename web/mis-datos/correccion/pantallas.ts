/**
 * "Pedir una corrección": the choice of what to correct, the correct value, an explanation, check
 * and send, the confirmation. Its words, the area's, and the draft are in before the first render.
 */
import { ready as area } from '../i18n/index.ts'
import { draft } from './form.ts'
import { ready as own } from './i18n/index.ts'
import '../mis-datos.css'

export const ready: Promise<void> = Promise.all([area, own, draft.ready]).then(() => undefined)
export { Dato } from './Dato.tsx'
export { Enviada } from './Enviada.tsx'
export { Explicacion, Valor } from './Preguntas.tsx'
export { Revisar } from './Revisar.tsx'
