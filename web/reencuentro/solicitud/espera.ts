/** A request waiting on the device (`/reencuentro/envio/:id`), apart from the request's page. */
import '../reencuentro.css'

export { ready } from '../i18n/index.ts'
export { EnEspera } from './EnEspera.tsx'
