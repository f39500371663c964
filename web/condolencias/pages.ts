/** The condolence book's screens, loaded as one chunk when a citizen opens the service. */
export { Enviado } from './Enviado.tsx'
export { Inicio } from './Inicio.tsx'
export { ready } from './i18n/index.ts'
export { Mensaje, Nombre } from './Preguntas.tsx'
export { Revisar } from './Revisar.tsx'
