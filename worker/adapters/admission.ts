import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { negotiateLocale } from '../context.ts'
import { catalog } from '../i18n/index.ts'

export interface AdmissionLimits {
  /** API requests served at once; past it a new one is shed (0: no limit). */
  maxInFlight: number
  /** How late the event loop may run before new API requests are shed (0: no limit). */
  maxLagMs: number
}

/**
 * The embedded default's limits (environment variables, overridable): past 32 API requests at
 * once (about 30 ms of work queued), or with the event loop 200 ms late — the process out of CPU
 * or stuck, not a busy moment (a machine that also runs a browser lags 100 ms now and then) —
 * shed load with 503 at once. `npm run bench -- spike` offers twice the capacity.
 */
export const NODE_ADMISSION = { MAX_IN_FLIGHT: '32', MAX_EVENT_LOOP_LAG_MS: '200' }

/** How often the event loop's delay is sampled. */
const SAMPLE_MS = 10

/**
 * Answers `503 unavailable` with `Retry-After: 1`, in the one error shape and the caller's
 * language, straight on the socket: no routing, no session, no body read.
 */
function shed(request: IncomingMessage, response: ServerResponse): void {
  const locale = negotiateLocale(
    /[?&]lang=([a-z]{2})\b/.exec(request.url ?? '')?.[1],
    /(?:^|;\s*)lang=([a-z]{2})\b/.exec(request.headers.cookie ?? '')?.[1],
    request.headers['accept-language'],
  )
  const requestId = crypto.randomUUID()
  const body = JSON.stringify({
    status: 503,
    code: 'unavailable',
    message: catalog(locale).errors.unavailable,
    requestId,
  })
  response.writeHead(503, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'Retry-After': '1',
    'X-Content-Type-Options': 'nosniff',
    'X-Request-Id': requestId,
  })
  response.end(body)
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
 * @example
 * createServer(admissionControl({ maxInFlight: 32, maxLagMs: 200 }, getRequestListener(app.fetch)))
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
  return (request, response) => {
    if (!request.url?.startsWith('/api/')) return listener(request, response)
    const full = limits.maxInFlight > 0 && inFlight >= limits.maxInFlight
    if (full || (limits.maxLagMs > 0 && lag() > limits.maxLagMs)) return shed(request, response)
    inFlight += 1
    response.once('close', () => {
      inFlight -= 1
    })
    return listener(request, response)
  }
}
