/** A request and its code ("Solicitud Pendiente"), also the landing of the e-mail's link. */
export { ready } from './i18n/index.ts'
export { Solicitud } from './Solicitud.tsx'
