/*
 * The book's reads: plain GETs that the browser's HTTP cache, the edge and the service worker may
 * answer (decision 0069: network first, the device's copy when there is no network). Not
 * components/screen.tsx's `api()`, which asks `no-store`.
 */

/** What a read found: the body, nothing there (404), or no answer at all. */
export type Lectura<T> =
  | { kind: 'ok'; body: T; guardada: boolean }
  | { kind: 'no-existe' }
  | { kind: 'sin-red' }

/** The service worker marks an answer it gave from the device's copy (web/sw.ts). */
export const COPIA_GUARDADA = 'x-copia-guardada'

/**
 * Reads one of the book's public JSON answers. Never throws.
 *
 * @example
 * const lectura = await leer<{ items: MemorialResumen[] }>(MEMORIALES_URL)
 */
export async function leer<T>(url: string): Promise<Lectura<T>> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    if (response.status === 404) return { kind: 'no-existe' }
    if (!response.ok) return { kind: 'sin-red' }
    const body = (await response.json()) as T
    return { kind: 'ok', body, guardada: response.headers.get(COPIA_GUARDADA) === '1' }
  } catch {
    return { kind: 'sin-red' }
  }
}
