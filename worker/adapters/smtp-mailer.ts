import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import type { Mailer, MailMessage } from '../ports.ts'
import { TIMEOUTS, withTimeout } from '../timeout.ts'

function toNodemailer(from: string, message: MailMessage) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    messageId: message.messageId,
    attachments: (message.attachments ?? []).map((file) => ({
      filename: file.filename,
      content: Buffer.from(file.content),
      contentType: file.contentType,
    })),
  }
}

/**
 * E-mail over SMTP with nodemailer (`SMTP_URL`, e.g. `smtps://user:pass@mail.example:465`).
 * Every step is bounded: connecting and the server's greeting by `timeouts.connect`, each silence
 * and the whole delivery by `timeouts.mail` (nodemailer's own defaults run to minutes).
 *
 * @example
 * const mailer = smtpMailer('smtp://127.0.0.1:2525', 'Comisaría Virtual <no-reply@example.cl>')
 */
export function smtpMailer(
  url: string,
  from: string,
  timeouts: { connect: number; mail: number } = TIMEOUTS,
): Mailer {
  const transport = nodemailer.createTransport({
    url,
    connectionTimeout: timeouts.connect,
    greetingTimeout: timeouts.connect,
    socketTimeout: timeouts.mail,
  })
  return {
    async send(message) {
      await withTimeout(timeouts.mail, 'SMTP delivery', () => transport.sendMail(toNodemailer(from, message)))
    },
  }
}

/**
 * Development mail: each message is written as an `.eml` file to a folder, openable by any mail
 * program, so no mail server is needed on a laptop.
 */
export function folderMailer(folder: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
  return {
    async send(message) {
      const info = await transport.sendMail(toNodemailer(from, message))
      await mkdir(folder, { recursive: true })
      const name = message.messageId.replace(/[^\w.-]/g, '_')
      await writeFile(join(folder, `${name}.eml`), info.message as Buffer)
    },
  }
}
