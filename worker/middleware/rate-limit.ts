import { sql } from 'drizzle-orm'
import { rateLimits } from '../../db/schema/index.ts'
import { clientAddress } from '../client-address.ts'
import type { AppContext } from '../context.ts'
import { sha256Hex } from '../crypto.ts'
import { AppError } from '../errors.ts'
import type { Database } from '../ports.ts'

const MINUTE = 60_000

/**
 * Whose attempts a limit counts. `client`: a network address, a throttle against floods (one
 * address is often a carrier NAT with thousands of citizens behind it); approximate at the edge.
 * `account`: one RUN, e-mail or staff user name, the guard of a secret (password guessing, mail
 * bombing one address); exact on both runtimes (docs/decisions/0022).
 */
export type LimitScope = 'client' | 'account'

/** At most `max` attempts in each fixed window of `windowMs`. */
export interface LimitRule {
  scope: LimitScope
  max: number
  windowMs: number
}

/**
 * Every rate limit of the portal, in one place. At the edge each `client` limit is a Rate
 * Limiting binding of its own (wrangler.toml: `max` per 60 s, see {@link EDGE_CLIENT_PERIOD_S};
 * tests/unit/wrangler-config.test.ts holds the two together) and each `account` limit a counter
 * in a Durable Object.
 */
export const LIMITS = {
  'register:client': { scope: 'client', max: 10, windowMs: 60 * MINUTE },
  'login:client': { scope: 'client', max: 30, windowMs: 15 * MINUTE },
  'login:run': { scope: 'account', max: 5, windowMs: 15 * MINUTE },
  'reset:client': { scope: 'client', max: 10, windowMs: 60 * MINUTE },
  'reset:email': { scope: 'account', max: 3, windowMs: 60 * MINUTE },
  'staff-login:client': { scope: 'client', max: 30, windowMs: 15 * MINUTE },
  'staff-login:user': { scope: 'account', max: 5, windowMs: 15 * MINUTE },
  'staff-totp:client': { scope: 'client', max: 30, windowMs: 15 * MINUTE },
  'verify:client': { scope: 'client', max: 120, windowMs: MINUTE },
  // A draft is saved a second or two after the citizen stops typing (decision 0034): a person
  // never needs one a second; a device stuck in a loop gets no more.
  'borradores:cuenta': { scope: 'account', max: 60, windowMs: MINUTE },
  // Uploads begun per citizen: ten files a report, a few reports, retries of files a link lost.
  'archivos:user': { scope: 'account', max: 60, windowMs: 60 * MINUTE },
} as const satisfies Record<string, LimitRule>

/**
 * The period of every `client` limit's binding at the edge: the binding knows only 10 or 60 s,
 * so there a client gets in each minute what Node grants it in the whole window.
 */
export const EDGE_CLIENT_PERIOD_S = 60

export type LimitName = keyof typeof LIMITS
/** The limits that count a network address. */
export type ClientLimit = {
  [K in LimitName]: (typeof LIMITS)[K]['scope'] extends 'client' ? K : never
}[LimitName]
/** The limits that count an account (a RUN, an e-mail, a staff user name). */
export type AccountLimit = Exclude<LimitName, ClientLimit>

/**
 * Whether a limit counts a network address.
 *
 * @example
 * isClientLimit('login:client') // true
 */
export function isClientLimit(name: LimitName): name is ClientLimit {
  return LIMITS[name].scope === 'client'
}

/** One attempt to count: under which limit, in which bucket (the limit's name and whose). */
export interface Limit extends LimitRule {
  name: LimitName
  /** What is counted, e.g. `login:run:44444444-4`. */
  bucket: string
}

/** Whether an attempt is admitted, and if not, how long until one would be. */
export type Verdict = { admitted: true } | { admitted: false; retryAfterMs: number }

/**
 * Counts attempts. Node: in memory ({@link memoryRateLimiter}); the edge: a Rate Limiting binding
 * for `client` limits and a Durable Object for `account` limits (worker/adapters/edge-limits.ts).
 * No database write either way.
 */
export interface RateLimiter {
  /** Counts one attempt at `now` (ms since the epoch) and says whether it is admitted. */
  count(limit: Limit, now: number): Promise<Verdict>
}

/** A fixed window of a bucket and the attempts counted in it. */
export interface Window {
  start: number
  count: number
}

/**
 * The window after one more attempt in the window starting at `start`: a later window starts
 * again from one; an attempt stamped with an earlier window (a clock a little behind) counts in
 * the later one, so a skewed clock never earns anyone a fresh window.
 *
 * @example
 * countAttempt({ start: 0, count: 2 }, 0) // { start: 0, count: 3 }
 * countAttempt({ start: 0, count: 2 }, 60_000) // { start: 60000, count: 1 }
 */
