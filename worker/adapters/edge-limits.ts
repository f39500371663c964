import type { DurableObjectNamespace, RateLimit } from '@cloudflare/workers-types'
import { sha256Hex } from '../crypto.ts'
import { AppError } from '../errors.ts'
import {
  type ClientLimit,
  EDGE_CLIENT_PERIOD_S,
  fixedWindows,
  isClientLimit,
  type RateLimiter,
  type Window,
} from '../middleware/rate-limit.ts'
import type { CounterHit } from './limit-counter.ts'

/** The Worker's bindings for rate limits (wrangler.toml: `[[ratelimits]]`, `durable_objects`). */
export interface LimitBindings {
  REGISTER_CLIENT_LIMIT: RateLimit
  LOGIN_CLIENT_LIMIT: RateLimit
  RESET_CLIENT_LIMIT: RateLimit
  STAFF_LOGIN_CLIENT_LIMIT: RateLimit
  STAFF_TOTP_CLIENT_LIMIT: RateLimit
  VERIFY_CLIENT_LIMIT: RateLimit
  /** {@link LimitCounter} objects, one per account bucket. */
  LIMIT_COUNTERS: DurableObjectNamespace
}

/** The binding of each `client` limit. */
export const CLIENT_LIMIT_BINDINGS = {
  'register:client': 'REGISTER_CLIENT_LIMIT',
  'login:client': 'LOGIN_CLIENT_LIMIT',
  'reset:client': 'RESET_CLIENT_LIMIT',
  'staff-login:client': 'STAFF_LOGIN_CLIENT_LIMIT',
  'staff-totp:client': 'STAFF_TOTP_CLIENT_LIMIT',
  'verify:client': 'VERIFY_CLIENT_LIMIT',
} as const satisfies Record<ClientLimit, Exclude<keyof LimitBindings, 'LIMIT_COUNTERS'>>

/** What a caller is told to wait when a limit's own store cannot answer. */
const UNAVAILABLE_RETRY_S = 5

function unavailable(cause: unknown): AppError {
  return new AppError('unavailable', { retryAfter: UNAVAILABLE_RETRY_S, cause })
}

/**
 * Rate limits at the edge, with no database write: a `client` limit asks its Rate Limiting
 * binding (per Cloudflare location, eventually consistent, `max` per 60 s: cheap, local, and
 * loose where looseness is harmless), an `account` limit asks the {@link LimitCounter} of its
 * bucket (exact, fixed windows as on Node). The bucket names the object through its SHA-256: a
 * RUN or an e-mail address is no object's name. A store that cannot answer refuses the attempt
 * (`503 unavailable`): a guard that fails open is no guard.
 *
 * @example
 * const ports = { ...others, limiter: edgeRateLimiter(env) }
 */
export function edgeRateLimiter(env: LimitBindings): RateLimiter {
  const counters = fixedWindows(async ({ bucket, windowMs, max }, start) => {
    const name = await sha256Hex(`limit:${bucket}`)
    const stub = env.LIMIT_COUNTERS.get(env.LIMIT_COUNTERS.idFromName(name))
    const hit: CounterHit = { start, windowMs, max }
    try {
      const response = await stub.fetch('https://limit-counter/', {
        method: 'POST',
        body: JSON.stringify(hit),
      })
      if (!response.ok) throw new Error(`limit counter answered ${response.status}`)
      return (await response.json()) as Window
    } catch (error) {
      throw unavailable(error)
    }
  })
  return {
    async count(limit, now) {
      if (!isClientLimit(limit.name)) return counters.count(limit, now)
      const binding = env[CLIENT_LIMIT_BINDINGS[limit.name]]
      let success: boolean
      try {
        ;({ success } = await binding.limit({ key: limit.bucket }))
      } catch (error) {
        throw unavailable(error)
      }
      // The binding does not say when its period ends: at most one period away.
      return success ? { admitted: true } : { admitted: false, retryAfterMs: EDGE_CLIENT_PERIOD_S * 1000 }
    },
  }
}
