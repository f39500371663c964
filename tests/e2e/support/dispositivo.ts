import type { Page } from 'playwright-core'

/** One record of the origin's IndexedDB: where it is, and its value as JSON (a Blob as `{"blob":size}`). */
export interface Registro {
  db: string
  store: string
  key: string
  value: string
  /** Whether the value is or holds a Blob (a file's bytes). */
  blob: boolean
}

/** Everything the origin keeps on the device that a page can read. */
export interface Almacenamiento {
  indexedDb: Registro[]
  localStorage: Record<string, string>
  /** The URL of every entry of every Cache Storage cache. */
  caches: string[]
}

/**
 * What the page's origin keeps on the device: every record of every IndexedDB database, the
 * localStorage, and the URLs in Cache Storage — to show that nothing of a form was left there.
 *
 * @example
 * const kept = await almacenamiento(page)
 * expect(kept.indexedDb.filter((r) => r.value.includes('foto.jpg'))).toEqual([])
 */
export function almacenamiento(page: Page): Promise<Almacenamiento> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    let blob = false
    const json = (value: unknown) =>
      JSON.stringify(value, (_key, inner: unknown) => {
        if (!(inner instanceof Blob)) return inner
        blob = true
        return { blob: inner.size }
      })
    const indexedDb = []
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      const db = await done(indexedDB.open(name))
      for (const store of db.objectStoreNames) {
        const objects = db.transaction(store).objectStore(store)
        const [keys, values] = await Promise.all([done(objects.getAllKeys()), done(objects.getAll())])
        for (const [index, value] of values.entries()) {
          blob = false
          const text = json(value)
          indexedDb.push({ db: name, store, key: String(keys[index]), value: text, blob })
        }
      }
      db.close()
    }
    const caches = []
    for (const name of await globalThis.caches.keys()) {
      const cache = await globalThis.caches.open(name)
      caches.push(...(await cache.keys()).map((request) => request.url))
    }
    return { indexedDb, localStorage: { ...localStorage }, caches }
  })
}
