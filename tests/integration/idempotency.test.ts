import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { condolencias, idempotencyKeys } from '../../db/schema/index.ts'
import { KEY_TTL_MS, LOCK_MS } from '../../worker/middleware/idempotency.ts'
import { fixedClock, testApp } from '../support/app.ts'

const body = { nombre: 'Ana Pérez', mensaje: 'Mis condolencias a la familia.' }

function post(app: Awaited<ReturnType<typeof testApp>>['app'], key: string | undefined, payload: unknown) {
  return app.request('/api/condolencias', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify(payload),
  })
}

async function rows(db: Awaited<ReturnType<typeof testApp>>['db']) {
  const [result] = await db.select({ n: count() }).from(condolencias)
  return result?.n
}

describe('idempotency keys', () => {
  it('executes the same POST once and replays the stored response', async () => {
    const { app, db } = await testApp()
    const first = await post(app, 'key-1', body)
    const second = await post(app, 'key-1', body)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await second.text()).toBe(await first.text())
    expect(await rows(db)).toBe(1)
  })

  it('writes one row when the same request arrives many times at once', async () => {
    const { app, db } = await testApp()
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(app, 'key-concurrent', body)))
    const texts = await Promise.all(responses.map((r) => r.text()))
    const created = responses.flatMap((r, i) => (r.status === 201 ? [texts[i]] : []))
    const busy = responses.filter((r) => r.status === 409)
    expect(created.length + busy.length).toBe(10)
    expect(new Set(created).size).toBe(1)
    for (const r of busy) expect(r.headers.get('retry-after')).toBe('1')
    expect(await rows(db)).toBe(1)
    const retry = await post(app, 'key-concurrent', body)
    expect(await retry.text()).toBe(created[0])
  })

  it('refuses the same key with a different body (422) and writes nothing', async () => {
    const { app, db } = await testApp()
    await post(app, 'key-2', body)
    const other = await post(app, 'key-2', { ...body, mensaje: 'Otro mensaje.' })
    expect(other.status).toBe(422)
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' })
    expect(await rows(db)).toBe(1)
  })

  it('stores nothing for a request that failed validation, so a corrected retry can use the key', async () => {
    const { app, db } = await testApp()
    const bad = await post(app, 'key-3', { ...body, nombre: '' })
    expect(bad.status).toBe(400)
    expect(await db.select().from(idempotencyKeys)).toEqual([])
    const good = await post(app, 'key-3', body)
    expect(good.status).toBe(201)
    expect(await rows(db)).toBe(1)
  })

  it('answers 409 while the first request with the key is still executing', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const { app, db } = await testApp({ clock })
    const { hashOf } = await claimFor(app, db)
    await db.insert(idempotencyKeys).values({
      scope: 'anonymous POST /api/condolencias',
      key: 'key-4',
      requestHash: hashOf,
      state: 'pending',
      createdAt: clock.now(),
      lockedUntil: new Date(clock.now().getTime() + LOCK_MS),
      expiresAt: new Date(clock.now().getTime() + KEY_TTL_MS),
    })
    const busy = await post(app, 'key-4', body)
    expect(busy.status).toBe(409)
    expect(await busy.json()).toMatchObject({ code: 'idempotency_in_progress' })
    // The claim of a process that died is retaken once its lock runs out.
    clock.advance(LOCK_MS + 1)
    const retaken = await post(app, 'key-4', body)
    expect(retaken.status).toBe(201)
    expect(await rows(db)).toBe(2)
  })

  it('forgets a key after its time to live', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const { app, db } = await testApp({ clock })
    await post(app, 'key-5', body)
    clock.advance(KEY_TTL_MS - 1)
    expect((await post(app, 'key-5', body)).headers.get('idempotent-replayed')).toBe('true')
    clock.advance(2)
    expect((await post(app, 'key-5', body)).headers.get('idempotent-replayed')).toBeNull()
    expect(await rows(db)).toBe(2)
  })

  it('scopes keys to the route: the same key elsewhere is another request', async () => {
    const { app, db } = await testApp()
    await post(app, 'key-6', body)
    const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'key-6'))
    expect(row?.scope).toBe('anonymous POST /api/condolencias')
  })

  it('refuses an empty or over-long key, naming the header, and writes nothing', async () => {
    const { app, db } = await testApp()
    const long = await post(app, 'k'.repeat(256), body)
    expect(long.status).toBe(400)
    expect(await long.json()).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'Idempotency-Key' }],
    })
    expect((await post(app, 'k'.repeat(255), body)).status).toBe(201)
    expect(await rows(db)).toBe(1)
  })
})

/** The request hash a POST of `body` gets, read from a claim made and stored by a real request. */
async function claimFor(
  app: Awaited<ReturnType<typeof testApp>>['app'],
  db: Awaited<ReturnType<typeof testApp>>['db'],
) {
  await post(app, 'probe', body)
  const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'probe'))
  if (!row) throw new Error('no claim stored')
  return { hashOf: row.requestHash }
}
