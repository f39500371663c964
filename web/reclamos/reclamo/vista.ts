import type { ReclamoView } from '../../../worker/reclamos/schema.ts'

/**
 * A complaint as `GET /api/reclamos/:numero` gives it to its citizen: the receipt's view with the
 * due date and working days left, the office's answer or derivation, the citizen's rating and
 * reopening, and what they may still do (worker/reclamos/schema.ts).
 */
export type ReclamoCiudadano = ReclamoView

/**
 * Where a complaint's citizen routes are: its view, `…/pdf`, `…/satisfaccion`, `…/reabrir`.
 *
 * @example
 * reclamoUrl('WNDT7C4Z3T') // '/api/reclamos/WNDT7C4Z3T'
 */
export const reclamoUrl = (numero: string) => `/api/reclamos/${encodeURIComponent(numero)}`