export function countAttempt(window: Window | undefined, start: number): Window {
  if (!window || start > window.start) return { start, count: 1 }
  return { start: window.start, count: window.count + 1 }
}

const ADMITTED: Verdict = { admitted: true }

/**
 * The verdict of fixed windows, from a counter that takes one attempt in the limit's bucket, in
 * the window starting at `start`, and returns that window: exact (memory on Node, a Durable
 * Object at the edge).
 *
 * @example
 * const limiter = fixedWindows(async (limit, start) => counters.add(limit.bucket, start))
 */
export function fixedWindows(hit: (limit: Limit, start: number) => Promise<Window>): RateLimiter {
  return {
    async count(limit, now) {
      const window = await hit(limit, Math.floor(now / limit.windowMs) * limit.windowMs)
      if (window.count <= limit.max) return ADMITTED
      return { admitted: false, retryAfterMs: Math.max(0, window.start + limit.windowMs - now) }
    },
  }
}

/**
 * Counters in memory, for the embedded default's one process: a hit costs no write (a durable
 * one on every public verification was the price before). A restart forgets the counts, as a
 * window's end would; windows long gone are swept as the map grows.
 *
 * @example
 * const ports = { ...others, limiter: memoryRateLimiter() }
 */
export function memoryRateLimiter(): RateLimiter {
  const windows = new Map<string, Window & { end: number }>()
  let sweepAt = 10_000
  return fixedWindows(async ({ bucket, windowMs }, start) => {
    const before = windows.get(bucket)
    const counted = countAttempt(before, start)
    const window = { ...counted, end: counted.start + windowMs }
    windows.set(bucket, window)
    if (!before && windows.size >= sweepAt) {
      for (const [key, { end }] of windows) if (end <= start) windows.delete(key)
      sweepAt = Math.max(10_000, windows.size * 2)
    }
    return window
  })
}

/**
 * Counters in the database, one statement a hit (safe under concurrency): for Node servers that
 * share one database (decision 0021), where the next attempt may reach another server. Exact.
 *
 * @example
 * const ports = { ...others, limiter: databaseRateLimiter(db) }
 */
export function databaseRateLimiter(db: Database): RateLimiter {
  return fixedWindows(async ({ bucket }, start) => {
    const [row] = await db
      .insert(rateLimits)
      .values({ bucket, windowStart: start, count: 1 })
      .onConflictDoUpdate({
        target: rateLimits.bucket,
        set: {
          count: sql`case when ${rateLimits.windowStart} >= ${start} then ${rateLimits.count} + 1 else 1 end`,
          windowStart: sql`max(${rateLimits.windowStart}, ${start})`,
        },
      })
      .returning({ start: rateLimits.windowStart, count: rateLimits.count })
    return row ?? { start, count: 1 }
  })
}

/** Deletes database counters of windows long gone (maintenance). */
export async function purgeRateLimits(db: Database, now: Date): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(sql`${rateLimits.windowStart} < ${now.getTime() - 24 * 60 * 60_000}`)
  return gone.rowsAffected
}

/**
 * The caller's network address (see `clientAddress`), hashed: rate limits need to tell clients
 * apart, nothing needs to know who they are.
 */
async function clientKey(c: AppContext): Promise<string> {
  return (await sha256Hex(`client:${clientAddress(c)}`)).slice(0, 32)
}

/**
 * Counts one attempt under the named limit — the caller's network address for a `client` limit,
 * the given account for an `account` one — and throws `rate_limited` with `Retry-After` once
 * the window is full.
 *
 * @example
 * await consume(c, 'login:client')
 * await consume(c, 'login:run', input.run)
 */
export async function consume(c: AppContext, name: ClientLimit): Promise<void>
export async function consume(c: AppContext, name: AccountLimit, account: string): Promise<void>
export async function consume(c: AppContext, name: LimitName, account?: string): Promise<void> {
  const { limiter, clock, config } = c.var.ports
  if (!config.rateLimits) return
  const whose = isClientLimit(name) ? await clientKey(c) : account
  const limit: Limit = { ...LIMITS[name], name, bucket: `${name}:${whose}` }
  const verdict = await limiter.count(limit, clock.now().getTime())
  if (!verdict.admitted) {
    throw new AppError('rate_limited', { retryAfter: Math.max(1, Math.ceil(verdict.retryAfterMs / 1000)) })
  }
}
