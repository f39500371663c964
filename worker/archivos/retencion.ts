import { and, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { archivos } from '../../db/schema/index.ts'
import type { Ports } from '../ports.ts'
import { runWrites, type Write } from '../writes.ts'

/** Files one run deletes at most: a run stays short, the next one goes on. */
const BATCH = 100

type RetentionPorts = Pick<Ports, 'db' | 'files' | 'clock' | 'storage'>

/**
 * Deletes the files `where` picks: their stored parts first, then their rows (a run cut short
 * between the two finds the rows again and deletes the parts again, which costs nothing).
 */
async function borrar(ports: RetentionPorts, where: SQL | undefined): Promise<number> {
  const { db, files } = ports
  const due = await db
    .select({ id: archivos.id, clave: archivos.clave })
    .from(archivos)
    .where(where)
    .limit(BATCH)
  if (due.length === 0) return 0
  for (const { clave } of due) await files.deleteFolder(clave)
  await runWrites(ports, [
    db.delete(archivos).where(
      and(
        inArray(
          archivos.id,
          due.map((file) => file.id),
        ),
        where,
      ),
    ),
  ])
  return due.length
}

/**
 * The files' own clocks (db/catalog.ts): an upload never finished, a day after its last part; a
 * whole file never sent with a case, after {@link RETENCION.archivoSinEnviarDias} days (a
 * submission refuses one a day before, so none is being attached as it goes). Files and rows
 * both go. A case's files follow their case: {@link borrarArchivosDeCasos}.
 *
 * @example
 * RETENTION_RULES.archivos = archivosRule
 */
export async function archivosRule(ports: RetentionPorts, now: Date): Promise<number> {
  const ago = (dias: number) => addCalendar(now, { dias: -dias })
  const abandoned = await borrar(
    ports,
    and(isNull(archivos.completadoAt), lt(archivos.actualizadoAt, ago(RETENCION.subidaAbandonadaDias))),
  )
  const unsent = await borrar(
    ports,
    and(isNull(archivos.casoId), lt(archivos.completadoAt, ago(RETENCION.archivoSinEnviarDias))),
  )
  return abandoned + unsent
}

/**
 * Deletes the files of cases about to be pseudonymised (the cases' rule calls it first, with the
 * cases it picked: a run cut short picks them again). Nothing of the case may point to a person
 * afterwards, and photos and videos of an offence do.
 *
 * @example
 * await borrarArchivosDeCasos(ports, due.map((caso) => caso.id))
 */
export async function borrarArchivosDeCasos(ports: RetentionPorts, casoIds: string[]): Promise<number> {
  if (casoIds.length === 0) return 0
  let deleted = 0
  for (;;) {
    const gone = await borrar(ports, inArray(archivos.casoId, casoIds))
    if (gone === 0) return deleted
    deleted += gone
  }
}

/**
 * A citizen's uploads never sent with a case, when they erase their account (Mis datos): their
 * parts are deleted now, and the returned write deletes their rows in the erasure's own batch. A
 * file sent with a case is the case's, and stays with it.
 *
 * @example
 * writes.push(...(await subidasSinEnviarDe(ports, actor.userId)), db.delete(users).where(…))
 */
export async function subidasSinEnviarDe(
  ports: Pick<Ports, 'db' | 'files'>,
  userId: string,
): Promise<Write[]> {
  const unsent = and(eq(archivos.userId, userId), isNull(archivos.casoId))
  const rows = await ports.db.select({ clave: archivos.clave }).from(archivos).where(unsent)
  for (const { clave } of rows) await ports.files.deleteFolder(clave)
  return rows.length > 0 ? [ports.db.delete(archivos).where(unsent)] : []
}
