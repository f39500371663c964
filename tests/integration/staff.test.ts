import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { auditLog, users } from '../../db/schema/index.ts'
import { totpCode } from '../../worker/identity/totp.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { testClient } from '../support/client.ts'
import { linkTokenFor, signedInCitizen, signedInStaff } from '../support/identity.ts'

describe('staff accounts', () => {
  it('enrols TOTP at the first login, then needs a fresh code each time', async () => {
    const clock = fixedClock(new Date('2026-11-23T12:00:00Z'))
    const t = await testApp({ clock })
    const { secret, password } = await signedInStaff(t, 'officer', 'rosa@carabineros.example.cl')
    const [user] = await t.db.select().from(users).where(eq(users.email, 'rosa@carabineros.example.cl'))
    expect(user?.totpSecret).toMatch(/^v1\./)
    expect(user?.totpSecret).not.toContain(secret)

    const client = testClient((path, init) => t.app.request(path, init))
    const step = (await (
      await client.post('/api/staff/login', { username: 'rosa@carabineros.example.cl', password })
    ).json()) as { step: string; challenge: string }
    expect(step.step).toBe('totp')
    // The code just used at enrolment is spent.
    const replay = await client.post('/api/staff/login/totp', {
      challenge: step.challenge,
      code: totpCode(secret, clock.now()),
    })
    expect(replay.status).toBe(401)
    const wrong = await client.post('/api/staff/login/totp', { challenge: step.challenge, code: '000000' })
    expect(wrong.status).toBe(401)
    clock.advance(30_000)
    const ok = await client.post('/api/staff/login/totp', {
      challenge: step.challenge,
      code: totpCode(secret, clock.now()),
    })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toMatchObject({ user: { kind: 'staff', role: 'officer', assurance: 'mfa' } })
  })

  it('gives a wrong password no second step', async () => {
    const t = await testApp()
    await signedInStaff(t, 'officer', 'rosa@carabineros.example.cl')
    const client = testClient((path, init) => t.app.request(path, init))
    const response = await client.post('/api/staff/login', {
      username: 'rosa@carabineros.example.cl',
      password: 'no es la clave',
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ code: 'invalid_credentials' })
  })

  it('lets an administrator create, change and disable staff, each audited', async () => {
    const t = await testApp()
    const { client: admin } = await signedInStaff(t, 'admin')
    const created = await admin.post('/api/admin/staff', {
      email: 'juan@carabineros.example.cl',
      nombres: 'Juan',
      apellidos: 'Pérez',
      role: 'officer',
      unidadCode: 'DEMO-08101-1',
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    const token = await linkTokenFor(t, 'juan@carabineros.example.cl', '/funcionarios/activar')
    expect(token.length).toBeGreaterThan(20)
    const badUnit = await admin.patch(`/api/admin/staff/${id}`, { unidadCode: 'NO-EXISTE' })
    expect(badUnit.status).toBe(400)
    expect((await admin.patch(`/api/admin/staff/${id}`, { role: 'supervisor' })).status).toBe(200)
    expect((await admin.patch(`/api/admin/staff/${id}`, { disabled: true })).status).toBe(200)
    const list = (await (await admin.get('/api/admin/staff')).json()) as {
      items: { id: string; role: string; disabled: boolean }[]
    }
    expect(list.items.find((s) => s.id === id)).toMatchObject({ role: 'supervisor', disabled: true })
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.subjectId, id))
    // A new role brings its set of capabilities: a change of its own in the log.
    expect(entries.map((a) => a.action)).toEqual([
      'staff.created',
      'staff.updated',
      'staff.capabilities_changed',
      'staff.disabled',
    ])
    for (const entry of entries)
      expect(entry).toMatchObject({ actorKind: 'staff', actorUnidad: 'DEMO-13101-1' })
  })

  it('ends a disabled staff member’s sessions', async () => {
    const t = await testApp()
    const { client: admin } = await signedInStaff(t, 'admin')
    const officer = await signedInStaff(t, 'officer')
    expect((await officer.client.get('/api/me')).status).toBe(200)
    expect((await admin.patch(`/api/admin/staff/${officer.userId}`, { disabled: true })).status).toBe(200)
    expect((await officer.client.get('/api/me')).status).toBe(401)
  })

  it('refuses a state change from another origin (403) and writes nothing', async () => {
    const t = await testApp()
    const { client: admin } = await signedInStaff(t, 'admin')
    const before = await t.db.select().from(users)
    const forged = await admin.post(
      '/api/admin/staff',
      { email: 'x@evil.example', nombres: 'X', apellidos: 'Y', role: 'admin', unidadCode: 'DEMO-13101-1' },
      { origin: 'https://evil.example' },
    )
    expect(forged.status).toBe(403)
    expect(await forged.json()).toMatchObject({ code: 'cross_origin_refused' })
    const noOrigin = await admin.post(
      '/api/admin/staff',
      { email: 'x@evil.example', nombres: 'X', apellidos: 'Y', role: 'admin', unidadCode: 'DEMO-13101-1' },
      { origin: '' },
    )
    expect(noOrigin.status).toBe(403)
    // The request's own Host proves nothing: whoever forges the Origin forges the Host with it.
    const ownHost = await admin.post(
      'http://evil.example/api/admin/staff',
      { email: 'x@evil.example', nombres: 'X', apellidos: 'Y', role: 'admin', unidadCode: 'DEMO-13101-1' },
      { origin: 'http://evil.example', host: 'evil.example' },
    )
    expect(ownHost.status).toBe(403)
    expect(await ownHost.json()).toMatchObject({ code: 'cross_origin_refused' })
    expect(await t.db.select().from(users)).toEqual(before)
  })

  it('refuses an officer route to a citizen (403) and to a stranger (401)', async () => {
    const t = await testApp()
    const citizen = await signedInCitizen(t)
    expect((await citizen.get('/api/admin/staff')).status).toBe(403)
    const stranger = testClient((path, init) => t.app.request(path, init))
    expect((await stranger.get('/api/admin/staff')).status).toBe(401)
  })
})
