/** A request's own page (the e-mail's link); one waiting offline is espera.ts. */
import '../reencuentro.css'

export { ready } from '../i18n/index.ts'
export { Solicitud } from './Solicitud.tsx'
