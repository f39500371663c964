import { AppError, invalidField } from '../errors.ts'
import type { Ports } from '../ports.ts'
import { runCounted, type Write } from '../writes.ts'
import { PARTE_MAX, PARTE_MIN } from './limites.ts'
import { parteKey, sha256DePartes, vigilarParte } from './partes.ts'
import type { TipoArchivo } from './tipo.ts'

export type UploadPorts = Pick<Ports, 'db' | 'storage' | 'files' | 'clock' | 'log'>

/** Where an upload stands, whoever owns it. */
export interface EstadoSubida {
  /** The file store's folder of its parts. */
  clave: string
  bytes: number
  recibidos: number
  partes: number[]
  completo: boolean
  /** Named in the refusal of a type (a ciphertext's owner never checks one: undefined). */
  nombre?: string
}

/** How an upload moves on with a part. */
export interface Avance {
  recibidos: number
  partes: number[]
  /** The type the first part's bytes said (null when the owner checks none, or for later parts). */
  tipo: TipoArchivo | null
  /** Set with the last part: the whole file's hex SHA-256. */
  sha256: string | null
  completo: boolean
  ahora: Date
}

/**
 * Who an upload belongs to, and its table: a signed-in citizen's (`archivos`, by user id) or a
 * tipster's (`informacion_archivos`, by a bearer token). The parts, their store, the offsets and
 * the compare-and-set are the same for both (decision 0046).
 */
export interface Dueno<R> {
  /** The owner's upload by id, or undefined (another's is not found either). */
  leer(id: string): Promise<R | undefined>
  estado(row: R): EstadoSubida
  /** The compare-and-set: moves the upload on only if it still stands at `desde` and is not whole. */
  avanzar(row: R, desde: number, avance: Avance): Write
  /** Deletes the upload's row (its parts are deleted by the caller). */
  olvidar(row: R): Write
  /**
   * Whether the first part's type is checked by its magic bytes (worker/archivos/tipo.ts). A
   * ciphertext has none: the browser checks the type before encrypting, the analyst after decrypting.
   */
  tipos: boolean
}

/** One part as the request carries it. */
export interface Parte {
  /** `Upload-Offset`: where the sender believes the upload stands. */
  offset: number
  /** `Content-Length`: the part's bytes. */
  length: number
  body: ReadableStream<Uint8Array>
}

/** What became of a part: stored (the row and how it moved), or sent at the wrong place. */
export type Recibida<R> =
  | { kind: 'stored'; row: R; avance: Avance }
  | { kind: 'misplaced'; recibidos: number }

/** A part's declared length, checked against the upload: refused before a byte is read. */
function checkLength(estado: EstadoSubida, { offset, length }: Parte): void {
  const rest = estado.bytes - offset
  if (length > rest || length > PARTE_MAX) throw new AppError('payload_too_large')
  // The last part is what is left; every other one is at least PARTE_MIN.
  if (length < 1 || (length < rest && length < PARTE_MIN)) throw invalidField('Content-Length', 'invalid')
}

/**
 * Stores one part of an upload, streamed from the request to the file store, and moves the upload
 * on — only if it still stands where the part says (`offset`): a retry of a part that did arrive,
 * or a part ahead of one lost, is told where it stands instead (`misplaced`). When the owner checks
 * types, the first part's first bytes must be an accepted type, or the upload is forgotten. With
 * the last part, the file's SHA-256 is computed from what was stored, and set with the last part
 * in the same compare-and-set: an upload is whole and sealed, or neither.
 *
 * @example
 * const outcome = await recibirParte(ports, ciudadano(ports.db, actor), id, { offset: 0, length, body })
 */
export async function recibirParte<R>(
  ports: UploadPorts,
  dueno: Dueno<R>,
  id: string,
  parte: Parte,
): Promise<Recibida<R>> {
  const row = await dueno.leer(id)
  if (row === undefined) throw new AppError('not_found')
  const estado = dueno.estado(row)
  if (estado.completo || parte.offset !== estado.recibidos) {
    await parte.body.cancel()
    return { kind: 'misplaced', recibidos: estado.recibidos }
  }
  checkLength(estado, parte)
  const key = parteKey(estado.clave, parte.offset, parte.length)
  const watch = vigilarParte(parte.length, dueno.tipos && parte.offset === 0)
  try {
    await ports.files.putStream(key, parte.body.pipeThrough(watch.stream), parte.length)
  } catch (error) {
    if (watch.motivo() === 'tipo') {
      await runCounted(ports, dueno.olvidar(row))
      await ports.files.deleteFolder(estado.clave)
      throw invalidField('archivo', 'archivo_tipo', { nombre: estado.nombre ?? '' })
    }
    if (watch.motivo() === 'largo') throw new AppError('payload_too_large')
    // The connection broke, or the body ended short: nothing was stored; the client asks again.
    throw new AppError('validation_failed', {
      fields: [{ field: 'Content-Length', key: 'invalid' }],
      cause: error,
    })
  }
  const partes = [...estado.partes, parte.length]
  const recibidos = parte.offset + parte.length
  const completo = recibidos === estado.bytes
  const avance: Avance = {
    recibidos,
    partes,
    tipo: dueno.tipos && parte.offset === 0 ? watch.tipo() : null,
    sha256: completo ? await sha256DePartes(ports.files, estado.clave, partes) : null,
    completo,
    ahora: ports.clock.now(),
  }
  const moved = await runCounted(ports, dueno.avanzar(row, parte.offset, avance))
  if (moved === 1) return { kind: 'stored', row, avance }
  return perdida(ports, dueno, id, key, parte)
}

/**
 * A part whose compare-and-set lost: a copy of it got there first, or another part of another
 * length did (a client that changed its part size), or the upload was forgotten meanwhile. This
 * part's object is removed unless it is the winner's own (same place, same length: same key).
 */
async function perdida<R>(
  ports: UploadPorts,
  dueno: Dueno<R>,
  id: string,
  key: string,
  parte: Parte,
): Promise<Recibida<R>> {
  const current = await dueno.leer(id)
  const estado = current === undefined ? undefined : dueno.estado(current)
  let start = 0
  const winner = estado?.partes.find((length) => {
    const found = start === parte.offset
    start += length
    return found
  })
  if (winner !== parte.length) await ports.files.delete(key)
  if (!estado) throw new AppError('not_found')
  return { kind: 'misplaced', recibidos: estado.recibidos }
}
