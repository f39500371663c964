import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DURABILITY_PRAGMAS } from '../../db/open.ts'
import { DEVICE_SECRET } from '../support/client.ts'
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
    const created = await fetch(`${server.url}/api/condolencias`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'restart-1',
        'idempotency-secret': DEVICE_SECRET,
      },
      body: JSON.stringify({ nombre: 'Rosa', mensaje: 'Fuerza a sus familias.' }),
    })
    expect(created.status).toBe(201)
    const body = await created.text()
    expect(await server.stop()).toBe(0)
    server = await startNodeServer({ dataDir: server.dataDir })
    const replay = await fetch(`${server.url}/api/condolencias`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': 'restart-1',
        'idempotency-secret': DEVICE_SECRET,
      },
      body: JSON.stringify({ nombre: 'Rosa', mensaje: 'Fuerza a sus familias.' }),
    })
    expect(await replay.text()).toBe(body)
    const list = (await (await fetch(`${server.url}/api/condolencias`)).json()) as { items: unknown[] }
    expect(list.items).toHaveLength(1)
  })
})
