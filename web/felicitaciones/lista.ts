/** The citizen's commendations for "Mis trámites", with their words: loaded apart (MisTramites.tsx). */
export { ready } from './i18n/index.ts'
export { MisFelicitaciones } from './Lista.tsx'
