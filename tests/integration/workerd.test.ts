import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { eq } from 'drizzle-orm'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { condolencias, users } from '../../db/schema/index.ts'
import { nodePasswords, scryptPasswords } from '../../worker/identity/password.ts'
import { type Edge, startEdge } from '../support/edge.ts'
import type { HranaServer } from '../support/hrana-server.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'
import { workerBundle } from '../support/worker-bundle.ts'

const PASSWORD = 'un cóndor sobre los Andes 1810'

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
    // Production's hashing cost: the yielding hash is what is tested (decision 0071).
    edge = await startEdge({ bindings: { PASSWORD_HASHING: 'production' } })
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
    // A condolence is a signed-in citizen's (decision 0065).
    // PUBLIC_URL is https here: the cookies carry their __Host- names.
    const cookie = (await claveUnicaSessionCookie(edge.db, '12345678-5')).replace(
      /(^|; )cv_/g,
      '$1__Host-cv_',
    )
    const post = () =>
      mf.dispatchFetch('http://localhost/api/condolencias', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': 'edge-key-1',
          cookie,
          'sec-fetch-site': 'same-origin',
        },
        body: JSON.stringify({ memorial: 'general', mensaje: 'Honor y gloria.', firma: 'completa' }),
      })
    const first = await post()
    expect(first.status, await first.clone().text()).toBe(201)
    const second = await post()
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await second.text()).toBe(await first.text())
    // Kept by its shard, then committed to Turso once (decision 0023).
    await edge.flush()
    const rows = await edge.db.select().from(condolencias).where(eq(condolencias.mensaje, 'Honor y gloria.'))
    expect(rows).toHaveLength(1)
  })

  const register = (run: string, email: string) =>
    mf.dispatchFetch('http://localhost/api/auth/register', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ run, nombres: 'Camila', apellidos: 'Rojas', email, password: PASSWORD }),
    })

  it('hashes a password while it answers other requests of the isolate (a registration beside /api/health)', async () => {
    let answered = false
    const registration = register('12.345.678-5', 'camila@example.cl').then((response) => {
      answered = true
      return response
    })
    let healthAnswers = 0
    while (!answered) {
      const health = await mf.dispatchFetch('http://localhost/api/health')
      await health.arrayBuffer()
      if (health.status === 200 && !answered) healthAnswers += 1
    }
    expect((await registration).status).toBe(202)
    // node:crypto's scrypt held the isolate for the whole hash: one answer at most slipped in.
    expect(healthAnswers).toBeGreaterThanOrEqual(3)
  })

  it('signs in with a hash made on Node before decision 0020 (N=2^15, p=3), and makes it again', async () => {
    const { client, db } = await openFileDatabase(`file:${turso.path}`)
    const older = await nodePasswords({ N: 2 ** 15, r: 8, p: 3 }).hash(PASSWORD)
    await db.insert(users).values({
      id: crypto.randomUUID(),
      kind: 'citizen',
      run: '11111111-1',
      runProof: 'self',
      givenNames: 'Ana',
      familyNames: 'Soto',
      email: 'ana@example.cl',
      emailVerifiedAt: new Date(),
      passwordHash: older,
      createdAt: new Date(),
    })
    const login = await mf.dispatchFetch('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ run: '11.111.111-1', password: PASSWORD }),
    })
    expect(login.status).toBe(200)
    const [ana] = await db.select().from(users).where(eq(users.email, 'ana@example.cl'))
    await client.close()
    expect(ana?.passwordHash).toMatch(/^scrypt\$8192\$8\$10\$/)
    expect(await scryptPasswords.verify(PASSWORD, ana?.passwordHash ?? '')).toBe(true)
  })

  it('answers 503 with a reason when the database is unreachable', async () => {
    await turso.close()
    const response = await mf.dispatchFetch('http://localhost/api/health')
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database_unreachable' })
    // Any other request that needs it is told to come back, not met with a 500.
    const login = await mf.dispatchFetch('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ run: '11.111.111-1', password: PASSWORD }),
    })
    expect(login.status).toBe(503)
    expect(login.headers.get('retry-after')).toBe('5')
    expect(((await login.json()) as { code: string }).code).toBe('unavailable')
  })
})
