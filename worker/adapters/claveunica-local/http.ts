// Small helpers for the plain Node handlers that sit in front of oidc-provider.
import type { IncomingMessage, ServerResponse } from 'node:http'

// A login form is two short fields; anything larger is not a browser submitting it.
const MAX_FORM_BYTES = 8 * 1024

/**
 * Reads an `application/x-www-form-urlencoded` body (the login form); `undefined` when the body is of
 * another type or too large.
 *
 * @example
 * const form = await readForm(req) // URLSearchParams { run => '44.444.444-4', password => '…' }
 */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_FORM_BYTES) return undefined
    chunks.push(buffer)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/**
 * Sends an HTML page that must never be cached nor framed (ClaveÚnica forbids popups and iframes).
 *
 * @example
 * sendHtml(res, 200, loginPage({ uid }))
 */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('X-Frame-Options', 'DENY')
  // No form-action: browsers apply it to the redirect chain too, which ends at the client's origin.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  )
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.end(html)
}

/**
 * Sends a redirect for a full-page navigation.
 *
 * @example
 * redirect(res, 'http://localhost:8787/')
 */
export function redirect(res: ServerResponse, location: string, status = 302): void {
  res.statusCode = status
  res.setHeader('Location', location)
  res.setHeader('Cache-Control', 'no-store')
  res.end()
}
