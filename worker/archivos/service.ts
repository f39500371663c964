import { and, eq, isNull, sql } from 'drizzle-orm'
import { archivos } from '../../db/schema/index.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Ports } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { runCounted } from '../writes.ts'
import { MAX_BYTES } from './limites.ts'
import { type Dueno, type Parte, recibirParte, type UploadPorts } from './recibir.ts'
import type { ArchivoView, SubidaInput } from './schema.ts'
import type { TipoArchivo } from './tipo.ts'

type ArchivoRow = typeof archivos.$inferSelect

/** The limit said in words: "25 MB". */
export const MAX_EN_PALABRAS = `${MAX_BYTES / (1024 * 1024)} MB`

const queries = preparedFor((db) => ({
  propio: db
    .select()
    .from(archivos)
    .where(and(eq(archivos.id, sql.placeholder('id')), eq(archivos.userId, sql.placeholder('userId'))))
    .prepare(),
}))

/** An upload as its owner sees it. */
export function vistaDe(row: ArchivoRow): ArchivoView {
  return {
    id: row.id,
    nombre: row.nombre,
    tipo: row.tipo as TipoArchivo | null,
    bytes: row.bytes,
    recibidos: row.recibidos,
    sha256: row.sha256,
    completo: row.completadoAt !== null,
  }
}

/**
 * The caller's own upload, or 404: another citizen's is not found either, its existence unsaid.
 *
 * @example
 * const row = await subidaPropia(db, actor, id)
 */
export async function subidaPropia(db: Ports['db'], actor: Actor, id: string): Promise<ArchivoRow> {
  const [row] = await queries(db).propio.all({ id, userId: actor.userId })
  if (!row) throw new AppError('not_found')
  return row
}

/**
 * Begins an upload: a row with nothing received yet. A file over the limit is refused here, by
 * its name, before a byte of it is sent.
 *
 * @example
 * const { writes, result } = planSubida(ctx, actor, { nombre: 'foto.jpg', bytes: 2_000_000 })
 */
export function planSubida(ctx: ServiceContext, actor: Actor, input: SubidaInput): Planned<ArchivoView> {
  if (input.bytes > MAX_BYTES) {
    throw invalidField('archivo', 'archivo_grande', { nombre: input.nombre, max: MAX_EN_PALABRAS })
  }
  const id = rowId()
  const now = ctx.clock.now()
  const row: ArchivoRow = {
    id,
    userId: actor.userId,
    casoId: null,
    preguntaId: null,
    nombre: input.nombre,
    tipo: null,
    bytes: input.bytes,
    recibidos: 0,
    partes: [],
    sha256: null,
    clave: `archivos/${id}`,
    createdAt: now,
    actualizadoAt: now,
    completadoAt: null,
    adjuntado: 0,
  }
  return { writes: [ctx.db.insert(archivos).values(row)], result: vistaDe(row) }
}

/** What became of a part: stored (the upload as it now stands), or sent at the wrong place. */
export type ParteRecibida = { kind: 'stored'; view: ArchivoView } | { kind: 'misplaced'; recibidos: number }

/**
 * A citizen as an upload's owner (worker/archivos/recibir.ts): their rows of `archivos`, whose
 * first part's type is checked.
 *
 * @example
 * await recibirParte(ports, ciudadano(ports.db, actor), id, parte)
 */
export function ciudadano(db: Ports['db'], actor: Actor): Dueno<ArchivoRow> {
  return {
    leer: async (id) => (await queries(db).propio.all({ id, userId: actor.userId }))[0],
    estado: (row) => ({
      clave: row.clave,
      bytes: row.bytes,
      recibidos: row.recibidos,
      partes: row.partes,
      completo: row.completadoAt !== null,
      nombre: row.nombre,
    }),
    avanzar: (row, desde, { recibidos, partes, tipo, sha256, completo, ahora }) =>
      db
        .update(archivos)
        .set({
          recibidos,
          partes,
          tipo: desde === 0 ? tipo : row.tipo,
          actualizadoAt: ahora,
          ...(completo ? { sha256, completadoAt: ahora } : {}),
        })
        .where(and(eq(archivos.id, row.id), eq(archivos.recibidos, desde), isNull(archivos.completadoAt))),
    olvidar: (row) => db.delete(archivos).where(eq(archivos.id, row.id)),
    tipos: true,
  }
}

/**
 * Stores one part of the caller's upload (worker/archivos/recibir.ts has how), answering the
 * upload as it now stands.
 *
 * @example
 * const outcome = await recibirParteCiudadana(ports, actor, id, { offset: 0, length, body: request.body })
 */
export async function recibirParteCiudadana(
  ports: UploadPorts,
  actor: Actor,
  id: string,
  parte: Parte,
): Promise<ParteRecibida> {
  const outcome = await recibirParte(ports, ciudadano(ports.db, actor), id, parte)
  if (outcome.kind === 'misplaced') return outcome
  const { row, avance } = outcome
  const tipo = avance.tipo ?? row.tipo
  const completadoAt = avance.completo ? avance.ahora : null
  return {
    kind: 'stored',
    view: vistaDe({
      ...row,
      recibidos: avance.recibidos,
      partes: avance.partes,
      tipo,
      sha256: avance.sha256,
      completadoAt,
    }),
  }
}

/**
 * Deletes the caller's upload and its stored parts, unless it was sent with a case (then it is
 * the case's, and 409): a citizen who removes a file before sending takes it back entirely.
 *
 * @example
 * await borrarSubida(ports, actor, id)
 */
export async function borrarSubida(ports: UploadPorts, actor: Actor, id: string): Promise<void> {
  const row = await subidaPropia(ports.db, actor, id)
  if (row.casoId !== null) throw new AppError('conflict')
  const gone = await runCounted(
    ports,
    ports.db.delete(archivos).where(and(eq(archivos.id, row.id), isNull(archivos.casoId))),
  )
  if (gone === 0) throw new AppError('conflict')
  try {
    await ports.files.deleteFolder(row.clave)
  } catch (error) {
    // The row is gone, so nothing can point to these parts again; an operator may sweep them.
    ports.log.warn('upload parts left in the file store', { clave: row.clave, error: String(error) })
  }
}
