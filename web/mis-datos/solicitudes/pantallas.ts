/** The requests about one's data in "Mis trámites", with their words and the area's. */
import { ready as area } from '../i18n/index.ts'
import { ready as own } from './i18n/index.ts'

export const ready: Promise<void> = Promise.all([area, own]).then(() => undefined)
export { MisSolicitudes } from './Solicitudes.tsx'
