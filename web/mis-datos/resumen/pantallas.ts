/** `/mis-datos` itself, with the area's words. */
export { ready } from '../i18n/index.ts'
export { Resumen } from './Resumen.tsx'
