/**
 * The permits kept on this device, so the permit page opens with no network (at a checkpoint, in
 * airplane mode). They are kept per citizen (their RUN) and shown only for the citizen the server
 * last confirmed on this device: a shared phone never shows one citizen's permits to another, and
 * signing out deletes them all (web/cuenta/session.ts). Plain IndexedDB rather than idb-keyval:
 * what this needs of it would otherwise grow the shell every visitor downloads.
 */
import type { PermisoView } from '../../worker/permisos/schema.ts'

/** Its name is also in web/cuenta/session.ts, which deletes it on signing out. */
const DATABASE = 'comisaria-permisos'
const STORE = 'permisos'
const TITULAR = 'titular'
const deRun = (run: string) => `run:${run}`
const newestFirst = (a: PermisoView, b: PermisoView) => b.createdAt.localeCompare(a.createdAt)

let opening: Promise<IDBDatabase> | undefined

/**
 * The database, opened on first use. Signing out deletes it: this page's connection then closes at
 * once, so the deletion is not held up by it.
 */
function database(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DATABASE)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
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
 * committed. IndexedDB may be missing or refused (some private modes): nothing is kept then, and
 * nothing is found.
 */
async function transaction(mode: IDBTransactionMode, work: (store: IDBObjectStore) => void): Promise<void> {
  try {
    const tx = (await database()).transaction(STORE, mode)
    work(tx.objectStore(STORE))
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve
      tx.onerror = tx.onabort = () => reject(tx.error)
    })
  } catch {
    // Not kept, not found.
  }
}

/** Reads a key, then calls `then` with its value (inside the same transaction). */
function read<T>(store: IDBObjectStore, key: string, then: (value: T | undefined) => void): void {
  const request = store.get(key)
  request.onsuccess = () => then(request.result as T | undefined)
}

/** The permits kept for the device's citizen, newest first. */
export async function guardados(): Promise<PermisoView[]> {
  let found: PermisoView[] = []
  await transaction('readonly', (store) =>
    read<string>(store, TITULAR, (run) => {
      if (run) read<PermisoView[]>(store, deRun(run), (kept) => (found = kept ?? []))
    }),
  )
  return found
}

/** The server confirmed who is signed in here: from now on, their permits are the ones shown. */
export function confirmarTitular(run: string): Promise<void> {
  return transaction('readwrite', (store) => store.put(run, TITULAR))
}

/** Keeps a permit the server just gave or showed its holder (the signed-in citizen). */
export function guardar(view: PermisoView): Promise<void> {
  return transaction('readwrite', (store) => {
    read<PermisoView[]>(store, deRun(view.run), (kept = []) => {
      const others = kept.filter((other) => other.code !== view.code)
      store.put([view, ...others].sort(newestFirst), deRun(view.run))
    })
    store.put(view.run, TITULAR)
  })
}

/** The server's whole list of a citizen's permits ("Mis trámites"): what the device keeps for them. */
export function guardarTodos(run: string, views: PermisoView[]): Promise<void> {
  return transaction('readwrite', (store) => {
    store.put([...views].sort(newestFirst), deRun(run))
    store.put(run, TITULAR)
  })
}
