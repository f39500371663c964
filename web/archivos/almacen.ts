/**
 * The device's copy of the files a citizen chose (IndexedDB): the bytes, kept while a form lists
 * them or a queued submission still has to upload them — so a form filled offline, a closed tab
 * or a dropped link loses none of them — and each form's list of chosen files, which its draft
 * would otherwise have to hold (drafts hold text). Whichever of the two lets go of a file last
 * forgets its bytes: each writes its own change first, then reads the other's.
 */
import { createStore, del, get, set, values } from 'idb-keyval'

const blobs = createStore('comisaria-archivos', 'blobs')
const listas = createStore('comisaria-archivos-listas', 'listas')

/** A file chosen for a form: its bytes on the device under `local`, its upload on the server once begun. */
export interface ArchivoElegido {
  /** The key of its bytes on the device; also its upload's Idempotency-Key. */
  local: string
  nombre: string
  bytes: number
  /** The upload's id on the server, once begun. */
  id?: string
  /** Whether the server holds it whole (its id then goes in the submission). */
  done?: boolean
}

/**
 * Keeps a file's bytes on the device.
 *
 * @example
 * await guardarBytes(local, file)
 */
export async function guardarBytes(local: string, blob: Blob): Promise<void> {
  await set(local, blob, blobs)
}

/** A kept file's bytes, or undefined if the device no longer has them. */
export async function leerBytes(local: string): Promise<Blob | undefined> {
  return get<Blob>(local, blobs)
}

/**
 * Forgets kept files' bytes (sent, or removed from the form). One `del` at a time: idb-keyval's
 * `delMany` would be pulled into the shell every visitor loads, where its module lives.
 */
export async function olvidarBytes(locals: string[]): Promise<void> {
  for (const local of locals) await del(local, blobs)
}

/**
 * Forgets the bytes of files an outbox item has uploaded, unless a form still lists them (a
 * refusal shown on the form, which the citizen corrects and sends again).
 *
 * @example
 * await olvidarSiNingunFormulario(item.files.map((file) => file.local))
 */
export async function olvidarSiNingunFormulario(locals: string[]): Promise<void> {
  const listed = new Set((await values<ArchivoElegido[]>(listas)).flat().map((file) => file.local))
  await olvidarBytes(locals.filter((local) => !listed.has(local)))
}

/** A form's list of chosen files, as last saved. */
export async function leerLista(formId: string): Promise<ArchivoElegido[]> {
  return (await get<ArchivoElegido[]>(formId, listas)) ?? []
}

/** Saves a form's list of chosen files (or forgets it, empty). */
export async function guardarLista(formId: string, lista: ArchivoElegido[]): Promise<void> {
  if (lista.length === 0) await del(formId, listas)
  else await set(formId, lista, listas)
}
