/** The guide «¿No podrá votar?» (its questions and answers): a first visit's landing. */

export { Guia } from './Guia.tsx'
export { ready } from './i18n/index.ts'
