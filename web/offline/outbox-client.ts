/**
 * The page's side of the outbox: a reactive list for the UI, and the replays that do not depend on
 * Background Sync (start-up, the `online` event, coming back to the tab, and a backing-off timer
 * for when the server, not the device, was unreachable). Where the browser has Background Sync,
 * the service worker also replays on `sync`; the shared lock keeps the two from overlapping.
 */
import { createSignal } from 'solid-js'
import type { Locale } from '../../worker/i18n/index.ts'
import { enqueue, listOutbox, type OutboxItem, onOutboxChange, pruneSent, replayOutbox } from './outbox.ts'

const [items, setItems] = createSignal<OutboxItem[]>([])

/** Every outbox item, oldest first, reactive. */
export { items as outboxItems }

/** How many items still wait for the network, reactive. */
export const pendingCount = () => items().filter((item) => item.state === 'pending').length

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

function scheduleRetry(): void {
  clearTimeout(retryTimer)
  retryTimer = setTimeout(() => void flushOutbox(), retryDelay)
  retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
}

/** Replays the outbox now; if something is left, tries again later with a growing delay. */
export async function flushOutbox(): Promise<void> {
  clearTimeout(retryTimer)
  setBusy((count) => count + 1)
  try {
    const report = await replayOutbox()
    if (report.pending > 0) scheduleRetry()
    else retryDelay = RETRY_MIN_MS
  } catch {
    scheduleRetry()
  } finally {
    await refreshOutbox()
    setBusy((count) => count - 1)
  }
}

/**
 * Queues a submission and tries to send it at once. Resolves with the item as it stands after
 * that first attempt: `sent`, `rejected`, or still `pending` (offline; it will go by itself).
 */
export async function submit(
  service: string,
  url: string,
  body: Record<string, unknown>,
  lang: Locale,
): Promise<OutboxItem> {
  setBusy((count) => count + 1)
  try {
    const item = await enqueue(service, url, body, lang)
    await refreshOutbox()
    void requestBackgroundSync()
    retryDelay = RETRY_MIN_MS
    await flushOutbox()
    return items().find((candidate) => candidate.id === item.id) ?? item
  } finally {
    setBusy((count) => count - 1)
  }
}

/** Starts the page-side replays; called once at start-up. */
export function startOutbox(): void {
  onOutboxChange(() => void refreshOutbox())
  window.addEventListener('online', () => {
    retryDelay = RETRY_MIN_MS
    void flushOutbox()
  })
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && pendingCount() > 0) void flushOutbox()
  })
  void refreshOutbox().then(() => {
    if (pendingCount() > 0) {
      void requestBackgroundSync()
      void flushOutbox()
    }
  })
  // Apart from the above: it waits for the lock, which a replay elsewhere may hold for a while.
  void pruneSent().then(refreshOutbox, () => undefined)
}
