import { sql } from 'drizzle-orm'
import { rateLimits } from '../../db/schema/index.ts'
import { clientAddress } from '../client-address.ts'
import type { AppContext } from '../context.ts'
import { sha256Hex } from '../crypto.ts'
import { AppError } from '../errors.ts'
import type { Database } from '../ports.ts'

export interface Limit {
  /** What is counted, e.g. `login:run:44444444-4`. */
  bucket: string
  max: number
  windowMs: number
}

/**
 * Counts attempts in fixed windows: `hit` counts one in the bucket's window starting at
 * `windowStart` and returns how many that window holds now.
 */
export interface RateLimiter {
  hit(bucket: string, windowStart: number, windowMs: number): Promise<number>
}

/**
 * Counters in the database, one statement a hit (safe under concurrency on both drivers): at
 * the edge, where every request may run in another isolate, and for Node servers sharing one
 * database (decision 0021), where the next request may reach another server.
 */
export function databaseRateLimiter(db: Database): RateLimiter {
  return {
    async hit(bucket, windowStart) {
      const [row] = await db
        .insert(rateLimits)
        .values({ bucket, windowStart, count: 1 })
        .onConflictDoUpdate({
          target: rateLimits.bucket,
          set: {
            count: sql`case when ${rateLimits.windowStart} = ${windowStart} then ${rateLimits.count} + 1 else 1 end`,
            windowStart,
          },
        })
        .returning({ count: rateLimits.count })
      return row?.count ?? 0
    },
  }
}

/**
 * Counters in memory, for the embedded default's one process: a hit costs no write (a durable
 * one on every public verification was the price before). A restart forgets the counts, as a
 * window's end would; windows long gone are swept as the map grows.
 */
export function memoryRateLimiter(): RateLimiter {
  const windows = new Map<string, { start: number; end: number; count: number }>()
  let sweepAt = 10_000
  return {
    async hit(bucket, windowStart, windowMs) {
      let window = windows.get(bucket)
      if (!window || window.start !== windowStart) {
        window = { start: windowStart, end: windowStart + windowMs, count: 0 }
        windows.set(bucket, window)
        if (windows.size >= sweepAt) {
          for (const [key, { end }] of windows) if (end <= windowStart) windows.delete(key)
          sweepAt = Math.max(10_000, windows.size * 2)
        }
      }
      window.count += 1
      return window.count
    },
  }
}

/**
 * Counts one attempt in a fixed window and throws `rate_limited` with `Retry-After` once the
 * window is full.
 *
 * @example
 * await consume(c, { bucket: `login:run:${run}`, max: 5, windowMs: 15 * 60_000 })
 */
export async function consume(c: AppContext, limit: Limit): Promise<void> {
  const { limiter, clock, config } = c.var.ports
  if (!config.rateLimits) return
  const now = clock.now()
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs
  if ((await limiter.hit(limit.bucket, start, limit.windowMs)) > limit.max) {
    throw new AppError('rate_limited', {
      retryAfter: Math.ceil((start + limit.windowMs - now.getTime()) / 1000),
    })
  }
}

/**
 * The caller's network address (see `clientAddress`), hashed: rate limits need to tell clients
 * apart, nothing needs to know who they are.
 */
export async function clientKey(c: AppContext): Promise<string> {
  return (await sha256Hex(`client:${clientAddress(c)}`)).slice(0, 32)
}

/** Deletes counters of windows long gone (maintenance). */
export async function purgeRateLimits(db: Database, now: Date): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${now.getTime() - 24 * 60 * 60_000}`)
}
