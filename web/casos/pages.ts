/**
 * A citizen's case (the question, the answer, information added, the history): loaded apart by
 * the page of a service's request (`screen(() => import('…/casos/pages.ts'), (m) => m.CasoCiudadano)`),
 * with its words, never on a first visit; its form and the file upload load when the case takes
 * them (CasoCiudadano.tsx).
 */
import './casos.css'

export { CasoCiudadano } from './CasoCiudadano.tsx'
/** The case's words, in the current language. */
export { ready } from './i18n/index.ts'
