import { eq, sql } from 'drizzle-orm'
import { casos, certificados, constanciasVoto, felicitaciones, permisos } from '../db/schema/index.ts'
import type { Database } from './ports.ts'
import { preparedFor } from './prepared.ts'
import { type Read, readRows } from './reads.ts'

/** Every table whose rows carry a document code: a code is one document's, whatever its kind. */
const queries = preparedFor((db) => {
  const code = sql.placeholder('code')
  return {
    inUse: db
      .select({ code: constanciasVoto.code })
      .from(constanciasVoto)
      .where(eq(constanciasVoto.code, code))
      .unionAll(db.select({ code: permisos.code }).from(permisos).where(eq(permisos.code, code)))
      .unionAll(db.select({ code: casos.numero }).from(casos).where(eq(casos.numero, code)))
      .unionAll(db.select({ code: certificados.code }).from(certificados).where(eq(certificados.code, code)))
      .unionAll(
        db
          .select({ code: felicitaciones.numero })
          .from(felicitaciones)
          .where(eq(felicitaciones.numero, code)),
      )
      .prepare(),
  }
})

/**
 * Whether a document already has this code, as a read: a submission that issues a code reads it
 * with its others, and draws another if it is taken. A new kind of document adds its table above.
 *
 * @example
 * const { taken } = await readTogether(db, { taken: codeInUseRead(db, code) })
 */
export function codeInUseRead(db: Database, code: string): Read<boolean> {
  return readRows(queries(db).inUse, { code }, (rows) => rows.length > 0)
}
