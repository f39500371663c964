/**
 * A form's draft on the citizen's account (decision 0034): loaded by draft.ts only for a
 * signed-in citizen and a form whose drafts the server keeps, so that no other visitor downloads
 * it. Saves go a moment after the citizen stops typing (and at once when the page is hidden),
 * never holding up the form; a save that fails waits and goes again. Opening the form keeps the
 * newer of the device's copy and the account's.
 */
import { createStore, del, get, set } from 'idb-keyval'
import { type Accessor, createEffect, createRoot } from 'solid-js'
import type { Borrador, BorradorListado } from '../../worker/borradores/service.ts'
import { type Me, me } from '../cuenta/session.ts'

const store = createStore('comisaria-drafts', 'drafts')

/** How long opening a form waits to know who is signed in (the start-up's `/api/me`). */
const WHO_WAIT_MS = 3000
/** How long after the last keystroke a save goes. */
const SAVE_AFTER_MS = 1500
/** How long a save that could not go waits before it is tried again, at most. */
const MAX_RETRY_MS = 60_000

/**
 * What the device remembers of its copy's place on the account, beside the answers (never in
 * shared mode): whose it is, the account's version it last saw, whether it changed since, when.
 */
interface Sync {
  account: string
  /** The account's version this copy was last saved as or read from; null: never. */
  version: number | null
  /** Changed on this device since. */
  dirty: boolean
  /** When it last changed, or the account's copy's time when it was read (ms). */
  at: number
  /** Sent (discarded) here while the account could not be told: tell it at the next opening. */
  discarded?: boolean
}

/** What the draft gives this module to work on. */
export interface DraftHooks {
  values: Accessor<Record<string, string>>
  /** Whether the answers changed since the form opened. */
  edited: () => boolean
  /** Whether the device's storage may hold this form (not a shared device). */
  local: () => boolean
  /** Puts the account's answers in the form (and the device's copy). */
  apply: (answers: Record<string, string>) => void
}

/** The account's side of a draft, as draft.ts calls it. */
export interface ServerDraft {
  /** The account's copy read and weighed against the device's. */
  opened: Promise<void>
  changed: (values: Record<string, string>) => void
  discarded: () => void
  setShared: (on: boolean) => void
}

const syncKey = (formId: string) => `${formId}#cuenta`

/** Who is signed in once the page knows, or undefined if it does not within `ms` (offline). */
function signedInUser(ms: number): Promise<Me | null | undefined> {
  if (me() !== undefined) return Promise.resolve(me())
  return new Promise((resolve) => {
    createRoot((dispose) => {
      const timer = setTimeout(() => {
        dispose()
        resolve(undefined)
      }, ms)
      createEffect(() => {
        const user = me()
        if (user === undefined) return
        clearTimeout(timer)
        resolve(user)
        queueMicrotask(dispose)
      })
    })
  })
}

/**
 * Connects a form's draft to the signed-in citizen's account, once the page knows who that is
 * (nobody, or staff: the draft stays the device's alone). `empty` and `prefilled` say what the
 * citizen began: a draft with no more than the form fills in by itself is not kept on the account.
 *
 * @example
 * const server = connectDraft('permisos', empty, ['run'], hooks)
 * await server.opened
 */
