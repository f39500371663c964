/** The complaint's form, with its words (its checks' messages: respuestas.ts; the upload's: Evidencia.tsx). */
import '../reclamos.css'

/** The form's words, in the current language. */
export { ready } from '../i18n/index.ts'
export { Paso } from './Paso.tsx'
