import { createHash } from 'node:crypto'
import type { Row } from '@libsql/client'
import { and, eq, inArray, isNull, lt, type SQL } from 'drizzle-orm'
import * as v from 'valibot'
import { localDate } from '../../core/time.ts'
import { informacionArchivos, informaciones } from '../../db/schema/index.ts'
import { MAX_ARCHIVOS } from '../archivos/limites.ts'
import { leerPartes } from '../archivos/partes.ts'
import type { Dueno } from '../archivos/recibir.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Ports } from '../ports.ts'
import { known, type Read } from '../reads.ts'
import type { Rules } from '../submission.ts'
import { insertRow, runWrites, type Statement } from '../writes.ts'
import { MAX_CIFRADO } from './archivos-limites.ts'
import { DesafioResuelto } from './desafio.ts'

type Fila = typeof informacionArchivos.$inferSelect

/** A file's id or its token: 128 random bits or more, base64url. */
const aleatorio = (bytes: number) =>
  Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64url')

/** What the database keeps of an upload's bearer token: its SHA-256 (hex). */
export const huellaToken = (token: string) =>
  createHash('sha256').update(`informacion-archivo:${token}`).digest('hex')

/** Whether `value` is a list of 1..10 `{ bytes }` within a ciphertext's sizes. */
const esListaDeTamanos = (value: unknown): value is { bytes: number }[] =>
  Array.isArray(value) &&
  value.length >= 1 &&
  value.length <= MAX_ARCHIVOS &&
  value.every(
    (item: unknown) =>
      typeof item === 'object' &&
      item !== null &&
      Object.keys(item).length === 1 &&
      'bytes' in item &&
      Number.isSafeInteger(item.bytes) &&
      (item.bytes as number) >= 17 &&
      (item.bytes as number) <= MAX_CIFRADO,
  )

/**
 * The start of a batch of a tipster's uploads: one proof of work, the ciphertexts' sizes. The list
 * is checked whole, so a refusal names `archivos` (the tipster never sees these sizes: the browser
 * checked each file before encrypting it).
 *
 * @example
 * v.parse(ArchivosAnonimosInput, { desafio, archivos: [{ bytes: 2_000_032 }] })
 */
export const ArchivosAnonimosInput = v.strictObject({
  desafio: DesafioResuelto,
  archivos: v.custom<{ bytes: number }[]>(esListaDeTamanos),
})
export type ArchivosAnonimosInput = v.InferOutput<typeof ArchivosAnonimosInput>

/**
 * The ids a tip or a tipster's message names (each an upload's random id), checked whole so that
 * a refusal names `archivos` (more than ten are refused by `adjuntarAnonimos`, in words).
 */
export const IdsDeArchivos = v.custom<string[]>(
  (value) =>
    Array.isArray(value) &&
    value.length <= 100 &&
    value.every((id: unknown) => typeof id === 'string' && /^[\w-]{16,64}$/.test(id)),
)

/** An upload as its tipster's browser sees it. */
export interface VistaAnonima {
  id: string
  bytes: number
  recibidos: number
  completo: boolean
}

/** The state the upload routes answer: nothing but sizes. */
export const vistaAnonima = (fila: Fila): VistaAnonima => ({
  id: fila.id,
  bytes: fila.bytes,
  recibidos: fila.recibidos,
  completo: fila.completo === 1,
})

/**
 * The rows of a batch of uploads and what the browser gets back: each an unguessable id and bearer
 * token (the token only once: its hash is kept), dated by the day.
 *
 * @example
 * const { filas, archivos } = nuevasSubidas([{ bytes: 1_000_028 }], '2026-12-05')
 */
export function nuevasSubidas(pedidas: readonly { bytes: number }[], dia: string) {
  const archivos = pedidas.map(() => ({ id: aleatorio(16), token: aleatorio(32) }))
  const filas = archivos.map(({ id, token }, i) =>
    insertRow(informacionArchivos, {
      id,
      tokenHash: huellaToken(token),
      bytes: pedidas[i]?.bytes ?? 0,
      clave: `informacion/${id}`,
      dia,
    }),
  )
  return { filas, archivos }
}

/**
 * The tipster holding `token` as an upload's owner (worker/archivos/recibir.ts): no type is
 * checked — the server holds ciphertext, whose bytes say nothing; the browser checked the type
 * before encrypting, and the analyst sees it after decrypting (decision 0046).
 *
 * @example
 * await recibirParte(ports, informante(ports.db, token), id, parteDe(c))
 */
