/** A constancia's own page (what it is for, the way in): a first visit's landing, with its words. */
import '../certificados.css'

import { ready as nombres } from '../i18n/index.ts'
import { ready as propias } from './i18n/index.ts'

export const ready = Promise.all([propias, nombres]).then(() => undefined)
export { Tipo } from './Tipo.tsx'
