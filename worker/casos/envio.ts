import { eq } from 'drizzle-orm'
import { fiscaliaEnvios } from '../../db/schema/index.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import type { ServiceContext } from '../service.ts'
import { puedeVer } from './alcance.ts'
import { casoPorNumero, definicionDe } from './caso.ts'

/**
 * A case's delivery to the Fiscalía as staff see it: where to, the RUC once it came back, how many
 * tries so far and the last failure while none succeeded; null when the case was never sent.
 *
 * @example
 * const envio = await envioDe(db, caso.id) // { fiscalia: 'Fiscalía Regional …', ruc: null, intentos: 1, … }
 */
export async function envioDe(db: Database, casoId: string) {
  const [row] = await db.select().from(fiscaliaEnvios).where(eq(fiscaliaEnvios.casoId, casoId))
  if (!row) return null
  return {
    fiscalia: row.fiscaliaNombre,
    ruc: row.ruc,
    intentos: row.attempts,
    recibidoAt: row.recibidoAt?.toISOString() ?? null,
    ultimoError: row.recibidoAt ? null : row.lastError,
  }
}

/**
 * Where a case stands on its way to the Fiscalía: its state and its delivery, nothing of the
 * person or the report — what a unit's screen asks again while "enviando" until the RUC arrives,
 * without recording a read of the citizen's data each time. 404 for a case out of the caller's
 * reach, as the case itself.
 *
 * @example
 * const { estado, envio } = await estadoDeEnvio(ctx, actor, 'WNDT7C4Z3T')
 */
export async function estadoDeEnvio(ctx: ServiceContext, actor: Actor, numero: string) {
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso || !puedeVer(actor, definicionDe(caso.servicio), caso)) throw new AppError('not_found')
  return { numero: caso.numero, estado: caso.estado, envio: await envioDe(ctx.db, caso.id) }
}
