/**
 * The outbox: ONE queue of submissions in IndexedDB, shared by the page and the service worker.
 * Every item gets its Idempotency-Key once, when it is queued, so however often it is replayed
 * the server records it once. Replays run under one Web Lock, so the page's replay (start-up,
 * `online`, a timer) and the service worker's (Background Sync) never overlap; an item leaves
 * the "pending" state only on a definitive answer from the server.
 */
import { createStore, del, get, set, values } from 'idb-keyval'
import type { StorageFault } from '../../worker/errors.ts'
import type { Locale } from '../../worker/i18n/index.ts'

/** The outbox's IndexedDB store (replay.ts writes the items it sends). */
export const store = createStore('comisaria-outbox', 'items')
const LOCK = 'outbox'
const CHANNEL = 'outbox'

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
  /**
   * The name of a hook registered in the page (replay.ts, {@link registerReplayHook}) that adds to
   * the body, at every attempt, what cannot be made at queue time: información anónima's proof of
   * work (decision 0045). Such an item is sent without credentials or idempotency headers (the
   * tip's sub-app reads none; the server knows a copy by its body), only where its hook is
   * registered — never by the service worker — and is listed only by its own pages.
   */
  hook?: string
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
  hook?: string,
): Promise<OutboxItem> {
  const item: OutboxItem = {
    id: crypto.randomUUID(),
    secret: crypto.randomUUID(),
    owner,
    files,
    hook,
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

// Pages and the service worker hold the same lock name; where Web Locks are missing (old Safari)
// a per-context chain still prevents overlap within one page, and the idempotency key covers the rest.
let chain: Promise<unknown> = Promise.resolve()
/** Runs `task` holding the outbox lock (pages and the service worker share it). */
export function withLock<T>(task: () => Promise<T>): Promise<T> {
  if ('locks' in navigator && navigator.locks) return navigator.locks.request(LOCK, task)
  const next = chain.then(task, task)
  chain = next.catch(() => undefined)
  return next
}

/** Tells every page and the service worker that the outbox changed. */
export function announce(): void {
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
