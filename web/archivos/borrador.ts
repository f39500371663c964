/**
 * A form's chosen files as its draft carries them (decision 0036): the files whole on the server
 * — their upload's id, name and size, never their bytes —, as JSON in one of the draft's answers.
 * The draft kit keeps that answer where it keeps the others: on the device and on the account, or,
 * on a shared device, in the page and on the account only. So a report begun on a library's
 * computer continues, evidence included, on the citizen's own phone.
 */
import type { Accessor } from 'solid-js'
import type { Draft } from '../offline/draft.ts'
import type { ArchivoElegido } from './almacen.ts'

/** What the files need of the form's draft. */
export interface ListaEnBorrador {
  /** Whether the device is shared: the files' bytes then stay in this page's memory. Reactive. */
  shared: Accessor<boolean>
  /** The answer holding the list, as the draft has it ('' when never written). Reactive. */
  valor: Accessor<string>
  /** Writes the answer (a change of the citizen's: the draft saves it). */
  escribir: (valor: string) => void
  /** Whether the draft has read its stored copies (the device's, the account's). Reactive. */
  loaded: Accessor<boolean>
}

/**
 * The files' side of a form's draft: its `field` answer holds the list, its shared flag says
 * where the bytes may be kept.
 *
 * @example
 * export const evidencia = createArchivos('denuncias', enBorrador(draft, 'archivos'))
 */
export function enBorrador<T extends Record<string, string>, K extends keyof T & string>(
  draft: Draft<T>,
  field: K,
): ListaEnBorrador {
  return {
    shared: draft.shared,
    valor: () => draft.values()[field] ?? '',
    escribir: (valor) => draft.update(field, valor as T[K]),
    loaded: draft.loaded,
  }
}

/** One file of the list as the draft keeps it. */
interface EnBorrador {
  id: string
  nombre: string
  bytes: number
}

/**
 * The answer's text for a list: only the files whole on the server (a file still on its way means
 * nothing on another device, nor after this page is gone).
 *
 * @example
 * valorDe([{ local: 'k', nombre: 'foto.jpg', bytes: 1200, id: 'A1', done: true }]) // '[{"id":"A1","nombre":"foto.jpg","bytes":1200}]'
 */
export function valorDe(lista: readonly ArchivoElegido[]): string {
  const whole: EnBorrador[] = lista.flatMap((file) =>
    file.done && file.id ? [{ id: file.id, nombre: file.nombre, bytes: file.bytes }] : [],
  )
  return JSON.stringify(whole)
}

/**
 * The files an answer lists, whole on the server; nothing from an answer never written or not a
 * list (a draft from before, or altered). Each gets a device key of its own (`local`).
 *
 * @example
 * listaDe('[{"id":"A1","nombre":"foto.jpg","bytes":1200}]') // [{ local: '…', id: 'A1', nombre: 'foto.jpg', bytes: 1200, done: true }]
 */
export function listaDe(valor: string): (ArchivoElegido & { id: string })[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(valor)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((entry: Partial<EnBorrador> | null) =>
    typeof entry?.id === 'string' && typeof entry.nombre === 'string' && typeof entry.bytes === 'number'
      ? [{ local: crypto.randomUUID(), id: entry.id, nombre: entry.nombre, bytes: entry.bytes, done: true }]
      : [],
  )
}
