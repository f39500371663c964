import { inArray, isNotNull } from 'drizzle-orm'
import {
  type informacionAnalistas,
  type informacionAnalistasClaves,
  type informacionClavesEnvueltas,
  users,
} from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'

type TablaDeAnalista =
  | typeof informacionAnalistas
  | typeof informacionAnalistasClaves
  | typeof informacionClavesEnvueltas

/**
 * The retention rule of a desk table keyed by analyst: a deactivated staff member's rows go (their
 * place on a desk, their public key, their wrapped desk keys) — whoever is left keeps reading,
 * and the desk's key should then be rotated (decision 0044, 7). A deleted account's rows go by
 * the foreign key's cascade.
 *
 * @example
 * await analistasDesactivados(db, informacionAnalistas) // 1
 */
export async function analistasDesactivados(db: Database, tabla: TablaDeAnalista): Promise<number> {
  const gone = await db
    .delete(tabla)
    .where(inArray(tabla.userId, db.select({ id: users.id }).from(users).where(isNotNull(users.disabledAt))))
  return gone.rowsAffected
}
