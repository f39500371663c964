/** The citizen's permits for "Mis trámites", with their own words. */
export { ready } from './i18n/index.ts'
export { MisPermisos } from './Lista.tsx'
