import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { condolencias, idempotencyKeys } from '../../db/schema/index.ts'
import { planStaffCreation } from '../../worker/identity/staff.ts'
import { KEY_TTL_MS, requestFingerprint } from '../../worker/middleware/idempotency.ts'
import { runWrites } from '../../worker/writes.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { DEVICE_SECRET, testClient } from '../support/client.ts'
import { cookieOf, signedInCitizen } from '../support/identity.ts'

const body = { memorial: 'general', mensaje: 'Mis condolencias a la familia.', firma: 'completa' }

type App = Awaited<ReturnType<typeof testApp>>

/** A test app with a signed-in citizen, who writes the condolences (decision 0065). */
async function signedIn(options: Parameters<typeof testApp>[0] = {}) {
  const t = await testApp(options)
  return { ...t, cookie: cookieOf(await signedInCitizen(t)) }
}

function post(
  t: Pick<App, 'app'> & { cookie: string },
  key: string | undefined,
  payload: unknown,
  headers: Record<string, string> = {},
  path = '/api/condolencias',
) {
  return t.app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: t.cookie,
      origin: 'http://localhost:8787',
      ...(key ? { 'idempotency-key': key } : {}),
      ...headers,
    },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
}

async function rows(db: App['db']) {
  const [result] = await db.select({ n: count() }).from(condolencias)
  return result?.n
}

/** A public message of «general» and its report, sent anonymously from a device: anyone may report (decision 0065). */
async function reportable(t: App) {
  await t.db.insert(condolencias).values({
    id: 'publica',
    memorialId: 'general',
    firmaTexto: 'Rosa',
    mensaje: 'Fuerza a la familia.',
    estado: 'publicado',
    receivedAt: new Date(0),
    publicarDesde: new Date(0),
  })
  return (key: string, headers: Record<string, string> = { 'idempotency-secret': DEVICE_SECRET }) =>
    post({ app: t.app, cookie: '' }, key, { motivo: 'otro' }, headers, '/api/condolencias/publica/reportes')
}

