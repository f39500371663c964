import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, outbox, sessions, users, userTokens } from '../../db/schema/index.ts'
import { nodePasswords, scryptPasswords, TEST_SCRYPT_PARAMS } from '../../worker/identity/password.ts'
import type { PasswordHasher } from '../../worker/ports.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { testClient } from '../support/client.ts'
import { CITIZEN, linkTokenFor, signedInCitizen } from '../support/identity.ts'

describe('internal accounts (citizens without ClaveÚnica)', () => {
  it('registers, verifies the e-mail from the mailed link, signs in, shows the user and signs out', async () => {
    const t = await testApp()
    const client = testClient((path, init) => t.app.request(path, init))
    const registered = await client.post('/api/auth/register', CITIZEN)
    expect(registered.status).toBe(202)
    expect(await registered.json()).toEqual({ status: 'check_email' })

    const early = await client.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect(early.status).toBe(403)
    expect(await early.json()).toMatchObject({ code: 'email_not_verified' })

    const verified = await client.post('/api/auth/verify-email', {
      token: await linkTokenFor(t, CITIZEN.email),
    })
    expect(verified.status).toBe(200)
    const login = await client.post('/api/auth/login', { run: '12345678-5', password: CITIZEN.password })
    expect(login.status).toBe(200)
    const me = await client.get('/api/me')
    expect(await me.json()).toEqual({
      user: expect.objectContaining({
        name: 'Camila Andrea Rojas Fuentes',
        run: '12.345.678-5',
        runProof: 'self',
      }),
    })
    const out = await client.post('/api/auth/logout', {})
    expect(await out.json()).toEqual({ status: 'signed_out', redirect: null })
    expect((await client.get('/api/me')).status).toBe(401)
  })

  it('refuses a weak password, naming the field, and writes nothing', async () => {
    const t = await testApp()
    const client = testClient((path, init) => t.app.request(path, init))
    const cases = [
      { password: 'corta', message: /al menos 12/ },
      { password: 'passwordpassword', message: /conocida por los atacantes/ },
      { password: 'camila.rojas@example.cl!', message: /no puede contener/ },
    ]
    for (const { password, message } of cases) {
      const response = await client.post('/api/auth/register', { ...CITIZEN, password })
      expect(response.status).toBe(400)
      const body = (await response.json()) as { fields: { field: string; message: string }[] }
      expect(body.fields).toEqual([{ field: 'password', message: expect.stringMatching(message) }])
    }
    const bad = await client.post('/api/auth/register', { ...CITIZEN, run: '12.345.678-9' })
    expect(((await bad.json()) as { fields: unknown[] }).fields).toEqual([
      { field: 'run', message: '«RUN» no es un RUN válido: revise los números y el dígito verificador.' },
    ])
    const [rows] = await t.db.select({ n: count() }).from(users)
    expect(rows?.n).toBe(0)
    expect(await t.db.select().from(outbox)).toEqual([])
  })

  it('answers a second registration of the same RUN like the first, and mails the owner instead', async () => {
    const t = await testApp()
    await signedInCitizen(t)
    const again = testClient((path, init) => t.app.request(path, init))
    const response = await again.post('/api/auth/register', { ...CITIZEN, email: 'otra@example.cl' })
    expect(response.status).toBe(202)
    const [rows] = await t.db.select({ n: count() }).from(users)
    expect(rows?.n).toBe(1)
    const mails = await t.db.select().from(outbox).where(eq(outbox.to, CITIZEN.email))
    expect(mails.map((m) => m.subject)).toContain('Ya tiene una cuenta — Comisaría Virtual')
  })

  it('does the same work whether or not the account exists: one hash to register, one e-mail and one audit entry either way', async () => {
    const calls = { hash: 0, verify: 0 }
    const hasher = nodePasswords(TEST_SCRYPT_PARAMS)
    const counting: PasswordHasher = {
      hash: (password) => {
        calls.hash += 1
        return hasher.hash(password)
      },
      verify: (password, stored) => {
        calls.verify += 1
        return hasher.verify(password, stored)
      },
      needsRehash: (stored) => hasher.needsRehash(stored),
    }
    const t = await testApp({ passwords: counting })
    const client = testClient((path, init) => t.app.request(path, init))
    const work = async (path: string, body: unknown) => {
      const before = { ...calls, mails: await t.db.$count(outbox), audit: await t.db.$count(auditLog) }
      const response = await client.post(path, body)
      return {
        status: response.status,
        answer: await response.text(),
        hashes: calls.hash - before.hash,
        verifications: calls.verify - before.verify,
        mails: (await t.db.$count(outbox)) - before.mails,
        audit: (await t.db.$count(auditLog)) - before.audit,
      }
    }
    const same = {
      status: 202,
      answer: '{"status":"check_email"}',
      hashes: 1,
      verifications: 0,
      mails: 1,
      audit: 1,
    }
    expect(await work('/api/auth/register', CITIZEN)).toEqual(same)
    expect(await work('/api/auth/register', CITIZEN)).toEqual(same)
    expect(await work('/api/auth/register', { ...CITIZEN, run: '11111111-1' })).toEqual(same)
    const reset = { ...same, hashes: 0 }
    expect(await work('/api/auth/password-reset', { email: CITIZEN.email })).toEqual(reset)
    expect(await work('/api/auth/password-reset', { email: 'nadie@example.cl' })).toEqual(reset)
    const [note] = await t.db.select().from(outbox).where(eq(outbox.to, 'nadie@example.cl'))
    expect(note?.text).toMatch(/no hay ninguna cuenta registrada con ella/)
  })

  it('signs in with a hash made with older parameters, and makes it again with the configured ones', async () => {
    const t = await testApp()
    await signedInCitizen(t)
    // As a Node deployment stored it before decision 0020: scrypt N=2^15, r=8, p=3.
    const older = await nodePasswords({ N: 2 ** 15, r: 8, p: 3 }).hash(CITIZEN.password)
    await t.db.update(users).set({ passwordHash: older }).where(eq(users.email, CITIZEN.email))
    const client = testClient((path, init) => t.app.request(path, init))
    const login = await client.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect(login.status).toBe(200)
    const [user] = await t.db.select().from(users).where(eq(users.email, CITIZEN.email))
    // The test suite's parameters (testApp's configuration; production's in tests/unit/password.test.ts).
    expect(user?.passwordHash).toMatch(/^scrypt\$64\$8\$1\$/)
    expect(await scryptPasswords.verify(CITIZEN.password, user?.passwordHash ?? '')).toBe(true)
    const again = await client.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect(again.status).toBe(200)
    // A wrong password changes nothing.
    await t.db.update(users).set({ passwordHash: older }).where(eq(users.email, CITIZEN.email))
    const wrong = await client.post('/api/auth/login', {
      run: CITIZEN.run,
      password: 'no es la clave de Camila',
    })
    expect(wrong.status).toBe(401)
    const [kept] = await t.db.select().from(users).where(eq(users.email, CITIZEN.email))
    expect(kept?.passwordHash).toBe(older)
  })

  it('uses a link once', async () => {
    const t = await testApp()
    const client = testClient((path, init) => t.app.request(path, init))
    await client.post('/api/auth/register', CITIZEN)
    const token = await linkTokenFor(t, CITIZEN.email)
    expect((await client.post('/api/auth/verify-email', { token })).status).toBe(200)
    const again = await client.post('/api/auth/verify-email', { token })
    expect(again.status).toBe(400)
    expect(await again.json()).toMatchObject({ code: 'link_invalid' })
  })

  it('resets a password by e-mail and ends every session of the account', async () => {
    const t = await testApp()
    const first = await signedInCitizen(t)
    const stranger = testClient((path, init) => t.app.request(path, init))
    expect((await stranger.post('/api/auth/password-reset', { email: 'nadie@example.cl' })).status).toBe(202)
    expect((await stranger.post('/api/auth/password-reset', { email: CITIZEN.email })).status).toBe(202)
    const token = await linkTokenFor(t, CITIZEN.email, '/restablecer-clave')
    const password = 'otra clave larga para el invierno'
    expect((await stranger.post('/api/auth/password', { token, password })).status).toBe(200)
    expect((await first.get('/api/me')).status).toBe(401)
    const old = await stranger.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect(old.status).toBe(401)
    expect((await stranger.post('/api/auth/login', { run: CITIZEN.run, password })).status).toBe(200)
  })

  it('limits login attempts per account, with a clear message and Retry-After', async () => {
    const t = await testApp()
    await signedInCitizen(t)
    const client = testClient((path, init) => t.app.request(path, init))
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await client.post('/api/auth/login', { run: CITIZEN.run, password: 'no es la clave correcta' }))
          .status,
      )
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429])
    const limited = await client.post('/api/auth/login', { run: CITIZEN.run, password: CITIZEN.password })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await limited.json()).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/Espere/),
    })
    const failures = await t.db.select().from(auditLog).where(eq(auditLog.action, 'user.login_failed'))
    expect(failures).toHaveLength(4)
  })

  it('ends a session after 30 idle minutes', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    const client = await signedInCitizen(t)
    clock.advance(29 * 60_000)
    expect((await client.get('/api/me')).status).toBe(200)
    clock.advance(31 * 60_000)
    expect((await client.get('/api/me')).status).toBe(401)
    expect(await t.db.select().from(sessions)).toEqual([])
  })

  it('keeps no password or token in clear', async () => {
    const t = await testApp()
    const client = await signedInCitizen(t)
    const [user] = await t.db.select().from(users)
    expect(user?.passwordHash).toMatch(/^scrypt\$64\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    const cookie = [...client.jar.values()][0] ?? ''
    const dump = JSON.stringify([await t.db.select().from(sessions), await t.db.select().from(userTokens)])
    expect(dump).not.toContain(cookie)
    expect(dump).not.toContain(CITIZEN.password)
  })
})
