import { eq, type SQL } from 'drizzle-orm'
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core'
import type { Actor } from './actor.ts'

/**
 * The rows that are the caller's: all of their RUN's when ClaveÚnica proved it (a constancia an
 * officer made for them at a unit included), their own account's otherwise — a RUN someone only
 * declared proves nothing.
 *
 * @example
 * db.select().from(permisos).where(ownedBy(actor, permisos))
 */
export function ownedBy(actor: Actor, table: { run: SQLiteColumn; userId: SQLiteColumn }): SQL {
  return actor.runProof === 'claveunica' && actor.run
    ? eq(table.run, actor.run)
    : eq(table.userId, actor.userId)
}
