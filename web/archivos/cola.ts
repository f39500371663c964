/**
 * The outbox's side of files (web/offline/outbox.ts loads it only to replay an item that carries
 * files not yet uploaded, on a page or in the service worker): each file's bytes from the device,
 * uploaded where the server says it stands, its progress saved in the item as it goes, and once
 * all are whole their ids in the item's body — which is then sent like any other, with its
 * Idempotency-Key.
 */
import type { OutboxFile, OutboxItem } from '../offline/outbox.ts'
import { leerBytes, olvidarSiNingunFormulario } from './almacen.ts'
import { subirArchivo } from './subida.ts'

/**
 * A file whose bytes the device lost (its storage cleared), in the item's language: the one
 * message of this module, kept here rather than loading the component's catalogues with it.
 */
const PERDIDO = {
  es: '«{nombre}» ya no está en este dispositivo: adjúntelo de nuevo al formulario y envíelo otra vez.',
  en: '“{nombre}” is no longer on this device: attach it to the form again and send it once more.',
  ht: '«{nombre}» pa sou aparèy sa a ankò: mete l nan fòmilè a ankò epi voye l ankò.',
}

/** Failures in a row before the replay stops for now (the outbox tries again later, with back-off). */
const INTENTOS = 3

/** The body with each field's uploaded ids, in the order the files were chosen. */
function withIds(item: OutboxItem, files: OutboxFile[]): Record<string, unknown> {
  const body: Record<string, unknown> = { ...item.body }
  for (const field of new Set(files.map((file) => file.field))) {
    body[field] = files.filter((file) => file.field === field).map((file) => file.id)
  }
  return body
}

/**
 * Uploads an item's files that are not whole on the server yet, saving each one's progress in
 * the item (`save`) so that a replay after a closed tab resumes it, and returns the item ready to
 * send (its body with the files' ids). A refusal settles the item as the server's answer to the
 * item would, and returns nothing: rejected with the server's words (a file that is not a photo,
 * PDF or video names the file), or — a 401 for a citizen's item — waiting for its owner to sign
 * in again (decision 0028). A link down after a few tries, or a device that knows it is offline,
 * throws: the replay stops there.
 *
 * @example
 * const ready = await subirArchivosDe(item, (next) => set(next.id, next, store))
 */
export async function subirArchivosDe(
  item: OutboxItem,
  save: (item: OutboxItem) => Promise<unknown>,
): Promise<OutboxItem | undefined> {
  let files = [...(item.files ?? [])]
  const update = async (index: number, change: Partial<OutboxFile>) => {
    files = files.map((file, i) => (i === index ? { ...file, ...change } : file))
    await save({ ...item, files })
  }
  // The device knows it has no network (queued offline, or still down): three tries with their
  // back-off would only keep the citizen waiting on "Enviando…" for seconds.
  if (files.some((file) => !file.done) && self.navigator.onLine === false) throw new Error('offline')
  for (const [index, file] of files.entries()) {
    if (file.done) continue
    const blob = await leerBytes(file.local)
    const result = blob
      ? await subirArchivo(
          blob,
          file.nombre,
          { id: file.id, clave: file.local },
          {
            origin: self.location.origin,
            lang: item.lang,
            headers: item.owner ? { 'outbox-owner': item.owner.id } : {},
            intentos: INTENTOS,
            onId: (id) => update(index, { id }),
          },
        )
      : ({ kind: 'refused', status: 410, error: null } as const)
    // The link stays down: the replay stops here (outbox-client tries again later, with back-off).
    if (result.kind === 'interrupted') throw new Error('the link is down')
    if (result.kind === 'refused') {
      const now = new Date().toISOString()
      const attempt = { ...item, files, attempts: item.attempts + 1, lastAttemptAt: now }
      // As an answer to the item itself would: a 401 of a citizen's item waits for their sign-in.
      const waits = result.status === 401 && item.owner !== undefined
      const body = result.error ?? {
        status: result.status,
        message: PERDIDO[item.lang].replace('{nombre}', file.nombre),
      }
      await save(
        waits
          ? { ...attempt, awaitsSignIn: true }
          : { ...attempt, state: 'rejected', response: { status: result.status, body } },
      )
      return undefined
    }
    await update(index, { id: result.view.id, done: true })
  }
  // Up: the item is an ordinary submission now, the files' ids in its body.
  const ready = { ...item, files: undefined, body: withIds(item, files) }
  await save(ready)
  // Uploaded: the device keeps their bytes only for a form that still lists them.
  await olvidarSiNingunFormulario(files.map((file) => file.local)).catch(() => undefined)
  return ready
}
