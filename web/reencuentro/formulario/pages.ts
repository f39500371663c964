/** The family reunification request's form, with its words. */
import '../reencuentro.css'

export { ready } from '../i18n/index.ts'
export { Paso } from './Paso.tsx'
