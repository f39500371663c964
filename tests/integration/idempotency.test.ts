import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { condolencias, idempotencyKeys } from '../../db/schema/index.ts'
import { KEY_TTL_MS } from '../../worker/middleware/idempotency.ts'
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

  it('writes one row when the same request arrives many times at once, and answers each copy alike', async () => {
    const { app, db } = await testApp()
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(app, 'key-concurrent', body)))
    const texts = await Promise.all(responses.map((r) => r.text()))
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    expect(new Set(texts).size).toBe(1)
    // The copies that lost the race were answered with the winner's stored response.
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true').length).toBeGreaterThan(0)
    expect(await rows(db)).toBe(1)
    expect(await db.select().from(idempotencyKeys)).toHaveLength(1)
    const retry = await post(app, 'key-concurrent', body)
    expect(await retry.text()).toBe(texts[0])
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
