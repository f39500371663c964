/** The form (its schema's checks load on the citizen's first interaction: ./validar.ts). */
export { Datos } from './Formulario.tsx'
export { ready } from './i18n/index.ts'
