/**
 * Documents kept on this device for their holder, so their pages open with no network (a permit at
 * a checkpoint, a constancia at the carrier's counter): each service its own IndexedDB database,
 * its documents kept per citizen (their RUN) and shown only for the citizen the server last
 * confirmed on this device — a shared phone never shows one citizen's documents to another — and
 * deleted, all of them, on signing out (web/cuenta/session.ts names the databases). Plain
 * IndexedDB rather than idb-keyval: what this needs of it would otherwise grow the shell every
 * visitor downloads. A value may hold a `Blob` (a constancia's PDF): IndexedDB keeps it as is.
 */

/** The store every such database has, and the key of its current holder. */
const STORE = 'guardados'
const TITULAR = 'titular'
const deRun = (run: string) => `run:${run}`

/** What a service keeps: its documents for the device's holder, newest first. */
export interface Guardados<T> {
  /** The documents kept for the device's citizen, newest first. */
  guardados(): Promise<T[]>
  /** The server confirmed who is signed in here: from now on, their documents are the ones shown. */
  confirmarTitular(run: string): Promise<void>
  /** Keeps a document the server just gave or showed its holder (replacing one with its key). */
  guardar(value: T): Promise<void>
  /** The server's whole list of a citizen's documents: what the device keeps for them. */
  guardarTodos(run: string, values: T[]): Promise<void>
}

/**
 * A service's documents kept on the device, in the database `database` (its store is created on
 * first use; a database from before, whose store had another name, keeps it: `store`).
 *
 * @example
 * const permisos = guardadosEn<PermisoView>({ database: 'comisaria-permisos', store: 'permisos',
 *   clave: (p) => p.code, titular: (p) => p.run, recientes: (a, b) => b.createdAt.localeCompare(a.createdAt) })
 * await permisos.guardar(view)
 */
export function guardadosEn<T>(options: {
  database: string
  store?: string
  clave: (value: T) => string
  titular: (value: T) => string
  /** Newest first. */
  recientes: (a: T, b: T) => number
}): Guardados<T> {
  const storeName = options.store ?? STORE
  let opening: Promise<IDBDatabase> | undefined

  /**
   * The database, opened on first use. Signing out deletes it: this page's connection then closes
   * at once, so the deletion is not held up by it.
   */
  const database = () => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(options.database)
      request.onupgradeneeded = () => request.result.createObjectStore(storeName)
      request.onsuccess = () => {
        const db = request.result
        db.onversionchange = () => {
          db.close()
          opening = undefined
        }
        resolve(db)
      }
      request.onerror = () => {
        opening = undefined
        reject(request.error)
      }
    })
    return opening
  }

  /**
   * One transaction on the store: `work` reads and writes with callbacks; resolves once it is
   * committed. IndexedDB may be missing or refused (some private modes): nothing is kept then,
   * and nothing is found.
   */
  const transaction = async (mode: IDBTransactionMode, work: (store: IDBObjectStore) => void) => {
    try {
      const tx = (await database()).transaction(storeName, mode)
      work(tx.objectStore(storeName))
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve
        tx.onerror = tx.onabort = () => reject(tx.error)
      })
    } catch {
      // Not kept, not found.
    }
  }

  /** Reads a key, then calls `then` with its value (inside the same transaction). */
  const read = <V>(store: IDBObjectStore, key: string, then: (value: V | undefined) => void) => {
    const request = store.get(key)
    request.onsuccess = () => then(request.result as V | undefined)
  }

  return {
    async guardados() {
      let found: T[] = []
      await transaction('readonly', (store) =>
        read<string>(store, TITULAR, (run) => {
          if (run) read<T[]>(store, deRun(run), (kept) => (found = kept ?? []))
        }),
      )
      return found
    },
    confirmarTitular: (run) => transaction('readwrite', (store) => store.put(run, TITULAR)),
    guardar: (value) =>
      transaction('readwrite', (store) => {
        const run = options.titular(value)
        read<T[]>(store, deRun(run), (kept = []) => {
          const others = kept.filter((other) => options.clave(other) !== options.clave(value))
          store.put([value, ...others].sort(options.recientes), deRun(run))
        })
        store.put(run, TITULAR)
      }),
    guardarTodos: (run, values) =>
      transaction('readwrite', (store) => {
        store.put([...values].sort(options.recientes), deRun(run))
        store.put(run, TITULAR)
      }),
  }
}
