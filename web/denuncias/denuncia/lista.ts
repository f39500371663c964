/** The citizen's reports for "Mis trámites", with their own words. */
export { ready } from './i18n/index.ts'
export { MisDenuncias } from './Lista.tsx'
