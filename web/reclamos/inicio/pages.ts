/** The complaints' start page with its words: all a first visit to `/reclamos` loads of the service. */
import '../reclamos.css'

export { Inicio } from './Inicio.tsx'
export { ready } from './i18n/index.ts'
