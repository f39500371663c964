/**
 * The outbox's start in the shell (decision 0075): a first visit has nothing queued, so the
 * outbox's code (outbox-client.ts, outbox.ts, the banner: a chunk of their own, vite.config.ts's
 * OUTBOX) loads only when the device holds an item — seen here with one IndexedDB count, or
 * announced by another tab or the service worker — or when a page that queues one imports it.
 * From then on it runs as it always did: the replays start, and the banner shows on every page.
 */
import { createEffect, createRoot, createSignal } from 'solid-js'
import { me } from '../cuenta/session.ts'

/** outbox.ts's names for its IndexedDB store and its BroadcastChannel: kept in step with it. */
const DB = 'comisaria-outbox'
const STORE = 'items'
const CHANNEL = 'outbox'

const [loaded, setLoaded] = createSignal(false)
/** Whether the outbox's code runs in this page: the layout shows its banner from then on. */
export const outboxLoaded = loaded

let started = false
let start: (() => void) | undefined

/**
 * Called by outbox-client.ts as it loads, with its start-up: run now if the device's start-up
 * (web/main.tsx) has asked for the outbox, or as soon as it does. Información anónima's pages
 * never ask (decision 0045): there it loads without opening anything, as before.
 */
export function outboxArrived(startOutbox: () => void): void {
  setLoaded(true)
  start = startOutbox
  if (started) start()
}

/**
 * The account last known signed in on this device (its id alone): the owner of an item queued
 * before the page can know (a visit begun offline), so that it too waits for its owner on a 401
 * rather than being refused (decision 0028). Kept here, on every page, for the visit that queues
 * nothing; cleared at sign-out.
 */
export const OWNER = 'outbox-owner'

/** Starts the outbox if the device holds anything, or as soon as something is queued. */
export function startOutbox(): void {
  if (started) return
  started = true
  createRoot(() =>
    createEffect(() => {
      const user = me()
      try {
        if (user) localStorage.setItem(OWNER, user.id)
        else if (user === null) localStorage.removeItem(OWNER)
      } catch {
        // Storage disabled: an item queued before the page knows goes without its owner, as before.
      }
    }),
  )
  if (start) {
    start()
    return
  }
  const load = () => void import('./outbox-client.ts')
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = () => {
      channel.close()
      load()
    }
  }
  void holdsItems().then((yes) => yes && load())
}

/** Whether the outbox's store holds an item; never creates it (the first queued item does). */
function holdsItems(): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB)
      // No database yet: nothing was ever queued. Aborting creates none.
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onerror = () => resolve(false)
      request.onsuccess = () => {
        const db = request.result
        try {
          const count = db.transaction(STORE).objectStore(STORE).count()
          count.onsuccess = () => resolve(count.result > 0)
          count.onerror = () => resolve(true)
        } catch {
          // Not the shape expected: the outbox's own code decides.
          resolve(true)
        } finally {
          db.close()
        }
      }
    } catch {
      // IndexedDB unavailable (some private modes): nothing can have been queued either.
      resolve(false)
    }
  })
}
