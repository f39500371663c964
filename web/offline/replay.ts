/*
 * The outbox's sending (web/offline/outbox.ts keeps the queue): a chunk of its own, loaded the first
 * time something is to be sent — a submission, or an item left pending — so that a first visit,
 * whose outbox is empty, does not download it. The service worker bundles it (web/sw.ts). When
 * the chunk cannot load (offline before the service worker has precached it), the replay fails
 * like a send would, and the items stay pending for the next try (outbox-client.ts).
 */
import { get, set } from 'idb-keyval'
import type { ErrorBody } from '../../worker/errors.ts'
import { announce, listOutbox, type OutboxItem, type OutboxState, store, withLock } from './outbox.ts'

/** A request that hangs must not hold the lock (and the queue) forever. */
const REQUEST_TIMEOUT_MS = 20_000

export interface ReplayReport {
  /** Items still pending after this replay, apart from those waiting for their owner's sign-in. */
  pending: number
  /** Whether this replay stopped on a network error or a temporary server refusal. */
  interrupted: boolean
}

/**
 * Whether an answer settles an item. 2xx: recorded. 4xx: the server will never accept this body,
 * except 408 (timeout) and 429 (slow down), which are retried like network errors and 5xx, and a
 * 409 with `Retry-After`: a copy of this same item committing at that moment (decision 0083),
 * whose answer the next send gets. Any other 409 is the server's last word (a weekly permit quota
 * used up): retrying it would keep the item pending for ever.
 */
export function isDefinitive(response: Pick<Response, 'status' | 'headers'>): boolean {
  const { status } = response
  if (status >= 200 && status < 300) return true
  if (status === 409 && response.headers.has('retry-after')) return false
  return status >= 400 && status < 500 && status !== 408 && status !== 429
}

/**
 * A form's part in the replay of its items (`OutboxItem.hook`), in the page: `extra` adds to the
 * body at each attempt what cannot be made at queue time (a proof of work paid now: one paid when
 * queued would have expired), throwing like a network error (the item stays pending, the replay
 * stops); `again` says which definitive refusals are the attempt's, not the body's (a spent
 * challenge): the item then stays pending for the next replay.
 */
export interface ReplayHook {
  extra: (item: OutboxItem) => Promise<Record<string, unknown>>
  again?: (status: number, body: unknown) => boolean
}

const hooks = new Map<string, ReplayHook>()

/**
 * Registers the hook of the items queued with `name`: until then (and always in the service
 * worker) they are left pending and not counted, so nothing retries for them in vain.
 *
 * @example
 * registerReplayHook('informacion', { extra: async () => ({ desafio: await pagarDesafio() }) })
 */
export function registerReplayHook(name: string, hook: ReplayHook): void {
  hooks.set(name, hook)
}

/** Whether an item waits for a hook this context does not have. */
const waitsForHook = (item: OutboxItem, only?: string) =>
  (item.hook !== undefined && !hooks.has(item.hook)) || (only !== undefined && item.hook !== only)

async function send(item: OutboxItem, extra: Record<string, unknown>): Promise<Response> {
  const url = new URL(item.url, self.location.origin)
  url.searchParams.set('lang', item.lang)
  const anonymous = item.hook !== undefined
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(anonymous ? {} : { 'idempotency-key': item.id, 'idempotency-secret': item.secret ?? item.id }),
      ...(item.owner ? { 'outbox-owner': item.owner.id } : {}),
    },
    body: JSON.stringify({ ...item.body, ...extra }),
    credentials: anonymous ? 'omit' : 'same-origin',
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
 * in: the service worker, which cannot know, leaves it. `only` (a hook's name) limits the replay to
 * that form's items: a tip page sends nothing else, and nothing with credentials.
 */
export async function replayOutbox(account?: string | null, only?: string): Promise<ReplayReport> {
  return withLock(async () => {
    let interrupted = false
    for (const queued of await listOutbox()) {
      if (queued.state !== 'pending') continue
      // Re-read inside the lock: the state that counts is the stored one.
      let item = await get<OutboxItem>(queued.id, store)
      if (item?.state !== 'pending' || waitsForOwner(item, account) || waitsForHook(item, only)) continue
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
      const hook = item.hook === undefined ? undefined : hooks.get(item.hook)
      let response: Response
      try {
        response = await send(item, hook ? await hook.extra(item) : {})
      } catch {
        await set(item.id, attempt, store)
        interrupted = true
        break
      }
      if (!isDefinitive(response)) {
        // The API's error shape; anything else (a proxy's page) reads as null, or has no code.
        const refusal = (await readBody(response)) as Partial<ErrorBody> | null
        await set(item.id, { ...attempt, lastRefusal: refusal?.code }, store)
        interrupted = true
        break
      }
      const body = await readBody(response)
      if (hook?.again?.(response.status, body)) {
        await set(item.id, { ...attempt, lastRefusal: (body as Partial<ErrorBody> | null)?.code }, store)
        interrupted = true
        break
      }
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
      (item) => item.state === 'pending' && !waitsForOwner(item, account) && !waitsForHook(item, only),
    ).length
    announce()
    return { pending, interrupted }
  })
}
