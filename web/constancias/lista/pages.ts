/** The list of constancias: a first visit's landing, with only its own words. */
export { ready } from './i18n/index.ts'
export { Lista } from './Lista.tsx'
