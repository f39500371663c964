import { join } from 'node:path'
import { desc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDigit } from '../../core/run.ts'
import { openFileDatabase } from '../../db/open.ts'
import { auditLog } from '../../db/schema/index.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'
import { rawClient } from '../support/raw-http.ts'

/** Public verification allows 120 look-ups a minute per client: the cheapest limit to fill. */
const VERIFY_LIMIT = 120

async function verify(server: RunningServer, headers: Record<string, string>): Promise<number> {
  const response = await fetch(`${server.url}/api/verificar/AAAAAAAAAA`, { headers })
  await response.arrayBuffer()
  return response.status
}

/** Fills the caller's window, a new forged address on every request, and returns the statuses. */
async function fillWindow(server: RunningServer, forged: (i: number) => Record<string, string>) {
  const statuses: number[] = []
  for (let i = 0; i <= VERIFY_LIMIT; i++) statuses.push(await verify(server, forged(i)))
  return statuses
}

const spoofed = (i: number) => ({
  'cf-connecting-ip': `203.0.113.${i % 250}`,
  'x-forwarded-for': `198.51.100.${i % 250}`,
  'x-real-ip': `192.0.2.${i % 250}`,
})

/** The network address the audit log recorded for the newest entry. */
async function lastAuditedAddress(server: RunningServer) {
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    const [entry] = await db.select().from(auditLog).orderBy(desc(auditLog.at)).limit(1)
    return entry?.clientAddress
  } finally {
    await client.close()
  }
}

function register(server: RunningServer, numero: number, headers: Record<string, string>) {
  const dv = checkDigit(numero)
  return fetch(`${server.url}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      run: `${numero}-${dv}`,
      nombres: 'Ana',
      apellidos: 'Soto',
      email: `ana${numero}@example.cl`,
      password: 'una clave larga de invierno',
    }),
  })
}

describe('the client address on Node', () => {
  describe('with no trusted proxy (the default)', () => {
    let server: RunningServer
    beforeAll(async () => {
      server = await startNodeServer()
    })
    afterAll(() => server.stop())

    it('is the socket’s peer: forged CF-Connecting-IP and X-Forwarded-For do not reset a per-client limit', async () => {
      const statuses = await fillWindow(server, spoofed)
      expect(statuses.slice(0, VERIFY_LIMIT).every((s) => s === 404)).toBe(true)
      expect(statuses.at(-1)).toBe(429)
      expect(await verify(server, { 'cf-connecting-ip': '203.0.113.250' })).toBe(429)
    })

    it('is what the audit log records, whatever the request claims', async () => {
      expect((await register(server, 30_000_001, spoofed(7))).status).toBe(202)
      expect(await lastAuditedAddress(server)).toBe('127.0.0.1')
    })
  })

  describe('behind a trusted proxy', () => {
    let server: RunningServer
    beforeAll(async () => {
      server = await startNodeServer({
        env: { TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8', MAX_CONNECTIONS_PER_CLIENT: '2' },
      })
    })
    afterAll(() => server.stop())

    it('is the right-most X-Forwarded-For entry that is not a trusted proxy; what a client wrote left of it is ignored', async () => {
      const statuses = await fillWindow(server, (i) => ({
        'x-forwarded-for': `198.51.100.${i % 250}, 203.0.113.9, 10.1.2.3`,
        'cf-connecting-ip': `192.0.2.${i % 250}`,
      }))
      expect(statuses.slice(0, VERIFY_LIMIT).every((s) => s === 404)).toBe(true)
      expect(statuses.at(-1)).toBe(429)
      // Another client behind the same proxy has its own window.
      expect(await verify(server, { 'x-forwarded-for': '203.0.113.10' })).toBe(404)
      expect(
        (await register(server, 30_000_002, { 'x-forwarded-for': '1.2.3.4, 203.0.113.11' })).status,
      ).toBe(202)
      expect(await lastAuditedAddress(server)).toBe('203.0.113.11')
    })

    it('is not capped in connections: every client behind it arrives from its address', async () => {
      const proxied = Array.from({ length: 6 }, () => rawClient(server.url, '127.0.0.1'))
      await Promise.all(proxied.map((c) => c.connected))
      for (const c of proxied) c.write('GET /api/health HTTP/1.1\r\nHost: proxy\r\n\r\n')
      const answers = await Promise.all(proxied.map(async (c) => (await c.responses(1))[0]?.status))
      for (const c of proxied) c.end()
      expect(answers).toEqual(Array(6).fill(200))
      // A client that is not the proxy is capped as ever.
      const direct = Array.from({ length: 4 }, () => rawClient(server.url, '127.0.0.2'))
      await Promise.all(direct.map((c) => c.connected))
      const refused = () => direct.filter((c) => c.closed()).length
      for (let waited = 0; refused() < 2 && waited < 5000; waited += 20)
        await new Promise((r) => setTimeout(r, 20))
      expect(refused()).toBe(2)
      for (const c of direct) c.end()
    })
  })
})
