import { casos, casosHistoria } from '../../db/schema/index.ts'
import { contar } from '../cifras/contar.ts'
import type { Locale } from '../i18n/index.ts'
import { rowId } from '../ids.ts'
import { insertRow, type Statement } from '../writes.ts'
import { definicionDe } from './caso.ts'

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
  /**
   * The comuna the case belongs to — for a denuncia, the complainant's home: it proposes the unit
   * and the Fiscalía (the jurisdiction table) and is where the case is counted (worker/cifras).
   */
  comunaCut: string
  /** Where to tell the citizen of each change (the form's contact address); else the account's. */
  correo?: string | null
  /** The language of those e-mails (the request's); else the account's. */
  locale?: Locale | null
}

/**
 * The writes that open a case: its row, the first entry of its history (by the citizen, action
 * `abrir`) and its `recibida` counter. The service's own row (what the request says) goes in the
 * same batch, keyed by the returned id.
 *
 * @example
 * const { id, writes } = abrirCaso({ servicio: 'denuncia', numero: code, userId, estado: 'recibida', venceAt, at: now, comunaCut: '13101' }, ctx)
 */
export function abrirCaso(nuevo: NuevoCaso, ctx: { cifras: boolean }): { id: string; writes: Statement[] } {
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
        comunaCut: nuevo.comunaCut,
        correo: nuevo.correo ?? null,
        locale: nuevo.locale ?? null,
      }),
      insertRow(casosHistoria, {
        id: rowId(),
        casoId: id,
        at: nuevo.at,
        estado: nuevo.estado,
        actorTipo: 'ciudadano',
        actorId: nuevo.userId,
        detalle: { accion: 'abrir' },
      }),
      ...contar(ctx, definicionDe(nuevo.servicio).cifras, {
        evento: 'recibida',
        en: nuevo.at,
        comuna: nuevo.comunaCut,
      }),
    ],
  }
}