describe('idempotency keys', () => {
  it('executes the same POST once and replays the stored response', async () => {
    const t = await signedIn()
    const { db } = t
    const first = await post(t, 'key-1', body)
    const second = await post(t, 'key-1', body)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect(await second.text()).toBe(await first.text())
    expect(await rows(db)).toBe(1)
  })

  it('writes one row when the same request arrives many times at once; a copy that lost the race is told to send again, and then gets the same answer', async () => {
    const t = await signedIn()
    const { db } = t
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(t, 'key-concurrent', body)))
    const created = responses.filter((r) => r.status === 201 && !r.headers.get('idempotent-replayed'))
    expect(created).toHaveLength(1)
    const answer = await created[0]?.text()
    for (const response of responses) {
      if (response === created[0]) continue
      if (response.status === 201) {
        // Arrived after the first committed: its stored answer, replayed.
        expect(response.headers.get('idempotent-replayed')).toBe('true')
        expect(await response.text()).toBe(answer)
        continue
      }
      // Ran beside the first and lost on the key (decision 0083): nothing of it was written.
      expect(response.status).toBe(409)
      expect(response.headers.get('retry-after')).toBe('1')
      expect(await response.json()).toMatchObject({ code: 'idempotency_key_in_use' })
    }
    expect(await rows(db)).toBe(1)
    expect(await db.select().from(idempotencyKeys)).toHaveLength(1)
    const retry = await post(t, 'key-concurrent', body)
    expect(retry.status).toBe(201)
    expect(await retry.text()).toBe(answer)
  })

  it('refuses the same key with a different body (422) and writes nothing', async () => {
    const t = await signedIn()
    const { db } = t
    await post(t, 'key-2', body)
    const other = await post(t, 'key-2', { ...body, mensaje: 'Otro mensaje.' })
    expect(other.status).toBe(422)
    expect(await other.json()).toMatchObject({ code: 'idempotency_key_reused' })
    expect(await rows(db)).toBe(1)
  })

  it('stores nothing for a request that failed validation, so a corrected retry can use the key', async () => {
    const t = await signedIn()
    const { db } = t
    const bad = await post(t, 'key-3', { ...body, firma: '' })
    expect(bad.status).toBe(400)
    expect(await db.select().from(idempotencyKeys)).toEqual([])
    const good = await post(t, 'key-3', body)
    expect(good.status).toBe(201)
    expect(await rows(db)).toBe(1)
  })

  it('forgets a key after its time to live', async () => {
    // Anonymous (a reader's report): a citizen's session would idle out long before the key.
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    const report = await reportable(t)
    await report('key-5')
    clock.advance(KEY_TTL_MS - 1)
    expect((await report('key-5')).headers.get('idempotent-replayed')).toBe('true')
    clock.advance(2)
    expect((await report('key-5')).headers.get('idempotent-replayed')).toBeNull()
    expect(await t.db.select().from(idempotencyKeys)).toHaveLength(1)
  })

  it('scopes keys to the route: the same key elsewhere is another request', async () => {
    const t = await signedIn()
    const { db } = t
    await post(t, 'key-6', body)
    const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'key-6'))
    expect(row?.scope).toMatch(/^\S+ POST \/api\/condolencias$/)
  })

  it('scopes an anonymous key to the device that holds its secret: knowing the key and body is not enough', async () => {
    // Anyone may report a public message (decision 0065): the anonymous write probed here.
    const t = await testApp()
    const { db } = t
    const report = await reportable(t)
    const keys = async () => (await db.select().from(idempotencyKeys)).length
    const mine = await report('key-7')
    expect(mine.status).toBe(202)
    const stranger = await report('key-7', { 'idempotency-secret': 'otro-dispositivo-ajeno' })
    expect(stranger.status).toBe(202)
    expect(stranger.headers.get('idempotent-replayed')).toBeNull()
    expect(await keys()).toBe(2)
    const again = await report('key-7')
    expect(again.headers.get('idempotent-replayed')).toBe('true')
    for (const [secret, says] of [
      [undefined, /^«Idempotency-Secret» es obligatorio/],
      ['corta', /^«Idempotency-Secret» no tiene un formato válido/],
    ] as const) {
      const refused = await report('key-8', secret ? { 'idempotency-secret': secret } : {})
      expect(refused.status).toBe(400)
      expect((await refused.json()).fields).toEqual([
        { field: 'Idempotency-Secret', message: expect.stringMatching(says) },
      ])
    }
    expect(await keys()).toBe(2)
  })

  it('takes the same body with its content type spelt another way, or its keys in another order, as the same request', async () => {
    const t = await signedIn()
    const { db } = t
    await post(t, 'key-9', body)
    const charset = await post(t, 'key-9', body, { 'content-type': 'Application/JSON; charset=utf-8' })
    expect(charset.status).toBe(201)
    expect(charset.headers.get('idempotent-replayed')).toBe('true')
    const reordered = await post(
      t,
      'key-9',
      `{ "firma": "${body.firma}", "mensaje": "${body.mensaje}",\n "memorial": "${body.memorial}" }`,
    )
    expect(reordered.headers.get('idempotent-replayed')).toBe('true')
    expect(await rows(db)).toBe(1)
    expect(requestFingerprint('application/json', '{"__proto__":{"a":1},"b":[1,{"d":2,"c":3}]}')).toBe(
      'application/json\n{"__proto__":{"a":1},"b":[1,{"c":3,"d":2}]}',
    )
    expect(requestFingerprint('application/json', '{no es json')).toBe('application/json\n{no es json')
  })

  it('never stores an answer that carries a secret: the TOTP seed of an enrolment is not in the table, and a replay gets 409', async () => {
    const t = await testApp()
    const email = 'rosa@carabineros.example.cl'
    const ctx = { ...t.ports, actor: null, requestId: 'test', clientAddress: null, cifras: true }
    const planned = await planStaffCreation(
      ctx,
      { email, nombres: 'Rosa', apellidos: 'Vera', role: 'officer', unidadCode: 'DEMO-13101-1' },
      { locale: 'es', publicUrl: 'http://localhost:8787' },
    )
    await runWrites(t.ports, planned.writes)
    const client = testClient((path, init) => t.app.request(path, init))
    const password = 'guardia de la noche en Temuco'
    await client.post('/api/auth/password', { token: planned.link.split('#')[1], password })
    const key = { 'Idempotency-Key': 'enrolamiento-1', 'Idempotency-Secret': DEVICE_SECRET }
    const enrol = await client.post('/api/staff/login', { username: email, password }, key)
    expect(enrol.status).toBe(200)
    const { secret, challenge } = (await enrol.json()) as { secret: string; challenge: string }
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    const stored = await t.db.select().from(idempotencyKeys)
    expect(stored).toHaveLength(1)
    expect(stored[0]?.responseBody).toBeNull()
    expect(JSON.stringify(stored)).not.toContain(secret)
    expect(JSON.stringify(stored)).not.toContain(challenge)
    const replay = await client.post('/api/staff/login', { username: email, password }, key)
    expect(replay.status).toBe(409)
    const refused = await replay.text()
    expect(JSON.parse(refused)).toMatchObject({ code: 'answer_withheld' })
    expect(refused).not.toContain(secret)
  })

  it('refuses an empty or over-long key, naming the header, and writes nothing', async () => {
    const t = await signedIn()
    const { db } = t
    const long = await post(t, 'k'.repeat(256), body)
    expect(long.status).toBe(400)
    expect(await long.json()).toMatchObject({
      code: 'validation_failed',
      fields: [{ field: 'Idempotency-Key' }],
    })
    expect((await post(t, 'k'.repeat(255), body)).status).toBe(201)
    expect(await rows(db)).toBe(1)
  })
})
