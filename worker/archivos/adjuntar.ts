import type { Row } from '@libsql/client'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { type AppError, invalidField, isCheckViolation } from '../errors.ts'
import { known, type Read } from '../reads.ts'
import type { Rules } from '../submission.ts'
import type { Statement } from '../writes.ts'
import type { ArchivoDeCaso } from './leer.ts'
import { MAX_ARCHIVOS } from './limites.ts'
import type { TipoArchivo } from './tipo.ts'

/** A file a submission names, as its read found it. */
interface Fila {
  id: string
  userId: string
  nombre: string
  tipo: TipoArchivo | null
  bytes: number
  sha256: string | null
  casoId: string | null
  completadoAt: number | null
}

/** What a submission's read found of the files it names, and how many its case holds already. */
export interface Adjuntables {
  ids: readonly string[]
  filas: ReadonlyMap<string, Fila>
  /** Files the case was sent with before (an answer adds to a denuncia's): they count to the limit. */
  enCaso: number
}

const text = (row: Row, column: string) => (row[column] === null ? null : String(row[column]))

function fila(row: Row): Fila {
  return {
    id: String(row.id),
    userId: String(row.user_id),
    nombre: String(row.nombre),
    tipo: text(row, 'tipo') as TipoArchivo | null,
    bytes: Number(row.bytes),
    sha256: text(row, 'sha256'),
    casoId: text(row, 'caso_id'),
    completadoAt: row.completado_at === null ? null : Number(row.completado_at),
  }
}

/**
 * The read a submission that sends files runs with its others (one round trip: decision 0023):
 * the files its body names, and how many its case already holds (`caso` null: a new case; a
 * case named by its `numero`: a change to one, read in the batch that reads the case itself).
 *
 * @example
 * reads: (c, input) => ({ archivos: archivosParaAdjuntar(input.archivos, null) })
 */
export function archivosParaAdjuntar(
  ids: readonly string[],
  caso: string | { numero: string } | null,
): Read<Adjuntables> {
  if (ids.length === 0) return known({ ids, filas: new Map(), enCaso: 0 })
  // At most MAX_ARCHIVOS + 1 ids are looked up: a longer list is refused whatever they are.
  const looked = [...new Set(ids)].slice(0, MAX_ARCHIVOS + 1)
  const [casoSql, casoArg] =
    typeof caso === 'object' && caso !== null
      ? ['(select id from casos where numero = ?)', caso.numero]
      : ['?', caso]
  return {
    statement: {
      sql: `select id, user_id, nombre, tipo, bytes, sha256, caso_id, completado_at,
              (select count(*) from archivos where caso_id = ${casoSql}) as en_caso
            from archivos where id in (${looked.map(() => '?').join(', ')})`,
      args: [casoArg, ...looked],
    },
    map: (result) => ({
      ids,
      filas: new Map(result.rows.map((row) => [String(row.id), fila(row)])),
      enCaso: Number(result.rows[0]?.en_caso ?? 0),
    }),
  }
}

/** What attaching files takes: the writes for the submission's batch, the rules for its shard, the receipt's list. */
export interface Adjunto {
  writes: Statement[]
  /**
   * For the submission's `rules.counters`: at the edge its shard refuses a second submission
   * attaching a file the first one did, before Turso has either (decision 0023).
   */
  counters: NonNullable<Rules['counters']>
  /** The files as the receipt prints them (name, type, size, SHA-256), in the order sent. */
  archivos: ArchivoDeCaso[]
}

/** A refusal naming the field `archivos`. */
const refuse = (key: string, params?: Record<string, string | number>) =>
  invalidField('archivos', key, params)

/**
 * Attaches the files a submission names to its case (and to the staff question it answers, if
 * any), or refuses with an error naming the field `archivos`: more than {@link MAX_ARCHIVOS} for
 * the case, one named twice, one that is not the caller's (or does not exist: the same words),
 * one not yet whole, one sent with another case, one about to expire unsent. The writes go in the
 * submission's own batch: the case and its files land together or not at all; a second
 * attachment of one file breaks a CHECK (Node) or its shard's counter (the edge).
 *
 * @example
 * const adjunto = adjuntarArchivos(loaded.archivos, casoId, actor.userId, { ahora: clock.now() })
 * return { status: 201, result, writes: [...writes, ...adjunto.writes], rules: { counters: adjunto.counters } }
 */
export function adjuntarArchivos(
  leidos: Adjuntables,
  casoId: string,
  userId: string,
  opciones: { ahora: Date; preguntaId?: string | null },
): Adjunto {
  const { ids, filas } = leidos
  if (ids.length + leidos.enCaso > MAX_ARCHIVOS) throw refuse('archivos_demasiados', { max: MAX_ARCHIVOS })
  if (new Set(ids).size !== ids.length) throw refuse('archivos_repetidos')
  // Sent unsent a day before the retention job would delete it: never one it is deleting.
  const vence = addCalendar(opciones.ahora, { dias: 1 - RETENCION.archivoSinEnviarDias }).getTime()
  const archivos = ids.map((id): ArchivoDeCaso => {
    const found = filas.get(id)
    if (!found || found.userId !== userId) throw refuse('archivo_ajeno')
    const { nombre, tipo, sha256, completadoAt } = found
    if (completadoAt === null || tipo === null || sha256 === null)
      throw refuse('archivo_incompleto', { nombre })
    if (found.casoId !== null) throw refuse('archivo_ya_enviado', { nombre })
    if (completadoAt < vence)
      throw refuse('archivo_vencido', { nombre, dias: RETENCION.archivoSinEnviarDias })
    const preguntaId = opciones.preguntaId ?? null
    return {
      id,
      nombre,
      tipo,
      bytes: found.bytes,
      sha256,
      preguntaId,
      completadoAt: new Date(completadoAt).toISOString(),
    }
  })
  return {
    writes: ids.map((id) => ({
      sql: 'update archivos set caso_id = ?, pregunta_id = ?, adjuntado = adjuntado + 1 where id = ? and user_id = ?',
      args: [casoId, opciones.preguntaId ?? null, id, userId],
    })),
    counters: archivos.map(({ id, nombre }) => ({
      key: `archivo:${id}`,
      max: 1,
      baseline: 0,
      refusal: refuse('archivo_ya_enviado', { nombre }),
    })),
    archivos,
  }
}

/**
 * What a submission's failed batch means, if a file it attached was attached by another first
 * (the CHECK of `archivos.adjuntado`, on Node): the refusal naming `archivos`. For its `conflict`.
 *
 * @example
 * conflict: (error) => conflictoDeAdjuntos(error)
 */
export function conflictoDeAdjuntos(error: unknown): AppError | undefined {
  const message = String((error as { cause?: unknown })?.cause ?? error)
  return isCheckViolation(error) && message.includes('archivos_adjunto')
    ? refuse('archivos_ya_enviados')
    : undefined
}
