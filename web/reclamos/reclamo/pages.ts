/** A complaint's own pages: the complaint and its case (the receipt too), and one waiting offline. */
import '../reclamos.css'

export { ready } from '../i18n/index.ts'
export { EnEspera } from './EnEspera.tsx'
export { Reclamo } from './Reclamo.tsx'
