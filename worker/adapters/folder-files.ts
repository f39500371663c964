import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { FileStore } from '../ports.ts'

/**
 * The file store of the embedded default: a local folder. Keys are relative paths; a key that
 * would leave the folder is refused.
 *
 * @example
 * const files = folderFileStore('data/files')
 * await files.put('constancias/ABC.pdf', pdf, 'application/pdf')
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
  }
}
