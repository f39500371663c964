/** The citizen's election constancias for "Mis trámites", with their own words. */
export { ready } from './i18n/index.ts'
export { MisConstancias } from './MisConstancias.tsx'
