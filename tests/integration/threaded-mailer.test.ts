import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { threadedMailer } from '../../worker/adapters/threaded-mailer.ts'
import { mailHeader, smtpReceiver } from '../support/smtp.ts'

const message = (n: number) => ({
  messageId: `<hilo-${n}@comisaria.test>`,
  to: 'ana@example.cl',
  subject: `Su código ${n}`,
  text: 'Su código es WNDT7C4Z3T.',
  attachments: [
    {
      filename: 'constancia.pdf',
      content: new TextEncoder().encode('%PDF-1.7'),
      contentType: 'application/pdf',
    },
  ],
})

const closing: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closing.splice(0)) await close()
})

describe('the mailer on its own thread', () => {
  it('writes each message to the mail folder, attachments included', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cv-mail-')), 'mail')
    const mailer = threadedMailer({ folder, from: 'no-reply@comisaria.test' })
    closing.push(mailer.close)
    await Promise.all([1, 2, 3].map((n) => mailer.send(message(n))))
    const files = readdirSync(folder).sort()
    expect(files).toHaveLength(3)
    const raw = readFileSync(join(folder, files[0] ?? ''), 'utf8')
    expect(mailHeader(raw, 'Message-ID')).toBe('<hilo-1@comisaria.test>')
    expect(raw).toContain('constancia.pdf')
  })

  it('delivers over SMTP when given a server', async () => {
    const smtp = await smtpReceiver()
    closing.push(smtp.close)
    const mailer = threadedMailer({ smtpUrl: smtp.url, folder: 'unused', from: 'no-reply@comisaria.test' })
    closing.push(mailer.close)
    await mailer.send(message(4))
    expect(smtp.received).toHaveLength(1)
    expect(mailHeader(smtp.received[0] ?? '', 'Message-ID')).toBe('<hilo-4@comisaria.test>')
  })

  it('rejects with the delivery error, so the outbox retries it', async () => {
    // A port that was free a moment ago: the connection is refused.
    const probe = createServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const address = probe.address()
    const port = typeof address === 'object' && address ? address.port : 0
    await new Promise<void>((resolve) => probe.close(() => resolve()))
    const mailer = threadedMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      folder: 'unused',
      from: 'no-reply@comisaria.test',
    })
    closing.push(mailer.close)
    await expect(mailer.send(message(5))).rejects.toThrow(/ECONNREFUSED/)
  })

  it('fails every message at once once its thread has stopped', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'cv-mail-')), 'mail')
    const mailer = threadedMailer({ folder, from: 'no-reply@comisaria.test' })
    await mailer.close()
    await expect(mailer.send(message(6))).rejects.toThrow(/mail thread stopped/)
  })
})
