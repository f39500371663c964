/**
 * What the complaints office decided, as the complainant reads it: the answer, or the derivation
 * to the Fiscalía or the Inspección General. The office writes them (worker/reclamos/oficina*);
 * this is the one place that reads them, from the history entry of the step that reached
 * `respondido` or `derivado`, so that where they are kept can change here alone.
 */
import { REAPERTURA_DIAS_CORRIDOS, sumarDiasCorridos } from '../plazos.ts'
import { localDate, localDayWindow } from '../time.ts'

/** One entry of a case's history as the citizen reads it (worker/casos/historia.ts). */
interface Entrada {
  at: string
  estado: string
  detalle: Record<string, string>
}

/** Where a complaint can be sent instead of answered (issue 18, point 4). */
export const DESTINOS_DERIVACION = ['fiscalia', 'inspeccion_general'] as const
export type DestinoDerivacion = (typeof DESTINOS_DERIVACION)[number]

/** The office's answer: its text, when, and its signed PDF. */
export interface Respuesta {
  texto: string
  at: string
  pdfUrl: string
}

/** The office sent the complaint elsewhere: to whom, where exactly, and why. */
export interface Derivacion {
  destino: DestinoDerivacion
  donde: string
  motivo: string
  at: string
}

/** The last decision of the office, whichever it was, with its instant (what a rating is of). */
export type Resolucion =
  | { tipo: 'respuesta'; at: Date; respuesta: Respuesta }
  | { tipo: 'derivacion'; at: Date; derivacion: Derivacion }

/**
 * The office's latest decision on a complaint, or null while it has none: the last history entry
 * that brought it to `respondido` or `derivado` (a rating, a note in that same state, is not one).
 * A complaint reopened keeps its earlier decision here until the office decides again.
 *
 * @example
 * resolucionDe('K7PXQ2MZ9A', [{ at: '2026-12-20T12:00:00.000Z', estado: 'respondido', detalle: { accion: 'cerrar', texto: 'Se revisó…' } }])
 * // { tipo: 'respuesta', at: Date(2026-12-20T12:00Z), respuesta: { texto: 'Se revisó…', at: '2026-12-20T12:00:00.000Z', pdfUrl: '/api/reclamos/K7PXQ2MZ9A/respuesta/pdf' } }
 */
export function resolucionDe(numero: string, historia: readonly Entrada[]): Resolucion | null {
  const entrada = historia.findLast(
    (e) => (e.estado === 'respondido' || e.estado === 'derivado') && e.detalle.accion !== 'valorar',
  )
  if (!entrada) return null
  const at = new Date(entrada.at)
  const d = entrada.detalle
  if (entrada.estado === 'respondido')
    return {
      tipo: 'respuesta',
      at,
      respuesta: { texto: d.texto ?? '', at: entrada.at, pdfUrl: `/api/reclamos/${numero}/respuesta/pdf` },
    }
  const destino = DESTINOS_DERIVACION.find((known) => known === d.destino) ?? 'inspeccion_general'
  return {
    tipo: 'derivacion',
    at,
    derivacion: { destino, donde: d.donde ?? '', motivo: d.motivo ?? '', at: entrada.at },
  }
}

/**
 * The last instant a decision of the office can be reopened: the end, in Chile, of the 30th
 * calendar day after the day it was made (decision 0056).
 *
 * @example
 * reabrirHasta(new Date('2026-12-20T15:00:00Z')) // 2027-01-20T02:59:59.999Z (end of 19 January in Santiago)
 */
export function reabrirHasta(decidido: Date): Date {
  return localDayWindow(sumarDiasCorridos(localDate(decidido), REAPERTURA_DIAS_CORRIDOS)).end
}
