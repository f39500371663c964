// oidc-provider lets any client with a secret authenticate by either client_secret_basic or
// client_secret_post, whatever it registered. The app must send the method it is configured for (real
// ClaveÚnica documents only client_secret_post), so the token endpoint checks it here first: before
// oidc-provider runs, so a refused request does not spend the authorization code.
import { IncomingMessage, type ServerResponse } from 'node:http'

/** The two secret-based methods a local client may register. */
export type SecretAuthMethod = 'client_secret_post' | 'client_secret_basic'

// The same limit oidc-provider applies to request bodies.
const MAX_BODY_BYTES = 56 * 1024

/**
 * Reads a token request and refuses it with `invalid_client` (401) when it authenticates a registered
 * client by another method than the registered one; otherwise returns a replay of the request for
 * oidc-provider, whose body parser reads the request stream itself.
 *
 * @example
 * const replay = await enforceRegisteredAuthMethod(req, res, new Map([['app', 'client_secret_post']]))
 * if (replay) await provider.callback()(replay, res)
 */
export async function enforceRegisteredAuthMethod(
  req: IncomingMessage,
  res: ServerResponse,
  registered: ReadonlyMap<string, SecretAuthMethod>,
): Promise<IncomingMessage | undefined> {
  const body = await readBody(req)
  if (!body) {
    sendJson(res, 400, { error: 'invalid_request', error_description: 'request entity too large' })
    return undefined
  }
  const presented = presentedAuth(req.headers.authorization, body)
  const expected = presented ? registered.get(presented.clientId) : undefined
  if (presented && expected && expected !== presented.method) {
    if (presented.method === 'client_secret_basic') {
      res.setHeader('WWW-Authenticate', 'Basic realm="claveunica-local"')
    }
    sendJson(res, 401, {
      error: 'invalid_client',
      error_description: `client authentication failed: this client is registered for ${expected}, not ${presented.method}`,
    })
    return undefined
  }
  return replay(req, body)
}

function presentedAuth(
  authorization: string | undefined,
  body: Buffer,
): { clientId: string; method: SecretAuthMethod } | undefined {
  if (authorization) {
    const [scheme, token] = authorization.split(' ')
    if (scheme?.toLowerCase() !== 'basic' || !token) return undefined
    const decoded = Buffer.from(token, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon === -1) return undefined
    try {
      // RFC 6749 §2.3.1: the client id is form-encoded before Basic encoding.
      return {
        clientId: decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' ')),
        method: 'client_secret_basic',
      }
    } catch {
      return undefined
    }
  }
  const form = new URLSearchParams(body.toString('utf8'))
  const clientId = form.get('client_id')
  return clientId && form.has('client_secret') ? { clientId, method: 'client_secret_post' } : undefined
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

// A fresh, already-ended IncomingMessage carrying the same request line, headers and body.
function replay(original: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(original.socket)
  copy.method = original.method
  copy.url = original.url
  copy.headers = original.headers
  copy.rawHeaders = original.rawHeaders
  copy.httpVersion = original.httpVersion
  copy.httpVersionMajor = original.httpVersionMajor
  copy.httpVersionMinor = original.httpVersionMinor
  // Otherwise the copy counts as aborted once read, and destroying it would close the shared socket.
  copy.complete = true
  copy.push(body)
  copy.push(null)
  return copy
}

function sendJson(res: ServerResponse, status: number, body: Record<string, string>): void {
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Cache-Control', 'no-store')
  res.end(JSON.stringify(body))
}
