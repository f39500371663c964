import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import {
  databaseRateLimiter,
  memoryRateLimiter,
  type RateLimiter,
} from '../../worker/middleware/rate-limit.ts'

const MINUTE = 60_000

async function inDatabase(): Promise<RateLimiter> {
  const { db } = await openFileDatabase(`file:${join(mkdtempSync(join(tmpdir(), 'cv-limits-')), 'test.db')}`)
  await migrateDatabase(db)
  return databaseRateLimiter(db)
}

describe.each([
  ['in memory (Node)', async () => memoryRateLimiter()],
  ['in the database (the edge)', inDatabase],
])('rate-limit counters %s', (_name, make) => {
  it('count each bucket in its window, and start again in the next', async () => {
    const limiter = await make()
    expect(await limiter.hit('login:a', 0, MINUTE)).toBe(1)
    expect(await limiter.hit('login:a', 0, MINUTE)).toBe(2)
    expect(await limiter.hit('login:b', 0, MINUTE)).toBe(1)
    expect(await limiter.hit('login:a', MINUTE, MINUTE)).toBe(1)
    expect(await limiter.hit('login:a', MINUTE, MINUTE)).toBe(2)
  })

  it('count simultaneous hits once each', async () => {
    const limiter = await make()
    const counts = await Promise.all(Array.from({ length: 20 }, () => limiter.hit('verify:x', 0, MINUTE)))
    expect(counts.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })
})

describe('rate-limit counters in memory', () => {
  it('sweep the windows that ended as the map grows, and keep the running ones', async () => {
    const limiter = memoryRateLimiter()
    for (let i = 0; i < 10_000; i++) await limiter.hit(`old:${i}`, 0, MINUTE)
    for (let i = 0; i < 10_000; i++) await limiter.hit(`now:${i}`, 2 * MINUTE, MINUTE)
    expect(await limiter.hit('now:5', 2 * MINUTE, MINUTE)).toBe(2)
    // Its window ended before the sweep: the bucket was forgotten.
    expect(await limiter.hit('old:5', 0, MINUTE)).toBe(1)
  })
})
