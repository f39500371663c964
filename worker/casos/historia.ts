import { asc, eq } from 'drizzle-orm'
import { casosHistoria } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'

/** One dated entry of a case's history as its citizen reads it. */
export interface EntradaCiudadano {
  at: string
  estado: string
  detalle: Record<string, string>
}

/**
 * A case's dated history for its citizen's page, oldest first: the state and the detail of each
 * step, never who on the staff took it.
 *
 * @example
 * const historia = await historiaCiudadano(db, caso.id) // [{ at: '2026-11-23T12:00:00.000Z', estado: 'recibida', detalle: { accion: 'abrir' } }]
 */
export async function historiaCiudadano(db: Database, casoId: string): Promise<EntradaCiudadano[]> {
  const rows = await db
    .select({ at: casosHistoria.at, estado: casosHistoria.estado, detalle: casosHistoria.detalle })
    .from(casosHistoria)
    .where(eq(casosHistoria.casoId, casoId))
    .orderBy(asc(casosHistoria.at), asc(casosHistoria.id))
  return rows.map((h) => ({ at: h.at.toISOString(), estado: h.estado, detalle: h.detalle }))
}
