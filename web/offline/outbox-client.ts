/**
 * The page's side of the outbox: a reactive list for the UI, and the replays that do not depend on
 * Background Sync (start-up, the `online` event, coming back to the tab, and a backing-off timer
 * for when the server, not the device, was unreachable). Where the browser has Background Sync,
 * the service worker also replays on `sync`; the shared lock keeps the two from overlapping.
 */
import { createEffect, createRoot, createSignal } from 'solid-js'
import type { Locale } from '../../worker/i18n/index.ts'
import { loadMe, me } from '../cuenta/session.ts'
import { enqueue, listOutbox, type OutboxFile, type OutboxItem, onOutboxChange, pruneSent } from './outbox.ts'
import { OWNER, outboxArrived } from './outbox-start.ts'

const [all, setItems] = createSignal<OutboxItem[]>([])
const account = () => me()?.id

/** The account last known signed in on this device (outbox-start.ts keeps it), as an item's owner. */
function lastOwner(): OutboxItem['owner'] {
  try {
    const id = localStorage.getItem(OWNER)
    return id ? { id, run: null } : undefined
  } catch {
    return undefined
  }
}

/**
 * Whether an item may show here: not another signed-in account's. Those are neither listed nor
 * counted, only said to exist (offline/Waiting.tsx), so nothing of theirs shows to this citizen.
 */
export const mine = (item: OutboxItem) => !item.owner || !account() || item.owner.id === account()

/**
 * The outbox items this page may show, oldest first, reactive. An item with a page hook (a queued
 * anonymous tip, decision 0045) is its own pages' alone: no list or count elsewhere shows it.
 */
export const outboxItems = () => all().filter((item) => mine(item) && item.hook === undefined)

/** Every item on the device, another account's too, oldest first, reactive: for counts only. */
export { all as everyOutboxItem }

/** How many items still wait for the network (not for a sign-in), reactive. */
export const pendingCount = () =>
  outboxItems().filter((item) => item.state === 'pending' && !item.awaitsSignIn).length

/** Whether something waits for a sign-in: its owner's, or another account's, reactive. */
export const waiting = () =>
  all().some((item) => item.state === 'pending' && (item.awaitsSignIn || !mine(item)))

// How many replays this page has under way; an item seen pending while none is, is waiting.
const [busy, setBusy] = createSignal(0)
/** Whether this page is sending right now, reactive. */
export const sending = () => busy() > 0

const RETRY_MIN_MS = 3_000
const RETRY_MAX_MS = 60_000
let retryDelay = RETRY_MIN_MS
let retryTimer: ReturnType<typeof setTimeout> | undefined

export async function refreshOutbox(): Promise<void> {
  try {
    setItems(await listOutbox())
  } catch {
    // IndexedDB unavailable (some private modes): nothing can have been queued either.
  }
  // The server turned away the signed-in citizen's own item: the session is over (or is another
  // account's). Asking again updates the header, and what is listed here.
  if (all().some((item) => item.awaitsSignIn && item.owner?.id === account())) void loadMe()
}

interface SyncRegistration {
  sync?: { register: (tag: string) => Promise<void> }
}

/** Asks the service worker for a Background Sync, where the browser has one. */
async function requestBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator) || !('SyncManager' in window)) return
  try {
    const registration: ServiceWorkerRegistration & SyncRegistration = await navigator.serviceWorker.ready
    await registration.sync?.register('outbox')
  } catch {
    // Permission refused or no active worker yet: the page's own replays still run.
  }
}

function scheduleRetry(only?: string): void {
  clearTimeout(retryTimer)
  retryTimer = setTimeout(() => void flushOutbox(only), retryDelay)
  retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
}

/**
 * Replays the outbox now; if something is left, tries again later with a growing delay. `only` (a
 * replay hook's name, replay.ts) sends that form's items alone.
 */
export async function flushOutbox(only?: string): Promise<void> {
  clearTimeout(retryTimer)
  setBusy((count) => count + 1)
  try {
    // The sending is a chunk of its own (replay.ts): a first visit with nothing to send never loads
    // it. Offline before the service worker has it, the import fails like a send: retried later.
    const { replayOutbox } = await import('./replay.ts')
    const report = await replayOutbox(account(), only)
    if (report.pending > 0) scheduleRetry(only)
    else retryDelay = RETRY_MIN_MS
  } catch {
    scheduleRetry(only)
  } finally {
    await refreshOutbox()
    setBusy((count) => count - 1)
  }
}

/**
 * Queues a submission and tries to send it at once. Resolves with the item as it stands after
 * that first attempt: `sent`, `rejected`, or still `pending` (offline; it will go by itself).
 * `files` (web/archivos) are uploaded first, and their ids put in the body.
 */
export async function submit(
  service: string,
  url: string,
  body: Record<string, unknown>,
  lang: Locale,
  files?: OutboxFile[],
): Promise<OutboxItem> {
  setBusy((count) => count + 1)
  try {
    const user = me()
    const owner = user ? { id: user.id, run: user.run } : user === undefined ? lastOwner() : undefined
    const item = await enqueue(service, url, body, lang, owner, files)
    await refreshOutbox()
    void requestBackgroundSync()
    retryDelay = RETRY_MIN_MS
    await flushOutbox()
    return all().find((candidate) => candidate.id === item.id) ?? item
  } finally {
    setBusy((count) => count - 1)
  }
}

let started = false

/**
 * Starts the page-side replays, once: when the device's start-up asks for the outbox and this
 * module has loaded (outbox-start.ts).
 */
export function startOutbox(): void {
  if (started) return
  started = true
  onOutboxChange(() => void refreshOutbox())
  // Someone signed in (at start-up, after ClaveÚnica's round trip): what waited for them goes now.
  createRoot(() =>
    createEffect(() => {
      // Only when something is pending: a first visit with an empty outbox never loads the sending.
      if (me())
        void refreshOutbox().then(() => {
          if (all().some((item) => item.state === 'pending')) void flushOutbox()
        })
    }),
  )
  window.addEventListener('online', () => {
    retryDelay = RETRY_MIN_MS
    void flushOutbox()
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && pendingCount() > 0) void flushOutbox()
  })
  void refreshOutbox().then(() => {
    // Any pending, its owner's too: if they are known to be signed in by now, theirs go as well.
    if (all().some((item) => item.state === 'pending')) {
      void requestBackgroundSync()
      void flushOutbox()
    }
  })
  // Apart from the above: it waits for the lock, which a replay elsewhere may hold for a while.
  void pruneSent().then(refreshOutbox, () => undefined)
}

outboxArrived(startOutbox)
