/**
 * A citizen's case (the question, the answer, information added, the history): loaded apart by
 * the page of a service's request (`screen(() => import('…/casos/pages.ts'), (m) => m.CasoCiudadano)`),
 * with its words and the file upload's, never on a first visit.
 */
import './casos.css'

import { ready as archivosListos } from '../archivos/FileUpload.tsx'
import { ready as casoListo } from './i18n/index.ts'

/** The case's words and the file upload's, in the current language. */
export const ready = Promise.all([casoListo, archivosListos]).then(() => undefined)
export { CasoCiudadano } from './CasoCiudadano.tsx'
