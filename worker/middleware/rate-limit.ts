import { sql } from 'drizzle-orm'
import { rateLimits } from '../../db/schema/index.ts'
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
 * Counts one attempt in a fixed window, in one statement (safe under concurrency on both
 * drivers), and throws `rate_limited` with `Retry-After` once the window is full.
 *
 * @example
 * await consume(c, { bucket: `login:run:${run}`, max: 5, windowMs: 15 * 60_000 })
 */
export async function consume(c: AppContext, limit: Limit): Promise<void> {
  const { db, clock, config } = c.var.ports
  if (!config.rateLimits) return
  const now = clock.now()
  const start = Math.floor(now.getTime() / limit.windowMs) * limit.windowMs
  const [row] = await db
    .insert(rateLimits)
    .values({ bucket: limit.bucket, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.bucket,
      set: {
        count: sql`case when ${rateLimits.windowStart} = ${start} then ${rateLimits.count} + 1 else 1 end`,
        windowStart: start,
      },
    })
    .returning({ count: rateLimits.count })
  if ((row?.count ?? 0) > limit.max) {
    throw new AppError('rate_limited', {
      retryAfter: Math.ceil((start + limit.windowMs - now.getTime()) / 1000),
    })
  }
}

/**
 * The caller's network address, hashed: rate limits need to tell clients apart, nothing needs
 * to know who they are. Workers give it in `CF-Connecting-IP`; Node's server on its socket.
 */
export async function clientKey(c: AppContext): Promise<string> {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  const address = c.req.header('cf-connecting-ip') ?? incoming?.socket?.remoteAddress ?? 'unknown'
  return (await sha256Hex(`client:${address}`)).slice(0, 32)
}

/** Deletes counters of windows long gone (maintenance). */
export async function purgeRateLimits(db: Database, now: Date): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.windowStart} < ${now.getTime() - 24 * 60 * 60_000}`)
}
