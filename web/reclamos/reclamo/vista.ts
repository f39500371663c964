import type { ReclamoView } from '../../../worker/reclamos/schema.ts'

/**
 * A complaint as `GET /api/reclamos/:numero` gives it to its citizen: the receipt's view and, from
 * the office's work, the answer, a derivation, the citizen's rating and a reopening, with what the
 * citizen may still do (the contract of issue 18's notes, served by worker/reclamos).
 */
export interface ReclamoCiudadano extends ReclamoView {
  /** Working days left until `venceAt` (0 on the due day, negative once overdue). */
  diasRestantes?: number | null
  respuesta?: { texto: string; at: string; pdfUrl: string }
  derivacion?: { destino: 'fiscalia' | 'inspeccion_general'; donde: string; motivo: string; at: string }
  satisfaccion?: { satisfecho: boolean; comentario?: string; at: string }
  puedeValorar?: boolean
  reapertura?: { at: string; motivo: string }
  puedeReabrir?: boolean
  reabrirHasta?: string
}

/**
 * Where a complaint's citizen routes are: its view, `…/pdf`, `…/satisfaccion`, `…/reabrir`.
 *
 * @example
 * reclamoUrl('WNDT7C4Z3T') // '/api/reclamos/WNDT7C4Z3T'
 */
export const reclamoUrl = (numero: string) => `/api/reclamos/${encodeURIComponent(numero)}`