export function connectDraft(
  formId: string,
  empty: Record<string, string>,
  prefilled: readonly string[],
  hooks: DraftHooks,
): ServerDraft {
  let account = ''
  const begun = () =>
    Object.keys(empty).some(
      (field) => !prefilled.includes(field) && (hooks.values()[field] ?? '') !== empty[field],
    )
  const url = `/api/borradores/${encodeURIComponent(formId)}`
  // The account a request is made for: the server refuses it under any other session (decision 0028).
  const headers = () => ({ accept: 'application/json', 'outbox-owner': account })
  let sync: Sync = { account, version: null, dirty: false, at: 0 }
  let timer: ReturnType<typeof setTimeout> | undefined
  let retryMs = 0
  let sending = false
  let stopped = false
  let gone = false
  let inflight: Promise<void> = Promise.resolve()

  const remember = (next: Sync) => {
    sync = next
    // Not before the page knows whose it is (opening), nor on a shared device.
    if (account && !stopped && hooks.local()) void set(syncKey(formId), next, store).catch(() => undefined)
  }

  const schedule = (ms: number) => {
    clearTimeout(timer)
    timer = setTimeout(() => void save(), ms)
  }

  function save(keepalive = false): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    if (stopped || gone || !account || !sync.dirty || !begun()) return Promise.resolve()
    if (sending) return Promise.resolve(schedule(SAVE_AFTER_MS))
    sending = true
    // A discarding waits for it: a save that landed after it would bring the draft back.
    inflight = put(keepalive)
    return inflight
  }

  async function put(keepalive: boolean): Promise<void> {
    const sent = sync.at
    try {
      const response = await fetch(url, {
        method: 'PUT',
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify({ respuestas: hooks.values() }),
        keepalive,
      })
      if (response.ok) {
        const saved = (await response.json()) as BorradorListado
        retryMs = 0
        // Typed on while it went: still to save.
        remember({ ...sync, version: saved.version, dirty: sync.at !== sent })
        if (sync.dirty) schedule(SAVE_AFTER_MS)
        return
      }
      await response.text()
      // Signed out, or under another account: the device keeps the answers, the account is left.
      if (response.status === 401 || response.status === 403) stopped = true
      else if (response.status === 429 || response.status >= 500) retry(response.headers.get('retry-after'))
      // Any other refusal is about these answers: the next change tries again.
    } catch {
      retry(null)
    } finally {
      sending = false
    }
  }

  function retry(after: string | null) {
    retryMs = Math.min(MAX_RETRY_MS, Math.max(Number(after) * 1000 || 0, retryMs * 2, 5000))
    schedule(retryMs)
  }

  async function tellDiscarded(): Promise<void> {
    try {
      const response = await fetch(url, { method: 'DELETE', headers: headers(), keepalive: true })
      await response.text()
      if (response.ok) {
        sync = { account, version: null, dirty: false, at: 0 }
        if (hooks.local()) await del(syncKey(formId), store)
      }
    } catch {
      // Offline: the mark stays, and the next opening tells the account.
    }
  }

  /** The account's copy: the draft, null when there is none, undefined when it cannot be known now. */
  async function fetchDraft(): Promise<Borrador | null | undefined> {
    try {
      const response = await fetch(url, { headers: headers() })
      if (response.status === 404) {
        await response.text()
        return null
      }
      if (!response.ok) {
        await response.text()
        return undefined
      }
      return (await response.json()) as Borrador
    } catch {
      return undefined
    }
  }

  /** The newer of the device's copy and the account's wins. */
  async function open(): Promise<void> {
    const user = await signedInUser(navigator.onLine ? WHO_WAIT_MS : 0)
    if (user?.kind !== 'citizen') {
      stopped = true
      return
    }
    account = user.id
    sync = { account, version: null, dirty: false, at: 0 }
    const [stored, remote] = await Promise.all([
      hooks.local() ? get<Sync>(syncKey(formId), store).catch(() => undefined) : undefined,
      fetchDraft(),
    ])
    // Sent or discarded while this was asked: nothing to weigh (discarded() tells the account).
    if (gone) return
    // Another account's copy on this device is never sent to this one, nor shown to this citizen.
    const own = stored?.account === account ? stored : undefined
    if (own) sync = own
    else if (stored && !hooks.edited()) hooks.apply({})
    // Typed since the form opened: a change of this device's.
    if (hooks.edited() && begun()) sync = { ...sync, dirty: true, at: Date.now(), discarded: false }
    if (remote === undefined) {
      if (sync.dirty) schedule(SAVE_AFTER_MS)
      return
    }
    if (sync.discarded) {
      // Sent here, discarded here; unless another device saved it since, the account forgets it too.
      if (remote && remote.version !== sync.version) return take(remote)
      return tellDiscarded()
    }
    if (remote === null) {
      if (sync.dirty) return void save()
      // Sent or discarded on another device: this device's copy goes too, unless typed on since.
      if (sync.version !== null && !hooks.edited()) hooks.apply({})
      if (own || stored) remember({ account, version: null, dirty: false, at: 0 })
      return
    }
    const theirs = remote.version !== sync.version
    const newer = Date.parse(remote.updatedAt) >= sync.at
    if (!begun() || (!own && !hooks.edited()) || (theirs && (!sync.dirty || newer))) return take(remote)
    if (sync.dirty) return void save()
  }

  function take(remote: Borrador) {
    hooks.apply(remote.respuestas)
    remember({ account, version: remote.version, dirty: false, at: Date.parse(remote.updatedAt) })
  }

  const opened = open()
  const flush = () => {
    if (timer !== undefined) void save(true)
  }
  addEventListener('pagehide', flush)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush()
  })
  addEventListener('online', () => {
    if (sync.dirty) void save()
  })

  return {
    opened,
    changed() {
      gone = false
      remember({ ...sync, dirty: true, at: Date.now(), discarded: false })
      if (!sending) schedule(SAVE_AFTER_MS)
    },
    discarded() {
      gone = true
      clearTimeout(timer)
      timer = undefined
      remember({ ...sync, dirty: false, discarded: true })
      void Promise.all([opened, inflight]).then(tellDiscarded)
    },
    setShared(on) {
      if (on) {
        void del(syncKey(formId), store).catch(() => undefined)
        // On the account now, not in a second or two: the device keeps nothing.
        if (sync.dirty) void save()
      } else remember(sync)
    },
  }
}
