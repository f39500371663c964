import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { FileStore } from '../ports.ts'

/** A stream that passes bytes on and fails once more than `length` have passed, or fewer at the end. */
function exactly(length: number): Transform {
  let seen = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length
      done(seen > length ? new Error(`more than ${length} bytes`) : null, chunk)
    },
    flush(done) {
      done(seen < length ? new Error(`${seen} bytes of ${length}`) : null)
    },
  })
}

/** Makes a rename in `folder` durable: the folder's own entry list is flushed to disk. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * The file store of the embedded default: a local folder. Keys are relative paths; a key that
 * would leave the folder is refused. A streamed file is written beside its key and renamed over
 * it once whole and on disk, so a key never holds part of one (a cut connection leaves nothing).
 *
 * @example
 * const files = folderFileStore('data/files')
 * await files.put('constancias/ABC.pdf', pdf, 'application/pdf')
 * await files.putStream('archivos/0193…/0-65536', request.body, 65_536)
 */
export function folderFileStore(root: string): FileStore {
  const base = resolve(root)
  const pathOf = (key: string) => {
    const path = resolve(join(base, key))
    if (!path.startsWith(base + sep)) throw new Error(`file key escapes the store: ${key}`)
    return path
  }
  return {
    async put(key, data) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      // Written beside and renamed over would be atomic; a PDF is written once under a fresh key.
      await writeFile(path, data, { flush: true })
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
    async putStream(key, body, length) {
      const path = pathOf(key)
      const folder = dirname(path)
      await mkdir(folder, { recursive: true })
      const beside = `${path}.${randomUUID()}.tmp`
      try {
        await pipeline(
          Readable.fromWeb(body as NodeReadableStream<Uint8Array>),
          exactly(length),
          createWriteStream(beside, { flush: true }),
        )
        await rename(beside, path)
      } catch (error) {
        await rm(beside, { force: true })
        throw error
      }
      await syncFolder(folder)
    },
    async getStream(key) {
      let handle: Awaited<ReturnType<typeof open>>
      try {
        handle = await open(pathOf(key), 'r')
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
      return Readable.toWeb(handle.createReadStream()) as unknown as ReadableStream<Uint8Array>
    },
    async deleteFolder(prefix) {
      await rm(pathOf(prefix), { recursive: true, force: true })
    },
  }
}
