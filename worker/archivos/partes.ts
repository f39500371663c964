import { createHash } from 'node:crypto'
import type { FileStore } from '../ports.ts'
import { BYTES_DE_CABECERA, detectarTipo, type TipoArchivo } from './tipo.ts'

/**
 * An upload in the file store: one object per part, under the upload's folder, named by where it
 * starts and how long it is. Two copies of one part (a retry that crossed the first) write the
 * same bytes to the same key; parts of another length never share a key.
 *
 * @example
 * parteKey('archivos/0193…', 65_536, 65_536) // 'archivos/0193…/65536-65536'
 */
export function parteKey(clave: string, offset: number, length: number): string {
  return `${clave}/${offset}-${length}`
}

/** Each part's key, in order, from the parts' lengths. */
export function clavesDePartes(clave: string, partes: readonly number[]): string[] {
  let offset = 0
  return partes.map((length) => {
    const key = parteKey(clave, offset, length)
    offset += length
    return key
  })
}

/** What a part's bytes turned out to be, as they went by. */
export interface Vigilancia {
  /** The part's own stream: bytes pass through unchanged, or it fails. */
  stream: TransformStream<Uint8Array, Uint8Array>
  /** The type of the file's first bytes, once seen (only for the first part). */
  tipo: () => TipoArchivo | null
  /** Why the stream failed, if it was this check's doing (more bytes than declared, a refused type). */
  motivo: () => 'largo' | 'tipo' | undefined
}

/**
 * Watches a part on its way to the store: at most `length` bytes pass, and for the file's first
 * part, its first bytes are held back until the type is known — a refused type never reaches the
 * store. Holds at most {@link BYTES_DE_CABECERA} bytes beyond the chunk at hand.
 *
 * @example
 * const watch = vigilarParte(length, offset === 0)
 * await files.putStream(key, body.pipeThrough(watch.stream), length)
 */
export function vigilarParte(length: number, primera: boolean): Vigilancia {
  let seen = 0
  let motivo: 'largo' | 'tipo' | undefined
  let tipo: TipoArchivo | null = null
  let held: Uint8Array[] = []
  let checked = !primera
  const need = Math.min(BYTES_DE_CABECERA, length)
  const check = (controller: TransformStreamDefaultController<Uint8Array>) => {
    const head = new Uint8Array(held.reduce((sum, chunk) => sum + chunk.length, 0))
    let at = 0
    for (const chunk of held) {
      head.set(chunk, at)
      at += chunk.length
    }
    held = []
    checked = true
    tipo = detectarTipo(head)
    if (tipo === null) {
      motivo = 'tipo'
      controller.error(new Error('type refused'))
      return
    }
    controller.enqueue(head)
  }
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.length
      if (seen > length) {
        motivo = 'largo'
        controller.error(new Error('longer than declared'))
        return
      }
      if (checked) return controller.enqueue(chunk)
      held.push(chunk)
      if (seen >= need) check(controller)
    },
    flush(controller) {
      if (!checked) check(controller)
    },
  })
  return { stream, tipo: () => tipo, motivo: () => motivo }
}

/**
 * The whole file, part after part, as one stream read from the store as it is consumed: one
 * part open at a time, a chunk of it in memory. A part missing from the store fails the stream.
 *
 * @example
 * return new Response(leerPartes(files, row.clave, row.partes))
 */
export function leerPartes(
  files: FileStore,
  clave: string,
  partes: readonly number[],
): ReadableStream<Uint8Array> {
  const keys = clavesDePartes(clave, partes)
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (!reader) {
          const key = keys.shift()
          if (key === undefined) return controller.close()
          const part = await files.getStream(key)
          if (!part) throw new Error(`part missing from the file store: ${key}`)
          reader = part.getReader()
        }
        const { done, value } = await reader.read()
        if (!done) return controller.enqueue(value)
        reader = undefined
      }
    },
    async cancel(reason) {
      await reader?.cancel(reason)
    },
  })
}

/**
 * The hex SHA-256 of the whole file, read back from the stored parts (node:crypto's hash, which
 * workerd has too, fed chunk by chunk: constant memory whatever the size).
 *
 * @example
 * const sha256 = await sha256DePartes(files, row.clave, [...row.partes, length])
 */
export async function sha256DePartes(
  files: FileStore,
  clave: string,
  partes: readonly number[],
): Promise<string> {
  const hash = createHash('sha256')
  const reader = leerPartes(files, clave, partes).getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) hash.update(next.value)
  return hash.digest('hex')
}
