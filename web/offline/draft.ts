/**
 * Form drafts in IndexedDB: saved on every change, so closing the tab, losing the network or
 * accepting an update loses nothing; restored when the form is opened again; discarded once the
 * submission is in the outbox (which then holds the data).
 */
import { createStore, del, get, set } from 'idb-keyval'
import { type Accessor, createSignal } from 'solid-js'

const store = createStore('comisaria-drafts', 'drafts')
// The live draft of each form, so a correction restored from the outbox reaches open pages.
const live = new Map<string, (values: Record<string, string>) => void>()

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
  /** Forgets the draft, on this device too. */
  discard: () => Promise<void>
}

/**
 * One draft per form, shared by all the pages of that form.
 *
 * @example
 * export const draft = createDraft('condolencias', { nombre: '', mensaje: '' })
 * <input value={draft.values().nombre} onInput={(e) => draft.update('nombre', e.currentTarget.value)} />
 */
export function createDraft<T extends Record<string, string>>(formId: string, empty: T): Draft<T> {
  // A plain signal holding the whole object: forms are small, and solid-js/store would add 3 KB.
  const [values, setValues] = createSignal<T>({ ...empty })
  const [loaded, setLoaded] = createSignal(false)
  let edited = false
  // Writes are chained so that a slow write never lands after a newer one.
  let writing: Promise<unknown> = Promise.resolve()
  const save = () => {
    const snapshot = values()
    writing = writing.then(() => set(formId, snapshot, store)).catch(() => undefined)
  }
  const ready = get<Partial<T>>(formId, store)
    .then((stored) => {
      // Typing before the read finished wins over the stored copy.
      if (stored && !edited) setValues(() => ({ ...empty, ...stored }))
    })
    .catch(() => undefined)
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
      await writing
      writing = del(formId, store).catch(() => undefined)
      await writing
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
