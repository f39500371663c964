/** The citizen's complaints for "Mis trámites", with their own words. */
export { ready } from '../i18n/index.ts'
export { MisReclamos } from './Lista.tsx'
