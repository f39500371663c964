/** The citizen's family reunification requests for "Mis trámites", with their own words. */
export { ready } from '../i18n/index.ts'
export { MisReencuentros } from './Lista.tsx'
