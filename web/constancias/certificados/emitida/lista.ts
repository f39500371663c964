/** The citizen's constancias for "Mis trámites", with their words and the types' names. */
import { ready as nombres } from '../i18n/index.ts'
import { ready as propias } from './i18n/index.ts'

export const ready = Promise.all([propias, nombres]).then(() => undefined)
export { MisCertificados } from './Lista.tsx'
