import type { HomeKey } from './home/i18n/es.ts'
import type { MessageKey } from './i18n/index.ts'

/** A form as the outbox shows it. */
export interface FormInfo {
  id: string
  title: MessageKey
  /** Its start page, once it is built. */
  path?: string
  /** Its "check your answers" page, where a rejected submission can be corrected. */
  reviewPath?: string
  /**
   * Its draft on the citizen's account (decision 0034), which "Mis trámites" lists: the draft's id
   * when it is not the form's, and the page that continues it when that is not `path`.
   */
  draft?: { id?: string; path?: string }
}

/** A service of the portal as the home page shows it (its description is the home page's word). */
export interface ServiceInfo extends FormInfo {
  description: HomeKey
}

/** The seven services of the design, in its order; those without a path are not built yet. */
export const services: ServiceInfo[] = [
  { id: 'denuncias', title: 'service.denuncias', description: 'service.denuncias.desc', path: '/denuncias' },
  {
    id: 'permisos',
    title: 'service.permisos',
    description: 'service.permisos.desc',
    path: '/permisos',
    reviewPath: '/permisos/revisar',
    draft: { path: '/permisos/solicitud' },
  },
  { id: 'anonima', title: 'service.anonima', description: 'service.anonima.desc', path: '/informacion' },
  {
    id: 'constancias',
    title: 'service.constancias',
    description: 'service.constancias.desc',
    path: '/constancias',
    draft: { id: 'constancias-voto', path: '/constancias/votacion' },
  },
  {
    id: 'reclamos',
    title: 'service.reclamos',
    description: 'service.reclamos.desc',
    path: '/reclamos',
    reviewPath: '/reclamos/revisar',
  },
  {
    id: 'reencuentro',
    title: 'service.reencuentro',
    description: 'service.reencuentro.desc',
    path: '/reencuentro',
    reviewPath: '/reencuentro/revisar',
    draft: { path: '/reencuentro/familiar' },
  },
  {
    id: 'condolencias',
    title: 'service.condolencias',
    description: 'service.condolencias.desc',
    path: '/condolencias',
    reviewPath: '/condolencias/revisar',
  },
]

/**
 * Forms that are not a service of their own: in `/envios`, not on the home page — the citizen's
 * account's, and the nine constancias' (under Constancias; a refused one is corrected from its
 * waiting page, which knows its type).
 */
const accountForms: FormInfo[] = [
  { id: 'certificados', title: 'service.constancias', path: '/constancias' },
  // Under «Reclamos y felicitaciones» on the home page: its start page links here.
  {
    id: 'felicitaciones',
    title: 'service.reclamos',
    path: '/felicitaciones',
    reviewPath: '/felicitaciones/revisar',
  },
  {
    id: 'mis-datos',
    title: 'account.myData',
    path: '/mis-datos',
    reviewPath: '/mis-datos/correccion/revisar',
    draft: { path: '/mis-datos/correccion' },
  },
]

export function serviceById(id: string): FormInfo | undefined {
  return [...services, ...accountForms].find((service) => service.id === id)
}

/**
 * The form a draft on the account belongs to, by the draft's id.
 *
 * @example
 * formOfDraft('constancias-voto')?.title // 'service.constancias'
 */
export function formOfDraft(id: string): FormInfo | undefined {
  return [...services, ...accountForms].find((service) => (service.draft?.id ?? service.id) === id)
}
