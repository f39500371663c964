/** The legal notice: ClaveÚnica's return lands here, so it is a chunk of its own. */
export { Aviso } from './Aviso.tsx'
export { ready } from './i18n/index.ts'
