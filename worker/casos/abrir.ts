import { casos, casosHistoria } from '../../db/schema/index.ts'
import { rowId } from '../ids.ts'
import { insertRow, type Statement } from '../writes.ts'

/** A new case as a submission opens it: its service, number, owner and first state. */
export interface NuevoCaso {
  servicio: (typeof casos.$inferInsert)['servicio']
  /** The submission's document code (worker/submission.ts `issuesCode`). */
  numero: string
  userId: string
  estado: string
  /** When its first step is due (triage in 24 hours), if it has a target. */
  venceAt: Date | null
  at: Date
}

/**
 * The writes that open a case: its row and the first entry of its history, by the citizen. The
 * service's own row (what the request says) goes in the same batch, keyed by the returned id.
 *
 * @example
 * const { id, writes } = abrirCaso({ servicio: 'denuncia', numero: code, userId, estado: 'recibida', venceAt, at: now })
 */
export function abrirCaso(nuevo: NuevoCaso): { id: string; writes: Statement[] } {
  const id = rowId()
  return {
    id,
    writes: [
      insertRow(casos, {
        id,
        numero: nuevo.numero,
        servicio: nuevo.servicio,
        userId: nuevo.userId,
        estado: nuevo.estado,
        venceAt: nuevo.venceAt,
        createdAt: nuevo.at,
        updatedAt: nuevo.at,
      }),
      insertRow(casosHistoria, {
        id: rowId(),
        casoId: id,
        at: nuevo.at,
        estado: nuevo.estado,
        actorTipo: 'ciudadano',
        actorId: nuevo.userId,
        detalle: {},
      }),
    ],
  }
}
