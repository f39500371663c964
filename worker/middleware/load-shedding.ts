import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'

/**
 * Past capacity, answer at once instead of queueing: with `maxInFlight` API requests already
 * being served, a new one gets `503 unavailable` with `Retry-After: 1`, in the one error shape,
 * before it costs a session look-up or a write. The PWA's outbox retries it later; a request
 * left to queue would time out and be retried anyway, having made every other one slower.
 * On Node only: at the edge every request gets its own isolate.
 *
 * @example
 * app.use('/api/*', loadShedding(128))
 */
export function loadShedding(maxInFlight: number): MiddlewareHandler<AppEnv> {
  let inFlight = 0
  return async (_c, next) => {
    if (inFlight >= maxInFlight) throw new AppError('unavailable', { retryAfter: 1 })
    inFlight += 1
    try {
      await next()
    } finally {
      inFlight -= 1
    }
  }
}
