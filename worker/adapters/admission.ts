import type { RequestListener } from 'node:http'
import { tryDecodeURI } from 'hono/utils/url'
import { esEnvioDeParte } from '../archivos/limites.ts'
import { readBodyFirst } from './body-first.ts'
import { answerEarly } from './early-answer.ts'

export interface AdmissionLimits {
  /** API requests served at once; past it a new one is shed (0: no limit). */
  maxInFlight: number
  /** How late the event loop may run before new API requests are shed (0: no limit). */
  maxLagMs: number
  /** The largest body an API request may have; it is read whole before the request counts. */
  maxBodyBytes: number
}

/**
 * The embedded default's limits (environment variables, overridable): past 32 API requests at
 * once (about 30 ms of work queued), or with the event loop 200 ms late — the process out of CPU
 * or stuck, not a busy moment (a machine that also runs a browser lags 100 ms now and then) —
 * shed load with 503 at once. `npm run bench -- spike` offers twice the capacity.
 */
export const NODE_ADMISSION = { MAX_IN_FLIGHT: '32', MAX_EVENT_LOOP_LAG_MS: '200' }

/**
 * Parts of files streamed at once (`PATCH /api/archivos/:id`, worker/archivos): past it a part is
 * answered 503 and its sender retries after `Retry-After`. Each holds a socket and a few 64 KiB
 * chunks for as long as its body takes (the request deadline bounds it), never a place among
 * `maxInFlight`: sixteen slow uploads must not turn away every form.
 */
export const MAX_PARTS_IN_FLIGHT = 16

/** How often the event loop's delay is sampled. */
const SAMPLE_MS = 10

/**
 * Whether the app will route a request target to the API. Most targets are plain paths and are
 * what they say; one with percent-encoding, dot segments, a backslash or in absolute form
 * (`/%61pi/…`, `/./api/…`, `http://host/api/…`) reaches the same routes once @hono/node-server
 * and hono have normalised and decoded it, so it is read the same way here — else it would pass
 * admission control uncounted.
 */
function routedToApi(target: string): boolean {
  if (target.startsWith('/api/')) return true
  if (target.startsWith('/') && !/[%\\]|\/\./.test(target)) return false
  try {
    const { pathname } = new URL(target.startsWith('/') ? `http://host${target}` : target)
    return tryDecodeURI(pathname).startsWith('/api/')
  } catch {
    // Not a URL: @hono/node-server answers it 400 without routing it.
    return false
  }
}

/**
 * Admission control in front of the app on Node. Past capacity a request is cheaper to refuse
 * the earlier it is refused: the hono app costs about a millisecond of CPU per request, this
 * answer a few tens of microseconds. An API request is shed when `maxInFlight` are already being
 * served (the queue of writes is full), or when the event loop runs more than `maxLagMs` late —
 * the process is out of CPU and requests wait before any code of ours sees them, so admitting
 * more would only make every answer slower. The PWA's outbox retries after `Retry-After`; the
 * pages, scripts and keys are always served.
 *
 * A request counts only once its body has arrived (`readBodyFirst`): one still being sent costs
 * us a socket and a buffer, not a place, and the server's deadlines end it if it never finishes
 * (docs/decisions/0016-slow-clients.md). A file's part is the exception: it streams to the file
 * store as it arrives, counted among {@link MAX_PARTS_IN_FLIGHT} instead (decision 0030).
 *
 * @example
 * const limits = { maxInFlight: 32, maxLagMs: 200, maxBodyBytes: MAX_JSON_BODY }
 * createServer(admissionControl(limits, getRequestListener(app.fetch)))
 */
export function admissionControl(limits: AdmissionLimits, listener: RequestListener): RequestListener {
  let inFlight = 0
  let sampled = 0
  let due = performance.now() + SAMPLE_MS
  if (limits.maxLagMs > 0) {
    setInterval(() => {
      const now = performance.now()
      sampled = Math.max(0, now - due)
      due = now + SAMPLE_MS
    }, SAMPLE_MS).unref()
  }
  /** The last sample, or more if the next one is overdue already (the loop is stuck right now). */
  const lag = () => Math.max(sampled, performance.now() - due)
  const overloaded = () =>
    (limits.maxInFlight > 0 && inFlight >= limits.maxInFlight) ||
    (limits.maxLagMs > 0 && lag() > limits.maxLagMs)
  let parts = 0
  return (request, response) => {
    if (!routedToApi(request.url ?? '')) return listener(request, response)
    // Already full: refused before a byte of its body is read, the cheapest answer there is.
    if (overloaded()) return answerEarly(request, response, 'unavailable')
    if (esEnvioDeParte(request.method, request.url)) {
      // A file's part streams to the file store as it arrives: its body is not read first.
      if (parts >= MAX_PARTS_IN_FLIGHT) return answerEarly(request, response, 'unavailable')
      parts += 1
      response.once('close', () => {
        parts -= 1
      })
      return listener(request, response)
    }
    readBodyFirst(request, response, limits.maxBodyBytes, () => {
      if (overloaded()) return answerEarly(request, response, 'unavailable')
      inFlight += 1
      response.once('close', () => {
        inFlight -= 1
      })
      listener(request, response)
    })
  }
}
