import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  LIMITS,
  type Limit,
  memoryRateLimiter,
  type RateLimiter,
  type Verdict,
} from '../../worker/middleware/rate-limit.ts'
import { workerBundle } from '../support/worker-bundle.ts'

const MINUTE = 60_000
/** A quarter into a window: what is left of it is known. */
const NOW = 10 * MINUTE + 15_000

/** The binding's limit in this test (wrangler.toml has the real ones). */
const BINDING_LIMIT = 3

function perAccount(bucket: string, max = 3, windowMs = MINUTE): Limit {
  return { name: 'login:run', scope: 'account', max, windowMs, bucket }
}

/**
 * The edge's limiter (worker/adapters/edge-limits.ts) running in workerd, on miniflare's Rate
 * Limiting binding and Durable Objects, asked through a small Worker of the tests.
 */
let mf: Miniflare | undefined
let bucketSeq = 0

beforeAll(async () => {
  const script = workerBundle({
    config: 'tests/support/limits-worker.toml',
    outdir: '.tmp/limits-worker',
    script: 'limits-worker.js',
  })
  const binding = (id: string) => ({
    simple: { limit: BINDING_LIMIT, period: 60 as const },
    namespace_id: id,
  })
  mf = new Miniflare({
    modules: true,
    scriptPath: script,
    compatibilityDate: '2026-07-01',
    compatibilityFlags: ['nodejs_compat'],
    durableObjects: { LIMIT_COUNTERS: { className: 'LimitCounter', useSQLite: true } },
    ratelimits: {
      REGISTER_CLIENT_LIMIT: binding('1'),
      LOGIN_CLIENT_LIMIT: binding('2'),
      RESET_CLIENT_LIMIT: binding('3'),
      STAFF_LOGIN_CLIENT_LIMIT: binding('4'),
      STAFF_TOTP_CLIENT_LIMIT: binding('5'),
      VERIFY_CLIENT_LIMIT: binding('6'),
    },
  })
})

afterAll(async () => {
  await mf?.dispose()
})

function atTheEdge(): RateLimiter {
  return {
    async count(limit, now) {
      if (!mf) throw new Error('miniflare not started')
      const response = await mf.dispatchFetch('http://limits/', {
        method: 'POST',
        body: JSON.stringify({ limit, now }),
      })
      const body = (await response.json()) as Verdict | { error: string }
      if ('error' in body) throw new Error(body.error)
      return body
    },
  }
}

/** Buckets unique to each test: the counters in workerd outlive a test. */
function bucket(name: string) {
  bucketSeq += 1
  return `${name}:${bucketSeq}`
}

describe.each([
  ['in memory (Node)', memoryRateLimiter],
  ['in a Durable Object (the edge, an account limit)', atTheEdge],
])('rate limits counted exactly %s', (_name, make) => {
  it('admit the maximum in a window, refuse the next until it ends, and admit again in the next', async () => {
    const limiter = make()
    const a = perAccount(bucket('login:run:a'))
    const verdicts = []
    for (let i = 0; i < 4; i++) verdicts.push(await limiter.count(a, NOW))
    expect(verdicts).toEqual([
      { admitted: true },
      { admitted: true },
      { admitted: true },
      { admitted: false, retryAfterMs: 45_000 },
    ])
    // Another bucket has its own window.
    expect(await limiter.count(perAccount(bucket('login:run:b')), NOW)).toEqual({ admitted: true })
    expect(await limiter.count(a, NOW + 45_000)).toEqual({ admitted: true })
  })

  it('count simultaneous attempts once each', async () => {
    const limiter = make()
    const limit = perAccount(bucket('reset:email'), 10)
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => limiter.count(limit, NOW)))
    expect(verdicts.filter((v) => v.admitted)).toHaveLength(10)
  })

  it('count an attempt stamped with an earlier window (a clock behind) in the later one', async () => {
    const limiter = make()
    const limit = perAccount(bucket('staff-login:user'), 1)
    expect(await limiter.count(limit, NOW)).toEqual({ admitted: true })
    expect((await limiter.count(limit, NOW - MINUTE)).admitted).toBe(false)
  })
})

describe('rate limits at the edge', () => {
  it('count a client limit with its Rate Limiting binding: its limit per key, then a period to wait', async () => {
    const limiter = atTheEdge()
    const rule = { ...LIMITS['verify:client'], name: 'verify:client' as const }
    const client = { ...rule, bucket: bucket('verify:client') }
    const verdicts = []
    for (let i = 0; i <= BINDING_LIMIT; i++) verdicts.push(await limiter.count(client, NOW))
    expect(verdicts.filter((v) => v.admitted)).toHaveLength(BINDING_LIMIT)
    expect(verdicts.at(-1)).toEqual({ admitted: false, retryAfterMs: 60_000 })
    expect(await limiter.count({ ...rule, bucket: bucket('verify:client') }, NOW)).toEqual({ admitted: true })
  })

  it('count simultaneous attempts on a binding once each (one location)', async () => {
    const limiter = atTheEdge()
    const client = {
      ...LIMITS['login:client'],
      name: 'login:client' as const,
      bucket: bucket('login:client'),
    }
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => limiter.count(client, NOW)))
    expect(verdicts.filter((v) => v.admitted)).toHaveLength(BINDING_LIMIT)
  })

  it('forget an account’s window once it has ended (the counter’s alarm deletes it)', async () => {
    const limiter = atTheEdge()
    const limit = perAccount(bucket('login:run'), 1, 300)
    const start = Math.floor(NOW / 300) * 300
    expect(await limiter.count(limit, start)).toEqual({ admitted: true })
    expect((await limiter.count(limit, start)).admitted).toBe(false)
    // Asked again about the same window (the test's clock stands still): once the alarm has run,
    // nothing is left of it.
    await expect
      .poll(async () => (await limiter.count(limit, start)).admitted, { timeout: 5_000, interval: 200 })
      .toBe(true)
  })
})

describe('rate limits in memory', () => {
  it('sweep the windows that ended as the map grows, and keep the running ones', async () => {
    const limiter = memoryRateLimiter()
    const old = (i: number) => perAccount(`old:${i}`, 1)
    const now = (i: number) => perAccount(`now:${i}`, 1)
    for (let i = 0; i < 10_000; i++) await limiter.count(old(i), 0)
    for (let i = 0; i < 10_000; i++) await limiter.count(now(i), 2 * MINUTE)
    expect((await limiter.count(now(5), 2 * MINUTE)).admitted).toBe(false)
    // Its window ended before the sweep: the bucket was forgotten.
    expect(await limiter.count(old(5), 0)).toEqual({ admitted: true })
  })
})
