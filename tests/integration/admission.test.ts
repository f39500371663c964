import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { admissionControl } from '../../worker/adapters/admission.ts'
import { MAX_JSON_BODY } from '../../worker/app.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'
import { rawClient } from '../support/raw-http.ts'

const CONDOLENCIA = JSON.stringify({
  memorial: 'general',
  mensaje: 'Mis condolencias a la familia.',
  firma: 'completa',
})

/** A request as raw HTTP/1.1, pipelined on one socket after others. */
function request(method: string, path: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = Object.entries({ Host: 'x', ...headers }).map(([name, value]) => `${name}: ${value}\r\n`)
  const length = body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : ''
  return `${method} ${path} HTTP/1.1\r\n${lines.join('')}${length}\r\n${body}`
}

const HEALTH = request('GET', '/api/health')
/** A condolence, written by a signed-in citizen (decision 0065): their cookie is set once the server runs. */
let WRITE = ''

describe('admission control on Node', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startNodeServer({ env: { MAX_IN_FLIGHT: '3' } })
    const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    const cookie = cookieOf(await signedInCitizenAt(server.url, db))
    client.close()
    const headers = { 'Content-Type': 'application/json', Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }
    WRITE = request('POST', '/api/condolencias', headers, CONDOLENCIA)
  })
  afterAll(async () => {
    await server?.stop()
  })

  // Pipelined on one socket, the server reads every request before it has answered the first:
  // three are being served when the next ones arrive.
  it('sheds API requests past MAX_IN_FLIGHT with 503 and Retry-After, before routing, and serves the rest', async () => {
    const client = rawClient(server.url)
    client.write(
      HEALTH.repeat(3) +
        request('GET', '/api/health', { 'Accept-Language': 'en' }) +
        HEALTH +
        request('GET', '/.well-known/comisaria-virtual/keys.json'),
    )
    const answers = await client.responses(6)
    client.end()
    // What is not the API (pages, the signing keys) is never shed.
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 503, 503, 200])
    const [english, spanish] = answers.slice(3)
    expect(english?.headers['retry-after']).toBe('1')
    expect(english?.headers['cache-control']).toBe('no-store')
    expect(JSON.parse(english?.body ?? '')).toEqual({
      status: 503,
      code: 'unavailable',
      message: expect.stringMatching(/^The service is unavailable/),
      requestId: english?.headers['x-request-id'],
    })
    expect(JSON.parse(spanish?.body ?? '').message).toMatch(/^El servicio no está disponible/)
    // Then there is room again.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })

  it('counts and sheds the API however its path is spelt (percent-encoded, dot segments, absolute form)', async () => {
    const client = rawClient(server.url)
    client.write(
      HEALTH.repeat(3) +
        request('GET', '/%61pi/health') +
        request('GET', '/./api/health') +
        request('GET', 'http://x/api/health'),
    )
    const answers = await client.responses(6)
    client.end()
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 503, 503, 503])
  })

  it('counts a request with a body once the body has arrived: writes in flight shed the next write', async () => {
    const client = rawClient(server.url)
    client.write(WRITE.repeat(4))
    const answers = await client.responses(4)
    client.end()
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 503])
  })

  it('does not count a body still on its way, and sheds one at once when full without waiting for it', async () => {
    const cut = WRITE.length - CONDOLENCIA.length + 10
    const slow = Array.from({ length: 4 }, () => rawClient(server.url))
    for (const client of slow) client.write(WRITE.slice(0, cut))
    // Time for the server to read their headers (counted there, they would fill every place).
    await new Promise((r) => setTimeout(r, 200))
    // Four bodies on their way and MAX_IN_FLIGHT 3: the API still answers.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    const full = rawClient(server.url)
    full.write(HEALTH.repeat(3) + WRITE.slice(0, cut))
    expect((await full.responses(4)).map((a) => a.status)).toEqual([200, 200, 200, 503])
    full.end()
    // Each finished in turn is served.
    for (const client of slow) {
      client.write(WRITE.slice(cut))
      expect((await client.responses(1))[0]?.status).toBe(201)
      client.end()
    }
  })

  it('answers a body over the JSON cap 413 in the one error shape, declared or found, and closes the connection', async () => {
    const declared = rawClient(server.url)
    declared.write(request('POST', '/api/condolencias', { 'Content-Length': String(MAX_JSON_BODY + 1) }))
    const chunked = rawClient(server.url)
    const chunk = 'x'.repeat(16 * 1024)
    chunked.write(
      request('POST', '/api/condolencias', { 'Transfer-Encoding': 'chunked', 'Accept-Language': 'en' }),
    )
    for (let sent = 0; sent <= MAX_JSON_BODY; sent += chunk.length) chunked.write(`4000\r\n${chunk}\r\n`)
    for (const client of [declared, chunked]) {
      const [answer] = await client.responses(1)
      expect(answer?.status).toBe(413)
      expect(answer?.headers.connection).toBe('close')
      expect(JSON.parse(answer?.body ?? '')).toEqual({
        status: 413,
        code: 'payload_too_large',
        message: expect.any(String),
        requestId: answer?.headers['x-request-id'],
      })
      await vi.waitFor(() => expect(client.closed()).toBe(true))
    }
  })

  it('sheds while the event loop runs late, and admits again once it catches up', async () => {
    const listener = (request: IncomingMessage, response: ServerResponse) => {
      if (request.url === '/api/block') {
        const until = performance.now() + 1500
        while (performance.now() < until) {
          // The process out of CPU: nothing else runs meanwhile.
        }
      }
      response.end('ok')
    }
    // A threshold far above what a loaded test machine lags by itself, and a block far above it.
    const limits = { maxInFlight: 0, maxLagMs: 750, maxBodyBytes: 1024 }
    const blocking: Server = createServer(admissionControl(limits, listener))
    await new Promise<void>((resolve) => blocking.listen(0, '127.0.0.1', resolve))
    const address = blocking.address()
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      // Pipelined on one socket: the second request is read right after the first blocked the loop.
      const client = rawClient(url)
      client.write('GET /api/block HTTP/1.1\r\nHost: x\r\n\r\nGET /api/ok HTTP/1.1\r\nHost: x\r\n\r\n')
      const answers = await client.responses(2)
      client.end()
      expect(answers.map((a) => a.status)).toEqual([200, 503])
      await new Promise((r) => setTimeout(r, 100))
      expect((await fetch(`${url}/api/ok`)).status).toBe(200)
    } finally {
      blocking.close()
    }
  })
})
