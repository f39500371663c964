import type { MessageKey } from './i18n/index.ts'

/** A service of the portal as the home page and the outbox show it. */
export interface ServiceInfo {
  id: string
  title: MessageKey
  description: MessageKey
  /** Its start page, once it is built. */
  path?: string
  /** Its "check your answers" page, where a rejected submission can be corrected. */
  reviewPath?: string
}

/** The seven services of the design, in its order; those without a path are not built yet. */
export const services: ServiceInfo[] = [
  { id: 'denuncias', title: 'service.denuncias', description: 'service.denuncias.desc' },
  {
    id: 'permisos',
    title: 'service.permisos',
    description: 'service.permisos.desc',
    path: '/permisos',
    reviewPath: '/permisos/revisar',
  },
  { id: 'anonima', title: 'service.anonima', description: 'service.anonima.desc' },
  {
    id: 'constancias',
    title: 'service.constancias',
    description: 'service.constancias.desc',
    path: '/constancias',
  },
  { id: 'reclamos', title: 'service.reclamos', description: 'service.reclamos.desc' },
  { id: 'reencuentro', title: 'service.reencuentro', description: 'service.reencuentro.desc' },
  {
    id: 'condolencias',
    title: 'service.condolencias',
    description: 'service.condolencias.desc',
    path: '/condolencias',
    reviewPath: '/condolencias/revisar',
  },
]

export function serviceById(id: string): ServiceInfo | undefined {
  return services.find((service) => service.id === id)
}
