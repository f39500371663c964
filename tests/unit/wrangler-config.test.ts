import { describe, expect, it } from 'vitest'
import { unstable_readConfig } from 'wrangler'
import { CLIENT_LIMIT_BINDINGS } from '../../worker/adapters/edge-limits.ts'
import { FISCALIA_MAX_RETRIES, FISCALIA_QUEUE_NAME } from '../../worker/casos/fiscalia/borde.ts'
import { MAIL_MAX_RETRIES } from '../../worker/mail/consumer.ts'
import {
  EDGE_CLIENT_PERIOD_S,
  isClientLimit,
  LIMITS,
  type LimitName,
} from '../../worker/middleware/rate-limit.ts'

/** What these tests read of wrangler's parsed configuration (its own type does not resolve here). */
interface WranglerConfig {
  ratelimits: { name: string; namespace_id: string; simple: { limit: number; period: number } }[]
  durable_objects: { bindings: { name: string; class_name: string }[] }
  migrations: { tag: string; new_sqlite_classes?: string[] }[]
  queues: {
    producers?: { binding: string; queue: string }[]
    consumers?: { queue: string; max_retries?: number; dead_letter_queue?: string }[]
  }
}

/** wrangler.toml as wrangler reads it for a deployment. */
const config: WranglerConfig = unstable_readConfig({ config: 'wrangler.toml' }, { hideWarnings: true })

describe('wrangler.toml agrees with the code', () => {
  it('binds every per-client limit to a Rate Limiting binding allowing its maximum per 60 s, and nothing else', () => {
    const clientLimits = (Object.keys(LIMITS) as LimitName[]).filter(isClientLimit)
    const expected = clientLimits.map((name) => ({
      name: CLIENT_LIMIT_BINDINGS[name],
      simple: { limit: LIMITS[name].max, period: EDGE_CLIENT_PERIOD_S },
    }))
    const declared = config.ratelimits.map(({ name, simple }) => ({ name, simple }))
    expect(declared.toSorted((a, b) => a.name.localeCompare(b.name))).toEqual(
      expected.toSorted((a, b) => a.name.localeCompare(b.name)),
    )
    expect(new Set(config.ratelimits.map((binding) => binding.namespace_id)).size).toBe(clientLimits.length)
  })

  it('binds the per-account counters to a SQLite-backed Durable Object class the Worker exports', () => {
    expect(config.durable_objects.bindings).toContainEqual({
      name: 'LIMIT_COUNTERS',
      class_name: 'LimitCounter',
    })
    expect(config.migrations.flatMap((migration) => migration.new_sqlite_classes ?? [])).toContain(
      'LimitCounter',
    )
  })

  it('consumes the mail queue in this Worker, with the retries the consumer counts on and a dead-letter queue nobody consumes', () => {
    const producer = config.queues.producers?.find((queue) => queue.binding === 'MAIL_QUEUE')
    const consumers = config.queues.consumers ?? []
    const consumer = consumers.find((queue) => queue.queue === producer?.queue)
    expect(consumer).toMatchObject({ max_retries: MAIL_MAX_RETRIES })
    expect(consumer?.dead_letter_queue).toMatch(/./)
    expect(consumer?.dead_letter_queue).not.toBe(producer?.queue)
    expect(consumers.map((queue) => queue.queue)).not.toContain(consumer?.dead_letter_queue)
  })

  it('consumes the Fiscalía queue under the name the Worker dispatches on, with retries and a dead-letter queue', () => {
    const producer = config.queues.producers?.find((queue) => queue.binding === 'FISCALIA_QUEUE')
    expect(producer?.queue).toBe(FISCALIA_QUEUE_NAME)
    const consumers = config.queues.consumers ?? []
    const consumer = consumers.find((queue) => queue.queue === FISCALIA_QUEUE_NAME)
    expect(consumer).toMatchObject({ max_retries: FISCALIA_MAX_RETRIES })
    expect(consumer?.dead_letter_queue).toMatch(/./)
    expect(consumers.map((queue) => queue.queue)).not.toContain(consumer?.dead_letter_queue)
  })
})
