/** The drafts on the account for "Mis trámites", with their own words. */
export { Borradores } from './Borradores.tsx'
export { ready } from './i18n/index.ts'
