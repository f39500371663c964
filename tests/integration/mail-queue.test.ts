import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.ts'
import { createApp } from '../../worker/app.ts'
import { auditEntry } from '../../worker/audit.ts'
import { deliverQueuedMail, MAIL_MAX_RETRIES, type QueuedMessage } from '../../worker/mail/consumer.ts'
import { enqueueMail, outboxIdsIn, purgeSentMail, SENT_MAIL_RETENTION_MS } from '../../worker/mail/outbox.ts'
import { type MailQueue, mailCommitted, STUCK_AFTER_MS, sweepOutbox } from '../../worker/mail/queue.ts'
import type { Mailer, MailMessage } from '../../worker/ports.ts'
import { runWrites } from '../../worker/writes.ts'
import { testApp } from '../support/app.ts'

const MINUTE = 60_000

/** The mail queue as the tests see it: what was handed to it, in order. */
function recordingQueue(): MailQueue & { sent: string[][] } {
  const sent: string[][] = []
  return { sent, send: async (ids) => void sent.push([...ids]) }
}

/** A queue message as Cloudflare hands it over, remembering what the consumer decided. */
function queued(body: unknown, attempts = 1): QueuedMessage & { outcome?: 'ack' | { retryAfterS: number } } {
  const message: QueuedMessage & { outcome?: 'ack' | { retryAfterS: number } } = {
    body,
    attempts,
    ack: () => {
      message.outcome = 'ack'
    },
    retry: (options) => {
      message.outcome = { retryAfterS: options?.delaySeconds ?? -1 }
    },
  }
  return message
}

function mailer(fails: (message: MailMessage) => boolean): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = []
  return {
    sent,
    send: async (message) => {
      if (fails(message)) throw new Error('mail API answered 503')
      sent.push(message)
    },
  }
}

/** Commits one e-mail to `to`, as a request's batch would, and returns its outbox write. */
async function commitMail(t: Awaited<ReturnType<typeof testApp>>, to: string, at = t.clock.now()) {
  const write = enqueueMail(at, 'comisaria.test', { to, subject: 'Hola', text: 'Cuerpo' })
  await runWrites(t.ports, [write])
  return write
}

async function writeMail(t: Awaited<ReturnType<typeof testApp>>, to: string, at = t.clock.now()) {
  return (await commitMail(t, to, at)).outboxId
}

describe('handing committed e-mail to the queue', () => {
  it('names the outbox rows of a batch from its writes, whatever else the batch holds', async () => {
    const t = await testApp()
    const mail = enqueueMail(t.clock.now(), 'comisaria.test', { to: 'a@example.cl', subject: 'S', text: 'T' })
    const audit = auditEntry(
      { ...t.ports, actor: null, requestId: 'r', clientAddress: null },
      'user.login',
      null,
    )
    expect(outboxIdsIn([audit, mail])).toEqual([mail.outboxId])
    // Kept through a copy and a trip through JSON (a batch sent elsewhere to be committed).
    expect(outboxIdsIn(JSON.parse(JSON.stringify([audit, mail])))).toEqual([mail.outboxId])
    expect(outboxIdsIn([audit])).toEqual([])
  })

  it('queues them once the batch has committed, without the request waiting; nothing when there is no queue', async () => {
    const t = await testApp()
    const queue = recordingQueue()
    const waited: Promise<unknown>[] = []
    const mail = enqueueMail(t.clock.now(), 'comisaria.test', { to: 'a@example.cl', subject: 'S', text: 'T' })
    mailCommitted({ ...t.ports, mailQueue: queue }, [mail], (promise) => waited.push(promise))
    await Promise.all(waited)
    expect(queue.sent).toEqual([[mail.outboxId]])
    // Node: no queue, nothing to wait for (the outbox loop finds the row).
    mailCommitted(t.ports, [mail], (promise) => waited.push(promise))
    expect(waited).toHaveLength(1)
  })

  it('queues the e-mail of a request the app committed (a password reset)', async () => {
    const t = await testApp()
    const queue = recordingQueue()
    const app = createApp({ ...t.ports, mailQueue: queue })
    const waited: Promise<unknown>[] = []
    const executionCtx = {
      waitUntil: (promise: Promise<unknown>) => void waited.push(promise),
      passThroughOnException: () => undefined,
      props: {},
    }
    const response = await app.request(
      '/api/auth/password-reset',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nadie@example.cl' }),
      },
      undefined,
      executionCtx,
    )
    expect(response.status).toBe(202)
    await Promise.all(waited)
    const rows = await t.db.select().from(outbox)
    expect(queue.sent).toEqual([rows.map((row) => row.id)])
  })

  it('loses nothing when the queue refuses: the row stays for the sweep', async () => {
    const t = await testApp()
    const waited: Promise<unknown>[] = []
    const broken: MailQueue = { send: async () => Promise.reject(new Error('queue unavailable')) }
    const mail = await commitMail(t, 'a@example.cl')
    mailCommitted({ ...t.ports, mailQueue: broken }, [mail], (promise) => waited.push(promise))
    await Promise.all(waited)
    expect(t.log.lines).toContainEqual({ level: 'warn', message: 'mail not queued; the sweep will queue it' })
    const [row] = await t.db.select().from(outbox).where(eq(outbox.id, mail.outboxId))
    expect(row?.sentAt).toBeNull()
  })
})

