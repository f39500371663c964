/**
 * The upload client (decision 0030): sends a file to `/api/archivos` in parts, and resumes where
 * the server says it stands after a dropped connection — a 20 MB video on a train is not sent
 * again from the start. No framework: the page, the service worker (the outbox's replays) and the
 * bench run it alike.
 */
import { OFFSET_HEADER, PARTE_CONTENT_TYPE, PARTE_MAX, PARTE_MIN } from '../../worker/archivos/limites.ts'
import type { ArchivoView } from '../../worker/archivos/schema.ts'
import type { ErrorBody } from '../../worker/errors.ts'
import { isTransient } from '../offline/transitorio.ts'

/**
 * What is sent: a `Blob` is one, or anything that makes the bytes of a range when asked (a
 * tipster's file is encrypted part by part as it is sent: web/informacion/archivos-cifrado.ts).
 */
export interface Fuente {
  size: number
  slice(start: number, end: number): Blob | Promise<Blob>
}

/** What became of an upload: whole on the server, refused for good, or stopped for now. */
export type Resultado<V extends Estado = ArchivoView> =
  | { kind: 'done'; view: V }
  /** The server will never take it as it is (its type, its size), or wants a sign-in (401). */
  | { kind: 'refused'; status: number; error: ErrorBody | null }
  /** The link failed `intentos` times in a row, or the caller stopped it: resume later. */
  | { kind: 'interrupted' }

/** What every upload's state says, whoever's it is. */
export interface Estado {
  id: string
  recibidos: number
  completo: boolean
}

export interface Opciones {
  /** The portal's origin (the page's own, in a browser). */
  origin: string
  /**
   * The uploads' path: `/api/archivos` (a citizen's, the default) or `/api/informacion/archivos`
   * (a tipster's, begun in a batch beforehand: pass its `id`, and its bearer token in `headers`).
   */
  ruta?: string
  /** Whether cookies go with the requests: a tipster's never do ('omit'). */
  credentials?: RequestCredentials
  /** Sent with every request (`Outbox-Owner`; a cookie outside a browser). */
  headers?: Record<string, string>
  /** The language of the server's messages. */
  lang?: string
  /** The upload's id, as soon as the server gives one: keep it, and pass it back to resume. */
  onId?: (id: string) => void | Promise<void>
  /** Bytes the server holds, after each part. */
  onProgress?: (recibidos: number) => void
  /** Every part sent, whole or cut: its length (what a bad link costs is counted from these). */
  onPart?: (length: number, stored: boolean) => void
  /** Failures in a row before giving up for now (default: never). */
  intentos?: number
  signal?: AbortSignal
}

/** How long a part may take (the server's own deadline is 30 s on Node). */
const PART_TIMEOUT_MS = 45_000
/** A part should take about this long: short enough that a cut costs little, long enough to pay its request. */
const PART_TARGET_MS = 4_000
const FIRST_PART = 4 * PARTE_MIN
const BACKOFF_MIN_MS = 1_000
const BACKOFF_MAX_MS = 30_000

/** A failure to retry: no answer, or one that says "later" (5xx, 408, 429). */
class Transient extends Error {
  readonly retryAfterMs: number | undefined
  constructor(retryAfterMs?: number) {
    super('transient')
    this.retryAfterMs = retryAfterMs
  }
}

/** A part's size for the next attempt: about {@link PART_TARGET_MS} of the link's pace, in 64 KiB steps. */
function nextSize(size: number, bytes: number, elapsedMs: number): number {
  const paced = (bytes / Math.max(elapsedMs, 1)) * PART_TARGET_MS
  const stepped = Math.floor(Math.min(paced, size * 2) / PARTE_MIN) * PARTE_MIN
  return Math.min(PARTE_MAX, Math.max(PARTE_MIN, stepped))
}

/** Waits `ms`, or less if the caller stops. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** A signal that aborts with the caller's or after `ms`. */
function bounded(signal: AbortSignal | undefined, ms: number): AbortSignal {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), ms)
  signal?.addEventListener('abort', () => controller.abort())
  controller.signal.addEventListener('abort', () => clearTimeout(timer))
  return controller.signal
}

async function errorOf(response: Response): Promise<ErrorBody | null> {
  try {
    return (await response.json()) as ErrorBody
  } catch {
    return null
  }
}

/**
 * Sends `blob` to the caller's upload `id` (or begins one, once, under the key `clave`), and
 * resumes after every failure where the server says the upload stands, backing off (1 s to 30 s,
 * or as `Retry-After` says) and halving the part size; on a good link the parts grow to 4 MiB.
 * An upload the server forgot (a day without a part) is begun again.
 *
 * @example
 * const result = await subirArchivo(file, file.name, { clave: crypto.randomUUID() }, { origin: location.origin })
 * if (result.kind === 'done') body.archivos.push(result.view.id)
 */
