import type { colaSolicitudes, detalleSolicitud } from '../../../worker/privacy/solicitudes.ts'

/** A request in the staff queue, `GET /api/funcionarios/solicitudes-datos`: no personal data. */
export type SolicitudCola = Awaited<ReturnType<typeof colaSolicitudes>>[number]

/** One request, `GET /api/funcionarios/solicitudes-datos/:code` (a read the citizen sees). */
export type SolicitudDetalle = Awaited<ReturnType<typeof detalleSolicitud>>['detalle']

export const API = '/api/funcionarios/solicitudes-datos'
export const COLA_PATH = '/funcionarios/solicitudes-datos'
export const detallePath = (code: string) => `${COLA_PATH}/${encodeURIComponent(code)}`
export const responderUrl = (code: string) => `${API}/${encodeURIComponent(code)}/responder`

/**
 * The queue's order: requests still to answer first, the overdue among them first, each by due
 * date; then the answered ones, newest first. The API sends them in this order already; sorting
 * again keeps the screen right whatever it sends.
 *
 * @example
 * enOrden(items).filter((item) => item.estado === 'pendiente')
 */
export function enOrden(items: readonly SolicitudCola[]): SolicitudCola[] {
  const rank = (item: SolicitudCola) => (item.estado !== 'pendiente' ? 2 : item.vencida ? 0 : 1)
  return [...items].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 2 ? b.createdAt.localeCompare(a.createdAt) : a.venceAt.localeCompare(b.venceAt)),
  )
}
