import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DURABILITY_PRAGMAS, openFileDatabase } from '../../db/open.ts'
import { condolencias } from '../../db/schema/index.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { loggedPragmas, type RunningServer, startNodeServer } from '../support/node-server.ts'

describe('the embedded default (npm start)', () => {
  let server: RunningServer

  beforeAll(async () => {
    server = await startNodeServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('runs on Node 22 or newer', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22)
  })

  it('opens its libSQL file with the durability pragmas and says so at start-up', () => {
    expect(loggedPragmas(server.output())).toEqual(DURABILITY_PRAGMAS)
    expect(existsSync(`${server.dataDir}/comisaria.db`)).toBe(true)
    expect(existsSync(`${server.dataDir}/comisaria.db-wal`)).toBe(true)
  })

  it('answers /api/health', async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('serves the PWA’s pages, revalidated on every load, and app routes from index.html', async () => {
    for (const path of ['/', '/constancias/votacion']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/text\/html/)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(await response.text()).toContain('Comisaría Virtual')
    }
  })

  it('keeps an acknowledged submission across a restart on the same file', async () => {
    const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    // A condolence is a signed-in citizen's (decision 0065); the session outlives the restart too.
    const cookie = cookieOf(await signedInCitizenAt(server.url, db))
    const write = (url: string) =>
      fetch(`${url}/api/condolencias`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'restart-1',
          cookie,
          'sec-fetch-site': 'same-origin',
        },
        body: JSON.stringify({ memorial: 'general', mensaje: 'Fuerza a sus familias.', firma: 'completa' }),
      })
    const created = await write(server.url)
    expect(created.status).toBe(201)
    const body = await created.text()
    expect(await server.stop()).toBe(0)
    server = await startNodeServer({ dataDir: server.dataDir })
    const replay = await write(server.url)
    expect(await replay.text()).toBe(body)
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    const rows = await db
      .select()
      .from(condolencias)
      .where(eq(condolencias.mensaje, 'Fuerza a sus familias.'))
    expect(rows).toHaveLength(1)
    client.close()
  })
})
