import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'
import { rawClient } from '../support/raw-http.ts'
import { slowAttack, standInPwa } from '../support/slow-clients.ts'

const CONDOLENCIA = JSON.stringify({
  memorial: 'general',
  mensaje: 'Mis condolencias a la familia.',
  firma: 'completa',
})
/** The signed-in citizen's cookie the probe writes with (condolences are theirs: decision 0065). */
let cookie = ''
const CAP = 16
/** Short deadlines, so that the test sees them end the attack's sockets. */
const DEADLINES = {
  HEADERS_TIMEOUT_MS: '2000',
  REQUEST_TIMEOUT_MS: '3000',
  KEEP_ALIVE_TIMEOUT_MS: '1000',
  CONNECTIONS_CHECK_INTERVAL_MS: '250',
}
/** 400 sockets over 50 addresses: 8 an address, half the cap, so it refuses none of them. */
const ATTACKERS = Array.from({ length: 50 }, (_, i) => `127.0.1.${i + 1}`)

/** The three probes, from 127.0.0.1: each must get its usual answer. */
async function probe(url: string): Promise<void> {
  const health = await fetch(`${url}/api/health`)
  expect(health.status).toBe(200)
  expect(await health.json()).toEqual({ status: 'ok' })
  const page = await fetch(`${url}/`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('Comisaría Virtual')
  const write = await fetch(`${url}/api/condolencias`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'sec-fetch-site': 'same-origin' },
    body: CONDOLENCIA,
  })
  expect(write.status).toBe(201)
}

const HEALTH = 'GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n'

describe('slow clients on Node', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startNodeServer({
      env: { ...DEADLINES, MAX_CONNECTIONS_PER_CLIENT: String(CAP), WEB_ROOT: standInPwa() },
    })
    const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    cookie = cookieOf(await signedInCitizenAt(server.url, db))
    client.close()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('keeps the API, the pages and writes answering while hundreds of slow sockets are held, and its deadlines end them', async () => {
    const attack = await slowAttack(server.url, { dribbling: 200, partialBodies: 200, addresses: ATTACKERS })
    try {
      expect(attack.open()).toBe(400)
      for (let round = 0; round < 3; round += 1) await probe(server.url)
      // Dribbling never stretches the headers' deadline; a body that stops never reaches the app.
      await vi.waitFor(
        () => {
          expect(attack.timedOut.dribbling).toBeGreaterThanOrEqual(200)
          expect(attack.timedOut.partialBodies).toBeGreaterThanOrEqual(200)
        },
        { timeout: 15_000, interval: 100 },
      )
      expect(attack.answered).toBe(0)
      expect(attack.refused).toBe(0)
      // The attacker reconnects at once: still under attack.
      await probe(server.url)
    } finally {
      attack.stop()
    }
    await probe(server.url)
  })

  it('closes at once the connections one address opens past the cap, and serves the others', async () => {
    const clients = Array.from({ length: CAP + 5 }, () => rawClient(server.url, '127.0.2.1'))
    try {
      await Promise.all(clients.map((c) => c.connected))
      await vi.waitFor(() => expect(clients.filter((c) => c.closed())).toHaveLength(5), {
        timeout: 5_000,
        interval: 20,
      })
      const kept = clients.filter((c) => !c.closed())
      for (const client of kept) client.write(HEALTH)
      const answers = await Promise.all(kept.map(async (c) => (await c.responses(1))[0]?.status))
      expect(answers).toEqual(Array(CAP).fill(200))
    } finally {
      for (const client of clients) client.end()
    }
    // Their places are free again once they are closed (as soon as the server has seen them go).
    await vi.waitFor(
      async () => {
        const again = rawClient(server.url, '127.0.2.1')
        await again.connected
        again.write(HEALTH)
        const answer = await again.responses(1).catch(() => [])
        again.end()
        expect(answer[0]?.status).toBe(200)
      },
      { timeout: 5_000, interval: 50 },
    )
  })
})