describe('the mail queue’s consumer', () => {
  it('sends each unsent row once, marks it sent and acknowledges it; a row already sent only acknowledged', async () => {
    const t = await testApp()
    const first = await writeMail(t, 'a@example.cl')
    const second = await writeMail(t, 'b@example.cl')
    await t.db.update(outbox).set({ sentAt: t.clock.now() }).where(eq(outbox.id, second))
    const api = mailer(() => false)
    const messages = [queued({ outboxId: first }), queued({ outboxId: second }), queued({ nothing: true })]
    await deliverQueuedMail({ ...t.ports, mailer: api }, messages, 10)
    expect(api.sent.map((message) => message.to)).toEqual(['a@example.cl'])
    expect(messages.map((message) => message.outcome)).toEqual(['ack', 'ack', 'ack'])
    const [row] = await t.db.select().from(outbox).where(eq(outbox.id, first))
    expect(row).toMatchObject({ sentAt: t.clock.now(), attempts: 1 })
  })

  it('retries a failed send later and later, and after the last retry leaves the row to the sweep in six hours', async () => {
    const t = await testApp()
    const id = await writeMail(t, 'rebota@example.cl')
    const api = mailer(() => true)
    const now = t.clock.now().getTime()
    const second = queued({ outboxId: id }, 2)
    await deliverQueuedMail({ ...t.ports, mailer: api }, [second], 10)
    expect(second.outcome).toEqual({ retryAfterS: 40 })
    const [retried] = await t.db.select().from(outbox).where(eq(outbox.id, id))
    expect(retried).toMatchObject({ sentAt: null, attempts: 1, lastError: 'Error: mail API answered 503' })
    expect(retried?.nextAttemptAt.getTime()).toBe(now + 40_000)
    const last = queued({ outboxId: id }, MAIL_MAX_RETRIES + 1)
    await deliverQueuedMail({ ...t.ports, mailer: api }, [last], 10)
    const [dead] = await t.db.select().from(outbox).where(eq(outbox.id, id))
    expect(dead?.nextAttemptAt.getTime()).toBe(now + 6 * 60 * MINUTE)
  })
})

describe('the cron’s sweep and purge at the edge', () => {
  it('queues rows written but never sent once they are late, leases them, and leaves fresh and backed-off ones', async () => {
    const t = await testApp()
    const now = t.clock.now().getTime()
    const lost = await writeMail(t, 'perdida@example.cl', new Date(now - STUCK_AFTER_MS - 1))
    await writeMail(t, 'reciente@example.cl')
    const backedOff = await writeMail(t, 'espera@example.cl', new Date(now - 10 * MINUTE))
    await t.db
      .update(outbox)
      .set({ nextAttemptAt: new Date(now + MINUTE) })
      .where(eq(outbox.id, backedOff))
    const queue = recordingQueue()
    expect(await sweepOutbox({ ...t.ports, mailQueue: queue })).toBe(1)
    expect(queue.sent).toEqual([[lost]])
    expect(await sweepOutbox({ ...t.ports, mailQueue: queue })).toBe(0)
  })

  it('purges sent rows past their retention, and keeps recent and unsent ones', async () => {
    const t = await testApp()
    const now = t.clock.now()
    const old = await writeMail(t, 'vieja@example.cl')
    const recent = await writeMail(t, 'reciente@example.cl')
    const unsent = await writeMail(t, 'pendiente@example.cl', new Date(now.getTime() - 30 * 24 * 60 * MINUTE))
    await t.db
      .update(outbox)
      .set({ sentAt: new Date(now.getTime() - SENT_MAIL_RETENTION_MS - 1) })
      .where(eq(outbox.id, old))
    await t.db.update(outbox).set({ sentAt: now }).where(eq(outbox.id, recent))
    expect(await purgeSentMail(t.db, now)).toBe(1)
    const left = (await t.db.select({ id: outbox.id }).from(outbox)).map((row) => row.id)
    expect(left.toSorted()).toEqual([recent, unsent].toSorted())
  })
})
