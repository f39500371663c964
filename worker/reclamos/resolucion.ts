/**
 * What the complaints office decided, as the complainant and the office read it: the answer, or
 * the derivation to the Fiscalía or the Inspección General. The office writes them in the
 * complaint's columns (worker/reclamos/oficina.ts; not in the history, whose entries hold nothing
 * about the person: decision 0054); this is the one place that reads them.
 */

import { localDate, localDayWindow } from '../../core/time.ts'
import type { DESTINOS_REMISION } from '../casos/campos.ts'
import { REAPERTURA_DIAS_CORRIDOS, sumarDiasCorridos } from '../plazos.ts'

type DestinoDerivacion = (typeof DESTINOS_REMISION)[number]

/** The office's answer: its text, when, and its signed PDF (for its owner). */
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

/** The complaint's columns the office's decisions are kept in (worker/reclamos/oficina.ts writes them). */
export interface ColumnasDeDecision {
  respuestaTexto: string | null
  respuestaAt: Date | null
  derivacionDestino: DestinoDerivacion | null
  derivacionDonde: string | null
  derivacionMotivo: string | null
  derivacionAt: Date | null
}

/** Each of the office's decisions on a complaint, as the complainant and the office read them. */
export interface Decisiones {
  respuesta?: Respuesta
  derivacion?: Derivacion
}

/** The last decision of the office, whichever it was, with its instant (what a rating is of). */
export type Resolucion =
  | { tipo: 'respuesta'; at: Date; respuesta: Respuesta }
  | { tipo: 'derivacion'; at: Date; derivacion: Derivacion }

/**
 * The office's answer and referral of a complaint, each once it happened, from the complaint's
 * columns. A complaint reopened and answered again keeps the latest answer.
 *
 * @example
 * decisionesDe('K7PXQ2MZ9A', fila) // { respuesta: { texto: 'Se revisó…', at: '2026-12-20T12:00:00.000Z', pdfUrl: '/api/reclamos/K7PXQ2MZ9A/respuesta/pdf' } }
 */
export function decisionesDe(numero: string, fila: ColumnasDeDecision): Decisiones {
  return {
    ...(fila.respuestaTexto !== null && fila.respuestaAt !== null
      ? {
          respuesta: {
            texto: fila.respuestaTexto,
            at: fila.respuestaAt.toISOString(),
            pdfUrl: `/api/reclamos/${numero}/respuesta/pdf`,
          },
        }
      : {}),
    ...(fila.derivacionDestino !== null && fila.derivacionAt !== null
      ? {
          derivacion: {
            destino: fila.derivacionDestino,
            donde: fila.derivacionDonde ?? '',
            motivo: fila.derivacionMotivo ?? '',
            at: fila.derivacionAt.toISOString(),
          },
        }
      : {}),
  }
}

/**
 * The office's latest decision on a complaint, or null while it has none: its answer or its
 * referral, whichever came last. A complaint reopened keeps its earlier decision here until the
 * office decides again.
 *
 * @example
 * resolucionDe('K7PXQ2MZ9A', fila) // { tipo: 'respuesta', at: Date(2026-12-20T12:00Z), respuesta: {…} }
 */
export function resolucionDe(numero: string, fila: ColumnasDeDecision): Resolucion | null {
  const { respuesta, derivacion } = decisionesDe(numero, fila)
  const r = respuesta && { tipo: 'respuesta' as const, at: new Date(respuesta.at), respuesta }
  const d = derivacion && { tipo: 'derivacion' as const, at: new Date(derivacion.at), derivacion }
  if (r && d) return r.at >= d.at ? r : d
  return r ?? d ?? null
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
