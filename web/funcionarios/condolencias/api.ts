import type { MemorialAdmin } from '../../../worker/condolencias/admin.ts'
import type { EnCola } from '../../../worker/condolencias/service.ts'

/** Where the staff's condolence-book screens and their API live (/work/notes/memoriales-api.md). */
export const COLA_PATH = '/funcionarios/condolencias'
export const MEMORIALES_PATH = '/funcionarios/condolencias/memoriales'
export const CIFRAS_PATH = '/funcionarios/condolencias/cifras'
export const NUEVO_PATH = '/funcionarios/condolencias/memoriales/nuevo'
export const editarPath = (slug: string) => `${MEMORIALES_PATH}/${encodeURIComponent(slug)}`

export const COLA_API = '/api/funcionarios/condolencias/cola'
export const CIFRAS_API = '/api/funcionarios/condolencias/cifras'
export const decisionApi = (id: string) => `/api/funcionarios/condolencias/${encodeURIComponent(id)}/decision`
export const ADMIN_API = '/api/admin/memoriales'
/** A photo's id, then each width PUT as its bytes (decision 0065). */
export const FOTOS_API = `${ADMIN_API}/fotos`
export const fotoAnchoApi = (foto: string, ancho: number) =>
  `${FOTOS_API}/${encodeURIComponent(foto)}/${ancho}`
export const adminMemorialApi = (slug: string) => `${ADMIN_API}/${encodeURIComponent(slug)}`

/** The queue's tabs: what the automatic pass held, what waits its delay, what readers reported. */
export const ESTADOS_COLA = ['retenido', 'pendiente', 'reportado'] as const
export type EstadoCola = (typeof ESTADOS_COLA)[number]

/** A message in the moderators' queue. */
export type MensajeEnCola = EnCola
export type { MemorialAdmin }
