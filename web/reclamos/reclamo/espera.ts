/**
 * A complaint waiting on the device (`/reclamos/envio/:id`), apart from the complaint's page: the
 * kit's waiting page brings the forms' chunk (the server's words for a refusal), which the
 * complaint's page, the e-mail's link, does not need.
 */
import '../reclamos.css'

export { ready } from '../i18n/index.ts'
export { EnEspera } from './EnEspera.tsx'
