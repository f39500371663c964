/** An issued constancia's page: a landing page (the e-mail's link), with its words. */
import '../certificados.css'

import { ready as nombres } from '../i18n/index.ts'
import { ready as propias } from './i18n/index.ts'

export const ready = Promise.all([propias, nombres]).then(() => undefined)
export { Emitida } from './Emitida.tsx'
