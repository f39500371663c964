import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { generateSigningJwk } from '../../worker/keys/signing-keys.ts'
import { DEVICE_SECRET } from '../support/client.ts'
import { edgeBindings } from '../support/edge.ts'
import { type HranaServer, startHranaServer } from '../support/hrana-server.ts'
import { workerBundle } from '../support/worker-bundle.ts'

/**
 * The Workers build, run in workerd through miniflare. workerd has no Turso to reach here, so a
 * loopback Hrana server on a libSQL file stands in for it: the Worker takes its production path,
 * `@libsql/client/web` over HTTP.
 */
describe('the Workers bundle in workerd', () => {
  let turso: HranaServer
  let mf: Miniflare
  let script: string

  beforeAll(async () => {
    script = workerBundle()
    const path = join(mkdtempSync(join(tmpdir(), 'cv-workerd-')), 'turso.db')
    const { client, db } = await openFileDatabase(`file:${path}`)
    await migrateDatabase(db)
    await client.close()
    turso = await startHranaServer(path)
    mf = new Miniflare({
      modules: true,
      scriptPath: script,
      ...(await edgeBindings()),
      bindings: {
        APP_ENV: 'test',
        TURSO_DATABASE_URL: turso.url,
        SIGNING_KEYS: JSON.stringify([await generateSigningJwk('edge-1')]),
        VAULT_KEY: await generateVaultKey(),
        MAIL_API_URL: 'http://127.0.0.1:9/unused',
        MAIL_API_TOKEN: 'unused',
      },
      r2Buckets: ['FILES'],
      serviceBindings: { ASSETS: () => new Response('static', { status: 200 }) },
    })
  })

  afterAll(async () => {
    await mf?.dispose()
    await turso?.close()
  })

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
      mf.dispatchFetch('http://localhost/api/condolencias', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'edge-key-1',
          'idempotency-secret': DEVICE_SECRET,
        },
        body: JSON.stringify({ nombre: 'Juan Soto', mensaje: 'Honor y gloria.' }),
      })
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
