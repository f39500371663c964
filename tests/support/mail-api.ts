import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One call to the mail API: whose message, to whom, what it said, and whether it was accepted. */
export interface MailApiCall {
  messageId: string
  to: string
  subject: string
  text: string
  accepted: boolean
}

export interface MailApi {
  /** The send endpoint, for `MAIL_API_URL`. */
  url: string
  /** Where a test's dead-letter consumer posts what it receives. */
  deadLetterUrl: string
  token: string
  calls: MailApiCall[]
  deadLetters: unknown[]
  close(): Promise<void>
}

/**
 * A transactional mail API on loopback, speaking what `httpMailer` posts (JSON with `to`,
 * `headers['Message-ID']`, a bearer token): it answers 503 to every `failEvery`-th call and to
 * every call for an address `refuses`, 200 otherwise (after `latencyMs`, as a real API takes its
 * time), and records each call.
 *
 * @example
 * const api = await startMailApi({ failEvery: 10, refuses: (to) => to === 'rebota@example.cl' })
 * // MAIL_API_URL = api.url, MAIL_API_TOKEN = api.token
 */
export async function startMailApi(
  options: { failEvery?: number; refuses?: (to: string) => boolean; latencyMs?: number } = {},
): Promise<MailApi> {
  const token = 'mail-api-test-token'
  const calls: MailApiCall[] = []
  const deadLetters: unknown[] = []
  let received = 0
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        to?: string[]
        headers?: Record<string, string>
        subject?: string
        text?: string
      }
      if (req.url === '/dead-letters') {
        deadLetters.push(body)
        res.writeHead(204).end()
        return
      }
      if (req.url !== '/send' || req.headers.authorization !== `Bearer ${token}`) {
        res.writeHead(401).end()
        return
      }
      const to = (body.to?.[0] ?? '').toLowerCase()
      received += 1
      const failed =
        options.refuses?.(to) === true ||
        (options.failEvery !== undefined && received % options.failEvery === 0)
      const answer = () => {
        calls.push({
          messageId: body.headers?.['Message-ID'] ?? '',
          to,
          subject: body.subject ?? '',
          text: body.text ?? '',
          accepted: !failed,
        })
        res.writeHead(failed ? 503 : 200, { 'content-type': 'application/json' }).end('{}')
      }
      if (options.latencyMs) setTimeout(answer, options.latencyMs)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  return {
    url: `${base}/send`,
    deadLetterUrl: `${base}/dead-letters`,
    token,
    calls,
    deadLetters,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