export async function subirArchivo<V extends Estado = ArchivoView>(
  blob: Fuente,
  nombre: string,
  subida: { id?: string; clave?: string },
  opciones: Opciones,
): Promise<Resultado<V>> {
  const { signal } = opciones
  const ruta = opciones.ruta ?? '/api/archivos'
  const url = (path: string) => {
    const target = new URL(path, opciones.origin)
    if (opciones.lang) target.searchParams.set('lang', opciones.lang)
    return target.toString()
  }
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(url(path), {
        ...init,
        credentials: opciones.credentials ?? 'same-origin',
        cache: 'no-store',
        headers: { accept: 'application/json', ...opciones.headers, ...init.headers },
        signal: bounded(signal, PART_TIMEOUT_MS),
      })
    } catch {
      throw new Transient()
    }
  }
  const transientOf = (response: Response) => {
    const seconds = Number(response.headers.get('retry-after'))
    return new Transient(Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined)
  }

  let id = subida.id
  let key = subida.clave
  let offset: number | undefined
  let size = FIRST_PART
  let failures = 0
  let backoff = BACKOFF_MIN_MS

  /** One step: begin, ask where it stands, or send a part. Returns a result when there is one. */
  const step = async (): Promise<Resultado<V> | undefined> => {
    if (id === undefined) {
      // An upload begun elsewhere (a tipster's batch) cannot be begun again here.
      if (key === undefined) return { kind: 'refused', status: 404, error: null }
      const response = await send(ruta, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ nombre, bytes: blob.size }),
      })
      if (isTransient(response.status)) throw transientOf(response)
      if (response.status !== 201 && response.status !== 200)
        return { kind: 'refused', status: response.status, error: await errorOf(response) }
      const view = (await response.json()) as V
      id = view.id
      offset = view.recibidos
      await opciones.onId?.(id)
      return undefined
    }
    // Where it stands is unknown, or says it is all there: the server says which.
    if (offset === undefined || offset >= blob.size) {
      const response = await send(`${ruta}/${id}`, { method: 'GET' })
      if (response.status === 404) return forgotten()
      if (isTransient(response.status)) throw transientOf(response)
      if (!response.ok) return { kind: 'refused', status: response.status, error: await errorOf(response) }
      const view = (await response.json()) as V
      if (view.completo) return { kind: 'done', view }
      // All there and not whole cannot be (the last part seals it): not this file's upload.
      if (view.recibidos >= blob.size) return { kind: 'refused', status: 409, error: null }
      offset = view.recibidos
      return undefined
    }
    const end = Math.min(blob.size, offset + size)
    const started = Date.now()
    const from = offset
    // Unknown until the server answers: a cut part may or may not have been kept.
    offset = undefined
    let response: Response
    try {
      const body = await blob.slice(from, end)
      response = await send(`${ruta}/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': PARTE_CONTENT_TYPE, [OFFSET_HEADER]: String(from) },
        body,
      })
    } catch (error) {
      opciones.onPart?.(end - from, false)
      throw error
    }
    opciones.onPart?.(end - from, response.ok)
    if (response.status === 404) return forgotten()
    if (response.status === 409) {
      const told = Number(response.headers.get(OFFSET_HEADER))
      offset = Number.isSafeInteger(told) ? told : undefined
      return undefined
    }
    if (isTransient(response.status)) throw transientOf(response)
    if (!response.ok) return { kind: 'refused', status: response.status, error: await errorOf(response) }
    const view = (await response.json()) as V
    opciones.onProgress?.(view.recibidos)
    if (view.completo) return { kind: 'done', view }
    offset = view.recibidos
    size = nextSize(size, end - from, Date.now() - started)
    return undefined
  }
  /** The server no longer has it: begin again, under a new key (the old one answers with the old id). */
  const forgotten = () => {
    id = undefined
    key = subida.clave === undefined ? undefined : `${subida.clave}:${crypto.randomUUID()}`
    offset = undefined
    return undefined
  }

  for (;;) {
    if (signal?.aborted) return { kind: 'interrupted' }
    try {
      const result = await step()
      if (result) return result
      failures = 0
      backoff = BACKOFF_MIN_MS
    } catch (error) {
      if (!(error instanceof Transient)) throw error
      failures += 1
      if (failures >= (opciones.intentos ?? Number.POSITIVE_INFINITY)) return { kind: 'interrupted' }
      size = Math.max(PARTE_MIN, Math.floor(size / 2 / PARTE_MIN) * PARTE_MIN)
      const jitter = 0.8 + Math.random() * 0.4
      await sleep(error.retryAfterMs ?? backoff * jitter, signal)
      backoff = Math.min(BACKOFF_MAX_MS, backoff * 2)
    }
  }
}
