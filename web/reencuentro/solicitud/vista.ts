import type { vistaReencuentro } from '../../../worker/reencuentro/ver.ts'

/**
 * A request as `GET /api/reencuentro/:numero` gives it to its requester (worker/reencuentro/ver.ts):
 * three states only, the dated history, and — once concluded — the closing words, with the contact
 * or the message only when the person found chose to give them.
 */
export type SolicitudCiudadano = Awaited<ReturnType<typeof vistaReencuentro>>

/**
 * Where a request's citizen routes are: its view, `…/comprobante.pdf`.
 *
 * @example
 * solicitudUrl('WNDT7C4Z3T') // '/api/reencuentro/WNDT7C4Z3T'
 */
export const solicitudUrl = (numero: string) => `/api/reencuentro/${encodeURIComponent(numero)}`
