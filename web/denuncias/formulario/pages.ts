/** The denuncia's form, with its words (its fields' labels and its checks' messages: respuestas.ts). */
import '../denuncias.css'

import { ready as archivosListos } from '../../archivos/FileUpload.tsx'
import { ready as formularioListo } from './i18n/index.ts'

/** The form's words and the file upload's, in the current language. */
export const ready = Promise.all([formularioListo, archivosListos]).then(() => undefined)
export { Paso } from './Paso.tsx'
