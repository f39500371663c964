/** A denuncia's own pages: the report and its history (the sent page too), and one waiting offline. */
import '../denuncias.css'

export { Denuncia } from './Denuncia.tsx'
export { EnEspera } from './EnEspera.tsx'
export { ready } from './i18n/index.ts'
