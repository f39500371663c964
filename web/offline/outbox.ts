/**
 * The outbox: ONE queue of submissions in IndexedDB, shared by the page and the service worker.
 * Every item gets its Idempotency-Key once, when it is queued, so however often it is replayed
 * the server records it once. Replays run under one Web Lock, so the page's replay (start-up,
 * `online`, a timer) and the service worker's (Background Sync) never overlap; an item leaves
 * the "pending" state only on a definitive answer from the server.
 */
import { createStore, del, get, set, values } from 'idb-keyval'
import type { ErrorBody, StorageFault } from '../../worker/errors.ts'
import type { Locale } from '../../worker/i18n/index.ts'

const store = createStore('comisaria-outbox', 'items')
const LOCK = 'outbox'
const CHANNEL = 'outbox'
/** A request that hangs must not hold the lock (and the queue) forever. */
const REQUEST_TIMEOUT_MS = 20_000

export type OutboxState = 'pending' | 'sent' | 'rejected'

/**
 * A file an item carries (web/archivos): its bytes stay on the device until the item is sent, and
 * are uploaded (resuming where the server says) before the item itself is; their ids then go in
 * the body's `field`, in order.
 */
export interface OutboxFile {
  field: string
  /** The key of its bytes on the device (web/archivos/almacen.ts), and its upload's Idempotency-Key. */
  local: string
  nombre: string
  bytes: number
  /** Its upload's id on the server, once begun. */
  id?: string
  /** Whole on the server. */
  done?: boolean
}

export interface OutboxItem {
  /** Also the Idempotency-Key: generated once, at queue time. */
  id: string
  /**
   * Sent as Idempotency-Secret: random, generated with the key and never shown (the key is, in
   * `/envios`). An anonymous sender's key is scoped to it, so knowing the key is not enough to
   * be answered with this item's response. Absent on items queued before secrets: they send their key.
   */
  secret?: string
  /** Which form it came from, e.g. 'condolencias'. */
  service: string
  url: string
  body: Record<string, unknown>
  /** The language of the form, so the server's answer comes back in it. */
  lang: Locale
  createdAt: string
  state: OutboxState
  attempts: number
  lastAttemptAt?: string
  /** The server's JSON answer once it gave a definitive one. */
  response?: { status: number; body: unknown }
  /**
   * The account signed in when it was queued (`/api/me`'s id and RUN), absent for a form sent
   * signed out. Sent as `Outbox-Owner`: the server answers 401, writing nothing, unless that
   * account's session sends it, so it never goes under another citizen's session (decision 0028).
   */
  owner?: { id: string; run: string | null }
  /** The server answered 401: it waits, still pending, until its owner signs in again. */
  awaitsSignIn?: boolean
  /** Files to upload before it is sent (see {@link OutboxFile}); gone once up, their ids in the body. */
  files?: OutboxFile[]
  /**
   * The error code of the server's temporary refusal at the last attempt (`storage_full`,
   * `rate_limited`…), or undefined when that attempt did not reach it (offline).
   */
  lastRefusal?: string
}

export interface ReplayReport {
  /** Items still pending after this replay, apart from those waiting for their owner's sign-in. */
  pending: number
  /** Whether this replay stopped on a network error or a temporary server refusal. */
  interrupted: boolean
}

/**
 * Whether an item waits because the server cannot save right now (a full disk, an I/O error:
 * the codes {@link StorageFault}, `storage_…`), not because the device is offline. The citizen is
 * told so, and that the form stayed on this device: the API's own message cannot say where a
 * client keeps it. (Every byte here is on every first visit: hence the pattern, not a list.)
 *
 * @example
 * cannotSaveNow({ ...item, state: 'pending', lastRefusal: 'storage_full' }) // true
 */
export function cannotSaveNow(item: OutboxItem | undefined): boolean {
  return item?.state === 'pending' && /^storage_/.test(item.lastRefusal ?? '')
}

/** Queues a submission; the caller then asks for a replay. */
export async function enqueue(
  service: string,
  url: string,
  body: Record<string, unknown>,
  lang: Locale,
  owner?: OutboxItem['owner'],
  files?: OutboxFile[],
): Promise<OutboxItem> {
  const item: OutboxItem = {
    id: crypto.randomUUID(),
    secret: crypto.randomUUID(),
    owner,
    files,
    service,
    url,
    body,
    lang,
    createdAt: new Date().toISOString(),
    state: 'pending',
    attempts: 0,
  }
  await set(item.id, item, store)
  announce()
  return item
}

