import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'
import { describe, expect, it } from 'vitest'
import { admissionControl } from '../../worker/adapters/admission.ts'
import { startNodeServer } from '../support/node-server.ts'

const CONDOLENCIA = JSON.stringify({ nombre: 'Ana', mensaje: 'Mis condolencias a la familia.' })

/** Raw HTTP/1.1 on one socket; `answers(n)` waits for n responses and gives all it received, as text. */
function rawClient(url: string) {
  const { hostname, port } = new URL(url)
  const socket: Socket = connect(Number(port), hostname)
  let received = ''
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString()
  })
  return {
    write: (text: string) => socket.write(text),
    answers: async (n: number) => {
      while ((received.match(/HTTP\/1\.1 \d{3}/g) ?? []).length < n)
        await new Promise((r) => setTimeout(r, 10))
      return received
    },
    end: () => socket.destroy(),
  }
}

describe('admission control on Node', () => {
  it('sheds API requests past MAX_IN_FLIGHT with 503 and Retry-After, before routing, and serves the rest', async () => {
    const server = await startNodeServer({ env: { MAX_IN_FLIGHT: '3' } })
    try {
      const origin = new URL(server.url).host
      // Three condolences in flight: headers sent, the body still on its way.
      const slow = [0, 1, 2].map(() => rawClient(server.url))
      for (const client of slow) {
        client.write(
          `POST /api/condolencias HTTP/1.1\r\nHost: ${origin}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(CONDOLENCIA)}\r\n\r\n${CONDOLENCIA.slice(0, 10)}`,
        )
      }
      await new Promise((r) => setTimeout(r, 300))
      const shed = await fetch(`${server.url}/api/condolencias`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en' },
        body: CONDOLENCIA,
      })
      expect(shed.status).toBe(503)
      expect(shed.headers.get('Retry-After')).toBe('1')
      expect(shed.headers.get('Cache-Control')).toBe('no-store')
      const body = await shed.json()
      expect(body).toEqual({
        status: 503,
        code: 'unavailable',
        message: expect.stringMatching(/^The service is unavailable/),
        requestId: shed.headers.get('X-Request-Id'),
      })
      const spanish = await fetch(`${server.url}/api/health`)
      expect(spanish.status).toBe(503)
      expect((await spanish.json()).message).toMatch(/^El servicio no está disponible/)
      // What is not the API (pages, the signing keys) is never shed.
      expect((await fetch(`${server.url}/.well-known/comisaria-virtual/keys.json`)).status).toBe(200)

      // The three finish and are written; then there is room again.
      for (const client of slow) client.write(CONDOLENCIA.slice(10))
      for (const client of slow) expect(await client.answers(1)).toMatch(/^HTTP\/1\.1 201/)
      for (const client of slow) client.end()
      const after = await fetch(`${server.url}/api/condolencias`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: CONDOLENCIA,
      })
      expect(after.status).toBe(201)
    } finally {
      await server.stop()
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
    const server: Server = createServer(admissionControl({ maxInFlight: 0, maxLagMs: 750 }, listener))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    try {
      // Pipelined on one socket: the second request is read right after the first blocked the loop.
      const client = rawClient(url)
      client.write('GET /api/block HTTP/1.1\r\nHost: x\r\n\r\nGET /api/ok HTTP/1.1\r\nHost: x\r\n\r\n')
      const answers = await client.answers(2)
      client.end()
      expect(answers.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 503'])
      await new Promise((r) => setTimeout(r, 100))
      expect((await fetch(`${url}/api/ok`)).status).toBe(200)
    } finally {
      server.close()
    }
  })
})
