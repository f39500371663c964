/** The list of constancias: a first visit's landing, with its words and the nine types' names. */
import { ready as nombres } from '../certificados/i18n/index.ts'
import { ready as propias } from './i18n/index.ts'

export const ready = Promise.all([propias, nombres]).then(() => undefined)
export { Lista } from './Lista.tsx'
