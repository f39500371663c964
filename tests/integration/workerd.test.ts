import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { anonymousPost } from '../support/client.ts'
import { type Edge, startEdge } from '../support/edge.ts'
import type { HranaServer } from '../support/hrana-server.ts'
import { workerBundle } from '../support/worker-bundle.ts'

/**
 * The Workers build, run in workerd through miniflare. workerd has no Turso to reach here, so a
 * loopback Hrana server on a libSQL file stands in for it: the Worker takes its production path,
 * `@libsql/client/web` over HTTP.
 */
describe('the Workers bundle in workerd', () => {
  let edge: Edge
  let turso: HranaServer
  let mf: Miniflare
  let script: string

  beforeAll(async () => {
    script = workerBundle()
    edge = await startEdge()
    ;({ mf, turso } = edge)
  })

  afterAll(() => edge?.close())

  it('is under 1 MB gzipped', () => {
    expect(gzipSync(readFileSync(script)).length).toBeLessThan(1024 * 1024)
  })

  it('answers /api/health from the database', async () => {
    const response = await mf.dispatchFetch('http://localhost/api/health')
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('writes through Turso’s protocol once per idempotency key', async () => {
    const post = () =>
      mf.dispatchFetch(
        'http://localhost/api/condolencias',
        anonymousPost('edge-key-1', { nombre: 'Juan Soto', mensaje: 'Honor y gloria.' }),
      )
    const first = await post()
    expect(first.status).toBe(201)
    const second = await post()
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await second.text()).toBe(await first.text())
    const list = await mf.dispatchFetch('http://localhost/api/condolencias')
    expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(1)
  })

  it('hashes a password with scrypt from node:crypto under nodejs_compat (a registration)', async () => {
    const response = await mf.dispatchFetch('http://localhost/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({
        run: '12.345.678-5',
        nombres: 'Camila',
        apellidos: 'Rojas',
        email: 'camila@example.cl',
        password: 'un cóndor sobre los Andes 1810',
      }),
    })
    expect(response.status).toBe(202)
  })

  it('answers 503 with a reason when the database is unreachable', async () => {
    await turso.close()
    const response = await mf.dispatchFetch('http://localhost/api/health')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database_unreachable' })
  })
})
