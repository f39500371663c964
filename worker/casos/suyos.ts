import { and, eq, or, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import { casos } from '../../db/schema/index.ts'
import type { Actor } from '../identity/actor.ts'

/**
 * The requests that are the caller's, over `casos` joined to the service's table (its requester
 * columns: db/schema/solicitante.ts): their own account's, and — when ClaveÚnica proved their RUN —
 * those another ClaveÚnica session of the same RUN made. A request an internal account made
 * declaring that RUN is not shown to the RUN's holder: it is someone else's words.
 *
 * @example
 * db.select().from(reclamos).innerJoin(casos, eq(casos.id, reclamos.casoId)).where(casosSuyos(actor, reclamos))
 */
export function casosSuyos(actor: Actor, solicitud: { run: SQLiteColumn; identidad: SQLiteColumn }): SQL {
  const cuenta = eq(casos.userId, actor.userId)
  if (actor.runProof !== 'claveunica' || !actor.run) return cuenta
  return or(cuenta, and(eq(solicitud.run, actor.run), eq(solicitud.identidad, 'claveunica'))) as SQL
}
