/** The complaint's form, with its words and the file upload's (its checks' messages: respuestas.ts). */
import '../reclamos.css'

import { ready as archivosListos } from '../../archivos/FileUpload.tsx'
import { ready as reclamoListo } from '../i18n/index.ts'

/** The form's words and the file upload's, in the current language. */
export const ready = Promise.all([reclamoListo, archivosListos]).then(() => undefined)
export { Paso } from './Paso.tsx'
