import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP receiver on loopback, keeping every message it accepts (raw, headers and body).
 *
 * @example
 * const smtp = await smtpReceiver()
 * const mailer = smtpMailer(smtp.url, 'no-reply@example.cl')
 * await smtp.close()
 */
export async function smtpReceiver() {
  const received: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, done) {
      let data = ''
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString()
      })
      stream.on('end', () => {
        received.push(data)
        done()
      })
    },
  })
  // A sender killed mid-message resets its connection: the receiver shrugs, as a real one would.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

/**
 * One header of a raw message (the first, unfolded), or undefined.
 *
 * @example
 * mailHeader(smtp.received[0], 'Message-ID') // '<…@comisaria.test>'
 */
export function mailHeader(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? ''
  const match = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, 'im').exec(head)
  return match?.[1]?.replace(/\r?\n[ \t]+/g, ' ').trim()
}
