import type { Mailer } from '../ports.ts'
import { TIMEOUTS, withTimeout } from '../timeout.ts'

function base64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/**
 * E-mail through an HTTP mail API, for the edge where no SMTP socket is to be had. It posts the
 * JSON most transactional mail APIs accept (`from`, `to`, `subject`, `text`, `html`, `headers`,
 * base64 `attachments`) with a bearer token; the Message-ID travels as a header. A call that
 * takes longer than `timeoutMs` is aborted and counts as a failed delivery (the outbox retries).
 *
 * @example
 * const mailer = httpMailer({ url: env.MAIL_API_URL, token: env.MAIL_API_TOKEN, from: env.MAIL_FROM })
 */
export function httpMailer(options: {
  url: string
  token: string
  from: string
  timeoutMs?: number
}): Mailer {
  return {
    async send(message) {
      const response = await withTimeout(options.timeoutMs ?? TIMEOUTS.mail, 'mail API', (signal) =>
        fetch(options.url, {
          signal,
          method: 'POST',
          headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            from: options.from,
            to: [message.to],
            subject: message.subject,
            text: message.text,
            ...(message.html ? { html: message.html } : {}),
            headers: { 'Message-ID': message.messageId },
            attachments: (message.attachments ?? []).map((file) => ({
              filename: file.filename,
              content: base64(file.content),
              content_type: file.contentType,
            })),
          }),
        }),
      )
      if (!response.ok) throw new Error(`mail API answered ${response.status}`)
    },
  }
}
