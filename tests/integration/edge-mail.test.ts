import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.ts'
import { MAIL_MAX_RETRIES } from '../../worker/mail/consumer.ts'
import { enqueueMail } from '../../worker/mail/outbox.ts'
import { type Edge, startEdge } from '../support/edge.ts'

const BOUNCES = 'rebota@example.cl'
const SUBMISSIONS = 1_000
/**
 * Requests at once: @libsql/client runs at most 20 statements at a time per isolate, and one past
 * that waits on another request's promise, which workerd cancels (a hang, answered 500).
 */
const IN_FLIGHT = 10

/**
 * E-mail at the edge: the Workers bundle in workerd (miniflare) with wrangler.toml's queue, its
 * consumer and dead-letter queue, against the Hrana stand-in for Turso and a loopback mail API
 * that fails one call in ten. Retries wait 0 s here (MAIL_RETRY_BASE_S) and a batch at most
 * 100 ms, so that the test takes seconds; the rest is the deployment's wiring.
 */
describe('e-mail at the edge, through the mail queue', () => {
  let edge: Edge

  beforeAll(async () => {
    edge = await startEdge({
      mailApi: { failEvery: 10, refuses: (to) => to === BOUNCES },
      // One client sends all 1,000: only its per-minute limit is raised. The per-address one (a
      // Durable Object per address) stays as deployed.
      ratelimits: { RESET_CLIENT_LIMIT: { namespace_id: '2203', simple: { limit: 100_000, period: 60 } } },
    })
  })

  afterAll(async () => {
    await edge?.close()
  })

  const resetFor = (email: string) =>
    edge.mf.dispatchFetch('http://localhost/api/auth/password-reset', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    })

  const accepted = () => new Set(edge.api.calls.filter((call) => call.accepted).map((call) => call.messageId))

  // About 10 s on a quiet machine; the timeout leaves room for a busy one.
  it('delivers the e-mail of 1,000 submissions at least once each, under its Message-ID, though the API fails one call in ten', {
    timeout: 180_000,
  }, async () => {
    const emails = Array.from({ length: SUBMISSIONS }, (_, i) => `persona${i}@example.cl`)
    const statuses: number[] = []
    for (let i = 0; i < emails.length; i += IN_FLIGHT) {
      const answers = await Promise.all(emails.slice(i, i + IN_FLIGHT).map(resetFor))
      for (const answer of answers) {
        statuses.push(answer.status)
        await answer.arrayBuffer()
      }
    }
    expect(new Set(statuses)).toEqual(new Set([202]))
    const rows = await edge.db.select().from(outbox)
    expect(rows).toHaveLength(SUBMISSIONS)
    await expect.poll(() => accepted().size, { timeout: 120_000, interval: 100 }).toBe(SUBMISSIONS)

    // Each row went out under the Message-ID written with it, to its own address; a retry sent
    // the same Message-ID again, never a new one.
    const byId = new Map(rows.map((row) => [row.messageId, row.to]))
    expect(accepted()).toEqual(new Set(byId.keys()))
    for (const call of edge.api.calls) expect(byId.get(call.messageId)).toBe(call.to)
    expect(edge.api.calls.filter((call) => !call.accepted).length).toBeGreaterThanOrEqual(SUBMISSIONS / 10)
    await expect
      .poll(async () => (await edge.db.select().from(outbox)).filter((row) => row.sentAt === null).length)
      .toBe(0)
    expect(edge.api.deadLetters).toEqual([])
  })

  it('moves an e-mail the API keeps refusing to the dead-letter queue, and keeps its row for another round', async () => {
    const before = Date.now()
    expect((await resetFor(BOUNCES)).status).toBe(202)
    await expect.poll(() => edge.api.deadLetters.length, { timeout: 15_000, interval: 100 }).toBe(1)
    const [row] = await edge.db.select().from(outbox).where(eq(outbox.to, BOUNCES))
    // What lands there: the outbox row's id, nothing of the message itself.
    expect(edge.api.deadLetters).toEqual([{ body: { outboxId: row?.id } }])
    const calls = edge.api.calls.filter((call) => call.to === BOUNCES)
    expect(calls).toHaveLength(MAIL_MAX_RETRIES + 1)
    expect(new Set(calls.map((call) => call.messageId))).toEqual(new Set([row?.messageId]))
    expect(row).toMatchObject({ sentAt: null, attempts: MAIL_MAX_RETRIES + 1 })
    expect(row?.lastError).toContain('503')
    // The cron gives it another round in six hours, not at once.
    expect(row?.nextAttemptAt.getTime()).toBeGreaterThan(before + 5 * 60 * 60_000)
  })

  it('sends, from the cron’s sweep, an e-mail that was written but never queued', async () => {
    const lost = enqueueMail(new Date(Date.now() - 10 * 60_000), 'comisaria.test', {
      to: 'olvidada@example.cl',
      subject: 'Su constancia',
      text: 'Escrita, nunca encolada.',
    })
    await edge.db.$client.execute(lost)
    const [row] = await edge.db.select().from(outbox).where(eq(outbox.id, lost.outboxId))
    const worker = await edge.mf.getWorker('portal')
    await worker.scheduled({ cron: '* * * * *' })
    await expect
      .poll(() => accepted().has(row?.messageId ?? ''), { timeout: 15_000, interval: 100 })
      .toBe(true)
  })
})