export function informante(db: Ports['db'], token: string): Dueno<Fila> {
  const hash = huellaToken(token)
  return {
    leer: async (id) =>
      (
        await db
          .select()
          .from(informacionArchivos)
          .where(and(eq(informacionArchivos.id, id), eq(informacionArchivos.tokenHash, hash)))
      )[0],
    estado: (fila) => ({
      clave: fila.clave,
      bytes: fila.bytes,
      recibidos: fila.recibidos,
      partes: fila.partes,
      completo: fila.completo === 1,
    }),
    avanzar: (fila, desde, { recibidos, partes, sha256, completo }) =>
      db
        .update(informacionArchivos)
        .set({ recibidos, partes, ...(completo ? { sha256, completo: 1 } : {}) })
        .where(
          and(
            eq(informacionArchivos.id, fila.id),
            eq(informacionArchivos.recibidos, desde),
            eq(informacionArchivos.completo, 0),
          ),
        ),
    olvidar: (fila) => db.delete(informacionArchivos).where(eq(informacionArchivos.id, fila.id)),
    tipos: false,
  }
}

/**
 * The upload `id` for the bearer of `token`, or 404 (an unknown id and a wrong token alike).
 *
 * @example
 * const fila = await subidaAnonima(db, id, token)
 */
export async function subidaAnonima(db: Ports['db'], id: string, token: string): Promise<Fila> {
  const fila = await informante(db, token).leer(id)
  if (!fila) throw new AppError('not_found')
  return fila
}

/** A file a tip names, as its read found it. */
interface Adjuntable {
  completo: boolean
  adjuntado: boolean
  dia: string
}

/** What a tip's (or a message's) read found of the files it names. */
export interface AdjuntablesAnonimos {
  ids: readonly string[]
  filas: ReadonlyMap<string, Adjuntable>
}

/**
 * The read a tip or a tipster's message runs with its others: the uploads it names.
 *
 * @example
 * reads: (_c, input) => ({ archivos: archivosAnonimosParaAdjuntar(input.archivos ?? []) })
 */
export function archivosAnonimosParaAdjuntar(ids: readonly string[]): Read<AdjuntablesAnonimos> {
  if (ids.length === 0) return known({ ids, filas: new Map() })
  const looked = [...new Set(ids)].slice(0, MAX_ARCHIVOS + 1)
  return {
    statement: {
      sql: `select id, completo, informacion_id, dia from informacion_archivos where id in (${looked.map(() => '?').join(', ')})`,
      args: looked,
    },
    map: (result) => ({
      ids,
      filas: new Map(
        result.rows.map((row: Row) => [
          String(row.id),
          {
            completo: Number(row.completo) === 1,
            adjuntado: row.informacion_id !== null,
            dia: String(row.dia),
          },
        ]),
      ),
    }),
  }
}

/** A refusal naming the field `archivos`. */
const rechazo = (key: string, params?: Record<string, string | number>) =>
  invalidField('archivos', key, params)

/**
 * Attaches the uploads a tip (or, with `mensajeId`, a tipster's later message) names, or refuses
 * naming `archivos`: more than {@link MAX_ARCHIVOS}, one named twice, one unknown, one not yet
 * whole, one sent before, one from before yesterday (the retention job deletes those: it keeps
 * them a day longer than this accepts them, so none is deleted as it is attached). The writes go
 * in the tip's own batch, after the tip's row. Two tips racing for one file (only its uploader
 * knows its id): tips are sharded by their challenge at the edge, so no shard sees both; the
 * update is conditional, so the second tip is kept without the file rather than its accepted
 * batch failing (a lost tip) — the counters still catch the race within one shard.
 *
 * @example
 * const adjunto = adjuntarAnonimos(loaded.archivos, { informacionId: body.id, hoy: body.dia })
 * writes.push(insertRow(informaciones, tip), ...adjunto.writes)
 */
export function adjuntarAnonimos(
  leidos: AdjuntablesAnonimos,
  destino: { informacionId: string; mensajeId?: string; hoy: string },
): { writes: Statement[]; counters: NonNullable<Rules['counters']> } {
  const { ids, filas } = leidos
  if (ids.length > MAX_ARCHIVOS) throw rechazo('archivos_demasiados', { max: MAX_ARCHIVOS })
  if (new Set(ids).size !== ids.length) throw rechazo('archivos_repetidos')
  const ayer = diaAntes(destino.hoy, 1)
  ids.forEach((id, i) => {
    const fila = filas.get(id)
    const numero = i + 1
    if (!fila) throw rechazo('archivo_ajeno')
    if (!fila.completo) throw rechazo('archivo_incompleto', { nombre: `#${numero}` })
    if (fila.adjuntado) throw rechazo('archivo_ya_enviado', { nombre: `#${numero}` })
    if (fila.dia < ayer) throw rechazo('archivo_vencido', { nombre: `#${numero}`, dias: 1 })
  })
  return {
    writes: ids.map((id) => ({
      // Only if still unattached: never a failing write in an accepted tip's batch (below).
      sql: 'update informacion_archivos set informacion_id = ?, mensaje_id = ?, adjuntado = adjuntado + 1 where id = ? and informacion_id is null',
      args: [destino.informacionId, destino.mensajeId ?? null, id],
    })),
    counters: ids.map((id, i) => ({
      key: `informacion-archivo:${id}`,
      max: 1,
      baseline: 0,
      refusal: rechazo('archivo_ya_enviado', { nombre: `#${i + 1}` }),
    })),
  }
}

