/** An issued permit, with its words and its QR code. */
import '../permisos.css'

export { ready } from './i18n/index.ts'
export { Permiso } from './Permiso.tsx'