/** Every item, oldest first. */
export async function listOutbox(): Promise<OutboxItem[]> {
  const items = (await values(store)) as OutboxItem[]
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

export async function getOutboxItem(id: string): Promise<OutboxItem | undefined> {
  return get<OutboxItem>(id, store)
}

/** Removes a finished item from the list; a pending one is never dropped this way. */
export async function dismiss(id: string): Promise<void> {
  await withLock(async () => {
    const item = await get<OutboxItem>(id, store)
    if (item && item.state !== 'pending') await del(id, store)
  })
  announce()
}

/** Forgets items sent more than `days` ago; pending and rejected ones stay until dealt with. */
export async function pruneSent(days = 30): Promise<void> {
  const cutoff = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString()
  await withLock(async () => {
    for (const item of await listOutbox()) {
      if (item.state === 'sent' && (item.lastAttemptAt ?? item.createdAt) < cutoff) await del(item.id, store)
    }
  })
}

/**
 * Whether an answer settles an item. 2xx: recorded. 4xx: the server will never accept this body,
 * except 408 (timeout) and 429 (slow down), which are retried like network errors and 5xx. A 409
 * is the server's last word (a weekly permit quota used up): retrying it would keep the item
 * pending for ever.
 */
export function isDefinitive(status: number): boolean {
  if (status >= 200 && status < 300) return true
  return status >= 400 && status < 500 && status !== 408 && status !== 429
}

async function send(item: OutboxItem): Promise<Response> {
  const url = new URL(item.url, self.location.origin)
  url.searchParams.set('lang', item.lang)
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'idempotency-key': item.id,
      'idempotency-secret': item.secret ?? item.id,
      ...(item.owner ? { 'outbox-owner': item.owner.id } : {}),
    },
    body: JSON.stringify(item.body),
    credentials: 'same-origin',
    cache: 'no-store',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    return null
  }
}

/** Whether an item waits for its owner to sign in again, and `account` (signed in) is not them. */
const waitsForOwner = (item: OutboxItem, account?: string | null) =>
  item.awaitsSignIn === true && account !== item.owner?.id

/**
 * Sends every pending item, oldest first, under the outbox lock. Stops at the first network error
 * or temporary refusal (the network is likely down for the rest too) and leaves those items pending.
 * An item the server answered 401 (its owner's session ended, or another's is open) stays pending,
 * marked `awaitsSignIn`, and is tried again only when the page says its owner, `account`, is signed
 * in: the service worker, which cannot know, leaves it.
 */
export async function replayOutbox(account?: string | null): Promise<ReplayReport> {
  return withLock(async () => {
    let interrupted = false
    for (const queued of await listOutbox()) {
      if (queued.state !== 'pending') continue
      // Re-read inside the lock: the state that counts is the stored one.
      let item = await get<OutboxItem>(queued.id, store)
      if (item?.state !== 'pending' || waitsForOwner(item, account)) continue
      if (item.files) {
        // Its files first, uploaded where the server says each stands (web/archivos/cola.ts, a
        // chunk of its own): none if a file was refused (the item settled, stored, announced
        // below); a link that stays down throws, and the replay stops there like a send would.
        const cola = await import('../archivos/cola.ts')
        const ready = await cola.subirArchivosDe(item, (next) => set(next.id, next, store))
        if (!ready) continue
        item = ready
      }
      const attempt: OutboxItem = {
        ...item,
        attempts: item.attempts + 1,
        lastAttemptAt: new Date().toISOString(),
        lastRefusal: undefined,
      }
      let response: Response
      try {
        response = await send(item)
      } catch {
        await set(item.id, attempt, store)
        interrupted = true
        break
      }
      if (!isDefinitive(response.status)) {
        // The API's error shape; anything else (a proxy's page) reads as null, or has no code.
        const refusal = (await readBody(response)) as Partial<ErrorBody> | null
        await set(item.id, { ...attempt, lastRefusal: refusal?.code }, store)
        interrupted = true
        break
      }
      const body = await readBody(response)
      const state: OutboxState = response.ok ? 'sent' : 'rejected'
      // Signed in when queued, and the session is over: nothing is lost, it waits for its owner.
      const waits = response.status === 401 && item.owner !== undefined
      await set(
        item.id,
        waits
          ? { ...attempt, awaitsSignIn: true }
          : { ...attempt, state, awaitsSignIn: undefined, response: { status: response.status, body } },
        store,
      )
      announce()
    }
    const pending = (await listOutbox()).filter(
      (item) => item.state === 'pending' && !waitsForOwner(item, account),
    ).length
    announce()
    return { pending, interrupted }
  })
}

// Pages and the service worker hold the same lock name; where Web Locks are missing (old Safari)
// a per-context chain still prevents overlap within one page, and the idempotency key covers the rest.
let chain: Promise<unknown> = Promise.resolve()
function withLock<T>(task: () => Promise<T>): Promise<T> {
  if ('locks' in navigator && navigator.locks) return navigator.locks.request(LOCK, task)
  const next = chain.then(task, task)
  chain = next.catch(() => undefined)
  return next
}

/** Tells every page and the service worker that the outbox changed. */
function announce(): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(CHANNEL)
  channel.postMessage('changed')
  channel.close()
}

/** Calls back whenever any context changes the outbox. */
export function onOutboxChange(callback: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel(CHANNEL)
  channel.onmessage = () => callback()
  return () => channel.close()
}