/** The day `dias` days before `dia` (YYYY-MM-DD), as a string that sorts with the stored ones. */
function diaAntes(dia: string, dias: number): string {
  const at = new Date(`${dia}T12:00:00Z`)
  at.setUTCDate(at.getUTCDate() - dias)
  return at.toISOString().slice(0, 10)
}

/** Files one run deletes at most: a run stays short, the next one goes on. */
const LOTE = 100

/**
 * Deletes the uploads `where` picks: their stored parts first, then their rows.
 *
 * @example
 * await borrarSubidasAnonimas(ports, isNull(informacionArchivos.informacionId))
 */
export async function borrarSubidasAnonimas(
  ports: Pick<Ports, 'db' | 'files' | 'storage'>,
  where: SQL | undefined,
): Promise<number> {
  let deleted = 0
  for (;;) {
    const due = await ports.db
      .select({ id: informacionArchivos.id, clave: informacionArchivos.clave })
      .from(informacionArchivos)
      .where(where)
      .limit(LOTE)
    if (due.length === 0) return deleted
    for (const { clave } of due) await ports.files.deleteFolder(clave)
    await runWrites(ports, [
      ports.db.delete(informacionArchivos).where(
        and(
          inArray(
            informacionArchivos.id,
            due.map((fila) => fila.id),
          ),
          where,
        ),
      ),
    ])
    deleted += due.length
  }
}

/**
 * The retention rule of `informacion_archivos`: an upload never sent with a tip goes two days after
 * the day it began (a tip accepts it until the end of the next day: decision 0046). A tip's files
 * go with their tip ({@link borrarSubidasAnonimas} with the tips' own rule).
 *
 * @example
 * RETENTION_RULES.informacion_archivos = informacionArchivosRule
 */
export async function informacionArchivosRule(
  ports: Pick<Ports, 'db' | 'files' | 'storage'>,
  now: Date,
): Promise<number> {
  const limite = diaAntes(localDate(now), 2)
  return borrarSubidasAnonimas(
    ports,
    and(isNull(informacionArchivos.informacionId), lt(informacionArchivos.dia, limite)),
  )
}

/**
 * A file of one of the desk's tips, for its analyst: the ciphertext as a stream, or null (not
 * found, not whole, not attached to a tip of this desk).
 *
 * @example
 * const found = await archivoDeMesa(ports, 'drogas', id)
 */
export async function archivoDeMesa(
  ports: Pick<Ports, 'db' | 'files'>,
  mesa: string,
  id: string,
): Promise<{ fila: Fila; informacionId: string; cuerpo: ReadableStream<Uint8Array> } | null> {
  const [found] = await ports.db
    .select({ fila: informacionArchivos, mesa: informaciones.mesa })
    .from(informacionArchivos)
    .innerJoin(informaciones, eq(informaciones.id, informacionArchivos.informacionId))
    .where(eq(informacionArchivos.id, id))
  if (!found || found.mesa !== mesa || found.fila.completo !== 1 || !found.fila.informacionId) return null
  return {
    fila: found.fila,
    informacionId: found.fila.informacionId,
    cuerpo: leerPartes(ports.files, found.fila.clave, found.fila.partes),
  }
}

/** A tip's file as the desk's tip read lists it (its bytes come from the audited download). */
export interface ArchivoDeTip {
  id: string
  /** The message it came with; null for the tip's own. */
  mensajeId: string | null
  bytes: number
}

/**
 * The files of a tip and of its tipster's messages, for the desk's tip read: only attached ones,
 * which are whole. Their names, types and keys are inside the sealed tip or message.
 *
 * @example
 * const archivos = await archivosDeTip(db, tipId) // [{ id, mensajeId, bytes }]
 */
export async function archivosDeTip(db: Ports['db'], tipId: string): Promise<ArchivoDeTip[]> {
  return db
    .select({
      id: informacionArchivos.id,
      mensajeId: informacionArchivos.mensajeId,
      bytes: informacionArchivos.bytes,
    })
    .from(informacionArchivos)
    .where(eq(informacionArchivos.informacionId, tipId))
}
