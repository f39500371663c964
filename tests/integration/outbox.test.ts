import { eq, isNull } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { outbox } from '../../db/schema/index.ts'
import { smtpMailer } from '../../worker/adapters/smtp-mailer.ts'
import { deliverOutbox, drainOutbox, enqueueMail, retryUnsentMail } from '../../worker/mail/outbox.ts'
import type { Mailer } from '../../worker/ports.ts'
import { runWrites } from '../../worker/writes.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { smtpReceiver } from '../support/smtp.ts'

/** One message for Ana, written as a request's batch would write it. */
function queueMail(t: Awaited<ReturnType<typeof testApp>>) {
  return runWrites(t.ports, [
    enqueueMail(t.clock.now(), 'comisaria.test', { to: 'ana@example.cl', subject: 'Hola', text: 'Cuerpo' }),
  ])
}

let close: (() => Promise<void>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe('the e-mail outbox', () => {
  it('delivers over SMTP with the Message-ID fixed at write time, and marks the message sent', async () => {
    const smtp = await smtpReceiver()
    close = smtp.close
    const t = await testApp()
    await queueMail(t)
    const [row] = await t.db.select().from(outbox)
    const mailer = smtpMailer(smtp.url, 'Comisaría Virtual <no-reply@comisaria.test>')
    expect(await deliverOutbox({ ...t.ports, mailer })).toBe(1)
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]).toContain(`Message-ID: ${row?.messageId}`)
    const [sent] = await t.db.select().from(outbox)
    expect(sent?.sentAt).not.toBeNull()
    expect(await deliverOutbox({ ...t.ports, mailer })).toBe(0)
  })

  it('retries a failed delivery later, with the same Message-ID', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    await queueMail(t)
    const ids: string[] = []
    let fail = true
    const flaky: Mailer = {
      send: async (message) => {
        ids.push(message.messageId)
        if (fail) throw new Error('connection refused')
      },
    }
    const ports = { ...t.ports, mailer: flaky }
    expect(await deliverOutbox(ports)).toBe(0)
    const [failed] = await t.db.select().from(outbox)
    expect(failed).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringContaining('refused') })
    expect(await deliverOutbox(ports)).toBe(0) // not due yet
    clock.advance(11_000)
    fail = false
    expect(await deliverOutbox(ports)).toBe(1)
    expect(new Set(ids).size).toBe(1)
    const [row] = await t.db
      .select()
      .from(outbox)
      .where(eq(outbox.messageId, ids[0] ?? ''))
    expect(row?.attempts).toBe(2)
  })

  it('makes every unsent message due at once when the embedded default starts (a dead process’s lease)', async () => {
    const t = await testApp()
    await queueMail(t)
    // Leased by a process killed before it could mark the message sent.
    await t.db.update(outbox).set({ nextAttemptAt: new Date(t.clock.now().getTime() + 120_000) })
    const sent: string[] = []
    const ports = {
      ...t.ports,
      mailer: { send: async (m: { messageId: string }) => void sent.push(m.messageId) },
    }
    expect(await deliverOutbox(ports)).toBe(0)
    await retryUnsentMail(t.db, t.clock.now())
    expect(await deliverOutbox(ports)).toBe(1)
    expect(await deliverOutbox(ports)).toBe(0)
  })

  it('begins no send once its lease is too old to end within it; the rest wait out the lease', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    for (let i = 0; i < 40; i++) await queueMail(t)
    const sent: string[] = []
    // A mail server that takes 20 s a message: the batch's sends would run past its 2 min lease.
    const slow: Mailer = {
      send: async (message) => {
        await Promise.resolve()
        clock.advance(20_000)
        sent.push(message.messageId)
      },
    }
    const delivered = await deliverOutbox({ ...t.ports, mailer: slow })
    expect(delivered).toBe(sent.length)
    expect(delivered).toBeGreaterThan(0)
    expect(delivered).toBeLessThan(40)
    const leaseEnd = new Date('2026-11-23T12:02:00Z')
    const left = await t.db.select().from(outbox).where(isNull(outbox.sentAt))
    expect(left).toHaveLength(40 - delivered)
    // Still leased: no other loop takes them before the lease ends, and then every one is due.
    expect(left.every((row) => row.nextAttemptAt.getTime() === leaseEnd.getTime())).toBe(true)
    const fast: Mailer = { send: async (message) => void sent.push(message.messageId) }
    clock.set(new Date(leaseEnd.getTime() - 1))
    expect(await deliverOutbox({ ...t.ports, mailer: fast })).toBe(0)
    clock.set(leaseEnd)
    expect(await deliverOutbox({ ...t.ports, mailer: fast })).toBe(40 - delivered)
    expect(new Set(sent).size).toBe(40)
    expect(sent).toHaveLength(40)
  })

  it('drains a backlog in one run, several messages on their way at once, each sent once', async () => {
    const t = await testApp()
    for (let i = 0; i < 100; i++) await queueMail(t)
    const sent: string[] = []
    let inFlight = 0
    let most = 0
    const slow: Mailer = {
      send: async (message) => {
        most = Math.max(most, ++inFlight)
        await new Promise((resolve) => setTimeout(resolve, 5))
        sent.push(message.messageId)
        inFlight -= 1
      },
    }
    expect(await drainOutbox({ ...t.ports, mailer: slow }, 60_000)).toBe(100)
    expect(new Set(sent).size).toBe(100)
    expect(most).toBeGreaterThan(1)
    expect(most).toBeLessThanOrEqual(8)
    expect(await t.db.select().from(outbox).where(isNull(outbox.sentAt))).toEqual([])
  })
})
