/**
 * Where a form's chosen files are kept while it is filled in: on the device (IndexedDB,
 * almacen.ts), so that a closed tab or a form sent offline loses none; or, on a shared device
 * (decision 0036), in the page alone — the picker's own `File`s, which the device's storage never
 * sees and which go with the page.
 */
import { listOutbox } from '../offline/outbox.ts'
import {
  type ArchivoElegido,
  guardarBytes,
  guardarLista,
  leerBytes,
  leerLista,
  olvidarBytes,
} from './almacen.ts'

/** A form's place for its files' bytes and its list of them. */
export interface Lugar {
  /** Keeps a file's bytes: in the page on a shared device, else on the device. */
  guardar: (local: string, blob: Blob) => Promise<void>
  leer: (local: string) => Promise<Blob | undefined>
  /** Forgets files' bytes, but those a queued submission still has to upload. */
  olvidar: (locals: string[]) => Promise<void>
  /** The list as the device kept it (on a shared device, what an earlier visit left there: to move into the page). */
  leerLista: () => Promise<ArchivoElegido[]>
  /** Saves the list on the device (not on a shared device). */
  guardarLista: (lista: ArchivoElegido[]) => Promise<void>
  /**
   * The device turned out shared: the bytes it kept of `lista` move into the page (a reference to
   * IndexedDB's copy, which the browser keeps only while the page holds it), and its list and
   * bytes are erased.
   */
  aLaPagina: (lista: ArchivoElegido[]) => Promise<void>
  /** The citizen's own device after all: what the page holds is kept on the device again, with `lista`. */
  alDispositivo: (lista: ArchivoElegido[]) => Promise<void>
  /** Lets go of every file the page holds. */
  vaciar: () => void
}

/**
 * The place of `formId`'s files, following `compartido` (the form's draft's shared flag).
 *
 * @example
 * const lugar = lugarDe('denuncias', draft.shared)
 * await lugar.guardar(local, file)
 */
export function lugarDe(formId: string, compartido: () => boolean): Lugar {
  const memoria = new Map<string, Blob>()
  /** Erases the device's copies, but those a queued submission still has to upload (cola.ts forgets them once up). */
  const delDispositivo = async (locals: string[]) => {
    const pending = (await listOutbox()).filter((item) => item.state === 'pending')
    const needed = new Set(
      pending.flatMap((item) => item.files ?? []).flatMap((f) => (f.done ? [] : [f.local])),
    )
    await olvidarBytes(locals.filter((local) => !needed.has(local)))
  }
  return {
    async guardar(local, blob) {
      if (compartido()) memoria.set(local, blob)
      else await guardarBytes(local, blob)
    },
    async leer(local) {
      return memoria.get(local) ?? (compartido() ? undefined : leerBytes(local))
    },
    async olvidar(locals) {
      for (const local of locals) memoria.delete(local)
      await delDispositivo(locals)
    },
    leerLista: () => leerLista(formId),
    async guardarLista(lista) {
      if (!compartido()) await guardarLista(formId, lista)
    },
    async aLaPagina(lista) {
      for (const file of lista) {
        const blob = file.done || memoria.has(file.local) ? undefined : await leerBytes(file.local)
        if (blob) memoria.set(file.local, blob)
      }
      await guardarLista(formId, [])
      await delDispositivo(lista.map((file) => file.local))
    },
    async alDispositivo(lista) {
      for (const [local, blob] of memoria) await guardarBytes(local, blob)
      memoria.clear()
      await guardarLista(formId, lista)
    },
    vaciar: () => memoria.clear(),
  }
}
