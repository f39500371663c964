/** Check your answers and "Enviar Solicitud", and a request waiting in the outbox. */
export { EnEspera } from './EnEspera.tsx'
export { ready } from './i18n/index.ts'
export { Revisar } from './Revisar.tsx'
