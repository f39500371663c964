/**
 * The constancias' one form (every type's questions, check your answers, the declaration, the
 * waiting page), with its words and the types' definitions (core/certificados/tipos.ts): loaded
 * only when a form's page is opened.
 */
import '../certificados.css'

import { ready as nombres } from '../i18n/index.ts'
import { ready as propias } from './i18n/index.ts'

export const ready = Promise.all([propias, nombres]).then(() => undefined)
export { EnEspera } from './EnEspera.tsx'
export { Paso } from './Paso.tsx'
