import { SMTPServer } from 'smtp-server'

export interface Mail {
  to: string[]
  subject: string
  text: string
}

export interface Mailbox {
  /** `smtp://127.0.0.1:<port>`, for the server's `SMTP_URL`. */
  url: string
  received: Mail[]
  /** The first link to `path` (with its `#token`) mailed to `to`, waiting for it to arrive. */
  link: (to: string, path: string, timeoutMs?: number) => Promise<string>
  close: () => Promise<void>
}

/** Quoted-printable (RFC 2045) to text: soft line breaks joined, `=XX` bytes decoded as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3))?.[0] : undefined
    if (hex) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

/** The text of a single-part message, whatever its transfer encoding. */
function textOf(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return { subject: header('Subject'), text }
}

/**
 * A real SMTP receiver on loopback (the `smtp-server` package), as the design asks of tests: the
 * server under test delivers its outbox to it over SMTP, and the test reads the links from what
 * arrived.
 *
 * @example
 * const mailbox = await startMailbox()
 * const server = await startPortal({ env: { SMTP_URL: mailbox.url, MAINTENANCE_INTERVAL_MS: '200' } })
 * const link = await mailbox.link('ana@example.cl', '/verificar-correo')
 */
export async function startMailbox(): Promise<Mailbox> {
  const received: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('latin1')
      })
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase())
        received.push({ to, ...textOf(Buffer.from(raw, 'latin1').toString('utf8')) })
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async link(to, path, timeoutMs = 15_000) {
      const pattern = new RegExp(`https?://[^\\s]+${path.replace(/\//g, '\\/')}#[\\w-]+`)
      const deadline = Date.now() + timeoutMs
      for (;;) {
        for (const mail of received) {
          const found = mail.to.includes(to.toLowerCase()) ? pattern.exec(mail.text)?.[0] : undefined
          if (found) return found
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${to} with a link to ${path}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
