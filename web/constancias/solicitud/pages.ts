/**
 * A request and its code ("Solicitud Pendiente"), also the landing of the e-mail's link; and the
 * citizen's requests for "Mis trámites" (../MisTramites.tsx), which share its words.
 */
export { ready } from './i18n/index.ts'
export { MisConstancias } from './MisConstancias.tsx'
export { Solicitud } from './Solicitud.tsx'
