/**
 * Form drafts in IndexedDB: saved on every change, so closing the tab, losing the network or
 * accepting an update loses nothing; restored when the form is opened again; discarded once the
 * submission is in the outbox (which then holds the data). For a signed-in citizen, the forms of
 * `FORMULARIOS_CON_BORRADOR` are also kept on the account (draft-server.ts, decision 0034): a form
 * begun on the phone continues on the laptop, and on a shared device (`setShared(true)`) the
 * answers stay in the page and on the server only.
 */
import { createStore, del, get, set } from 'idb-keyval'
import { type Accessor, createSignal } from 'solid-js'
import { conBorrador } from '../../worker/borradores/formularios.ts'
import { me } from '../cuenta/session.ts'
import type { ServerDraft } from './draft-server.ts'

const store = createStore('comisaria-drafts', 'drafts')
// The live draft of each form, so a correction restored from the outbox reaches open pages.
const live = new Map<string, (values: Record<string, string>) => void>()

/** How long opening a form waits for the account's copy before it shows the device's. */
const SERVER_WAIT_MS = 3000

export interface Draft<T extends Record<string, string>> {
  /** The answers, reactive. */
  values: Accessor<T>
  /** Resolves once the stored draft (if any) has been read into `values`. */
  ready: Promise<void>
  /** Whether `ready` has resolved, reactive. */
  loaded: () => boolean
  /** Changes one answer and saves the draft. */
  update: <K extends keyof T & string>(field: K, value: T[K]) => void
  /** Replaces all answers (e.g. from a rejected submission) and saves them. */
  replace: (next: T) => void
  /** Forgets the draft, on this device and on the account too. */
  discard: () => Promise<void>
  /** Whether this is a shared device: the answers are kept off its storage. Reactive. */
  shared: Accessor<boolean>
  /**
   * "Estoy en un dispositivo compartido": on, nothing of this form is written to the device's
   * storage and what it held is erased at once (the answers stay in the page, and on the account
   * when signed in); off, the device keeps them again. Lasts as long as the tab.
   */
  setShared: (on: boolean) => void
}

/** What a form may say of its draft besides its empty answers. */
export interface DraftOptions<T> {
  /**
   * Answers the form fills in by itself (the citizen's RUN, a default date): a draft with nothing
   * else is not one the citizen began, and is neither kept on the account nor preferred to it.
   */
  prefilled?: readonly (keyof T & string)[]
}

/** The tab's memory of which forms are on a shared device (the flag alone, no answers). */
const sharedKey = (formId: string) => `borrador-compartido:${formId}`

function sharedFlag(formId: string): boolean {
  try {
    return sessionStorage.getItem(sharedKey(formId)) === '1'
  } catch {
    return false
  }
}

/**
 * One draft per form, shared by all the pages of that form.
 *
 * @example
 * export const draft = createDraft('condolencias', { nombre: '', mensaje: '' })
 * <input value={draft.values().nombre} onInput={(e) => draft.update('nombre', e.currentTarget.value)} />
 */
export function createDraft<T extends Record<string, string>>(
  formId: string,
  empty: T,
  options: DraftOptions<T> = {},
): Draft<T> {
  // A plain signal holding the whole object: forms are small, and solid-js/store would add 3 KB.
  const [values, setValues] = createSignal<T>({ ...empty })
  const [loaded, setLoaded] = createSignal(false)
  const [shared, setSharedSignal] = createSignal(sharedFlag(formId))
  let edited = false
  let server: ServerDraft | undefined
  // Writes are chained so that a slow write never lands after a newer one.
  let writing: Promise<unknown> = Promise.resolve()
  const keep = (write: () => Promise<unknown>) => {
    writing = writing.then(write).catch(() => undefined)
    return writing
  }
  const save = () => {
    const snapshot = values()
    if (!shared()) keep(() => set(formId, snapshot, store))
    server?.changed(snapshot)
  }
  const fromDevice = shared()
    ? Promise.resolve(undefined)
    : get<Partial<T>>(formId, store).then((stored) => {
        // Typing before the read finished wins over the stored copy.
        if (stored && !edited) setValues(() => ({ ...empty, ...stored }))
      })
  // Only where the account may keep it: no other visitor downloads that part.
  const fromAccount = async () => {
    if (!conBorrador(formId) || me() === null) return
    const { connectDraft } = await import('./draft-server.ts')
    server = connectDraft(formId, empty, options.prefilled ?? [], {
      values,
      edited: () => edited,
      local: () => !shared(),
      apply(answers) {
        setValues(() => ({ ...empty, ...answers }))
        if (!shared()) keep(() => set(formId, values(), store))
      },
    })
    await server.opened
  }
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, SERVER_WAIT_MS))
  const ready = fromDevice
    .catch(() => undefined)
    // The account's copy, if it comes in time; a later one still replaces what was not begun.
    .then(() => Promise.race([fromAccount().catch(() => undefined), deadline]))
    .finally(() => setLoaded(true))
  live.set(formId, (next) => {
    edited = true
    setValues(() => ({ ...empty, ...next }))
    save()
  })
  return {
    values,
    ready,
    loaded,
    update(field, value) {
      edited = true
      setValues((current) => ({ ...current, [field]: value }))
      save()
    },
    replace(next) {
      edited = true
      setValues(() => ({ ...next }))
      save()
    },
    async discard() {
      setValues(() => ({ ...empty }))
      server?.discarded()
      await keep(() => del(formId, store))
    },
    shared,
    setShared(on) {
      setSharedSignal(on)
      try {
        if (on) sessionStorage.setItem(sharedKey(formId), '1')
        else sessionStorage.removeItem(sharedKey(formId))
      } catch {
        // Storage disabled: the flag lasts as long as this page.
      }
      server?.setShared(on)
      if (on) keep(() => del(formId, store))
      else save()
    },
  }
}

/**
 * Puts answers back into a form's draft (a rejected submission the user wants to correct), whether
 * or not that form has been opened in this page yet.
 */
export async function restoreDraft(formId: string, values: Record<string, string>): Promise<void> {
  const apply = live.get(formId)
  if (apply) apply(values)
  else await set(formId, values, store)
}
