/** The information page (the instructions' sections 1 and 2): a first visit's landing. */

export { Informacion } from './Informacion.tsx'
export { ready } from './i18n/index.ts'
