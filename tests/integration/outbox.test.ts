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
