/** A complaint's own page: the complaint and its case (the receipt too); one waiting offline is espera.ts. */
import '../reclamos.css'

export { ready } from '../i18n/index.ts'
export { Reclamo } from './Reclamo.tsx'
