import { and, eq, isNull, sql } from 'drizzle-orm'
import { archivos } from '../../db/schema/index.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Ports } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { runCounted } from '../writes.ts'
import { MAX_BYTES, PARTE_MAX, PARTE_MIN } from './limites.ts'
import { parteKey, sha256DePartes, vigilarParte } from './partes.ts'
import type { ArchivoView, SubidaInput } from './schema.ts'
import type { TipoArchivo } from './tipo.ts'

type ArchivoRow = typeof archivos.$inferSelect
type UploadPorts = Pick<Ports, 'db' | 'storage' | 'files' | 'clock' | 'log'>

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

/** One part as the request carries it. */
export interface Parte {
  /** `Upload-Offset`: where the sender believes the upload stands. */
  offset: number
  /** `Content-Length`: the part's bytes. */
  length: number
  body: ReadableStream<Uint8Array>
}

/** What became of a part: stored (the upload as it now stands), or sent at the wrong place. */
export type ParteRecibida = { kind: 'stored'; view: ArchivoView } | { kind: 'misplaced'; recibidos: number }

/** A part's declared length, checked against the upload: refused before a byte is read. */
function checkLength(row: ArchivoRow, { offset, length }: Parte): void {
  const rest = row.bytes - offset
  if (length > rest || length > PARTE_MAX) throw new AppError('payload_too_large')
  // The last part is what is left; every other one is at least PARTE_MIN.
  if (length < 1 || (length < rest && length < PARTE_MIN)) throw invalidField('Content-Length', 'invalid')
}

/** Forgets an upload whose content is refused: its row and whatever of it was stored. */
async function olvidar(ports: UploadPorts, row: ArchivoRow): Promise<void> {
  await runCounted(ports, ports.db.delete(archivos).where(eq(archivos.id, row.id)))
  await ports.files.deleteFolder(row.clave)
}

/**
 * Stores one part of the caller's upload, streamed from the request to the file store, and moves
 * the upload on — only if it still stands where the part says (`offset`): a retry of a part that
 * did arrive, or a part ahead of one lost, is told where it stands instead (`misplaced`). The
 * first part's first bytes must be an accepted type (worker/archivos/tipo.ts), or the upload is
 * forgotten. With the last part, the file's SHA-256 is computed from what was stored, and set
 * with the last part in the same compare-and-set: an upload is whole and sealed, or neither.
 *
 * @example
 * const outcome = await recibirParte(ports, actor, id, { offset: 0, length, body: request.body })
 */
export async function recibirParte(
  ports: UploadPorts,
  actor: Actor,
  id: string,
  parte: Parte,
): Promise<ParteRecibida> {
  const row = await subidaPropia(ports.db, actor, id)
  if (row.completadoAt !== null || parte.offset !== row.recibidos) {
    await parte.body.cancel()
    return { kind: 'misplaced', recibidos: row.recibidos }
  }
  checkLength(row, parte)
  const key = parteKey(row.clave, parte.offset, parte.length)
  const watch = vigilarParte(parte.length, parte.offset === 0)
  try {
    await ports.files.putStream(key, parte.body.pipeThrough(watch.stream), parte.length)
  } catch (error) {
    if (watch.motivo() === 'tipo') {
      await olvidar(ports, row)
      throw invalidField('archivo', 'archivo_tipo', { nombre: row.nombre })
    }
    if (watch.motivo() === 'largo') throw new AppError('payload_too_large')
    // The connection broke, or the body ended short: nothing was stored; the client asks again.
    throw new AppError('validation_failed', {
      fields: [{ field: 'Content-Length', key: 'invalid' }],
      cause: error,
    })
  }
  const partes = [...row.partes, parte.length]
  const recibidos = parte.offset + parte.length
  const now = ports.clock.now()
  const whole = recibidos === row.bytes
  const sha256 = whole ? await sha256DePartes(ports.files, row.clave, partes) : null
  const tipo = parte.offset === 0 ? watch.tipo() : row.tipo
  const moved = await runCounted(
    ports,
    ports.db
      .update(archivos)
      .set({ recibidos, partes, tipo, actualizadoAt: now, ...(whole ? { sha256, completadoAt: now } : {}) })
      .where(
        and(eq(archivos.id, row.id), eq(archivos.recibidos, parte.offset), isNull(archivos.completadoAt)),
      ),
  )
  const completadoAt = whole ? now : null
  if (moved === 1)
    return { kind: 'stored', view: vistaDe({ ...row, recibidos, partes, tipo, sha256, completadoAt }) }
  return perdida(ports, actor, row, key, parte)
}

/**
 * A part whose compare-and-set lost: a copy of it got there first, or another part of another
 * length did (a client that changed its part size), or the upload was forgotten meanwhile. This
 * part's object is removed unless it is the winner's own (same place, same length: same key).
 */
async function perdida(
  ports: UploadPorts,
  actor: Actor,
  row: ArchivoRow,
  key: string,
  parte: Parte,
): Promise<ParteRecibida> {
  const [current] = await queries(ports.db).propio.all({ id: row.id, userId: actor.userId })
  let start = 0
  const winner = current?.partes.find((length) => {
    const found = start === parte.offset
    start += length
    return found
  })
  if (winner !== parte.length) await ports.files.delete(key)
  if (!current) throw new AppError('not_found')
  return { kind: 'misplaced', recibidos: current.recibidos }
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
