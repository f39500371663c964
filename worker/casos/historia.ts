import { asc, eq } from 'drizzle-orm'
import { casos, casosHistoria } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import { ACCIONES } from './maquina.ts'
import { servicioDeCasos } from './servicios.ts'

/** One dated entry of a case's history as its citizen reads it. */
export interface EntradaCiudadano {
  at: string
  estado: string
  detalle: Record<string, string>
}

/**
 * A case's dated history for its citizen's page, oldest first: the state and the detail of each
 * step, never who on the staff took it, and none of the steps the machine keeps among staff
 * (`soloPersonal`: a complaint's request to the unit and the unit's account, decision 0053).
 *
 * @example
 * const historia = await historiaCiudadano(db, caso.id) // [{ at: '2026-11-23T12:00:00.000Z', estado: 'recibida', detalle: { accion: 'abrir' } }]
 */
export async function historiaCiudadano(db: Database, casoId: string): Promise<EntradaCiudadano[]> {
  const rows = await db
    .select({
      at: casosHistoria.at,
      estado: casosHistoria.estado,
      detalle: casosHistoria.detalle,
      servicio: casos.servicio,
    })
    .from(casosHistoria)
    .innerJoin(casos, eq(casos.id, casosHistoria.casoId))
    .where(eq(casosHistoria.casoId, casoId))
    .orderBy(asc(casosHistoria.at), asc(casosHistoria.id))
  return rows
    .filter((h) => paraCiudadano(h.servicio, h.detalle.accion))
    .map((h) => ({ at: h.at.toISOString(), estado: h.estado, detalle: h.detalle }))
}

/** Whether the citizen sees an entry of this action: all but the steps their service keeps among staff. */
function paraCiudadano(servicio: string, accion: string | undefined): boolean {
  const conocida = ACCIONES.find((known) => known === accion)
  if (!conocida) return true
  return servicioDeCasos(servicio)?.maquina.pasos[conocida]?.soloPersonal !== true
}
