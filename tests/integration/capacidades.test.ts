import { and, eq } from 'drizzle-orm'
import { beforeEach, describe, expect, it } from 'vitest'
import { CAPACIDADES, CAPACIDADES_DE_ROL, type Capacidad } from '../../core/capacidades.ts'
import { auditLog, users } from '../../db/schema/index.ts'
import type { Actor } from '../../worker/identity/actor.ts'
import { isLastAdministratorLost } from '../../worker/identity/otorgar.ts'
import { planStaffUpdate } from '../../worker/identity/staff.ts'
import { runWrites } from '../../worker/writes.ts'
import { testApp } from '../support/app.ts'
import { signedInStaff } from '../support/identity.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>
type Client = Awaited<ReturnType<typeof signedInStaff>>['client']

const SIN_ADMINISTRAR = CAPACIDADES.filter((capacidad) => capacidad !== 'personal.administrar')

async function me(client: Client) {
  return ((await (await client.get('/api/me')).json()) as { user: { capacidades: Capacidad[] } }).user
}

async function auditOf(t: TestApp, id: string) {
  return t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.subjectId, id), eq(auditLog.action, 'staff.capabilities_changed')))
}

async function storedOf(t: TestApp, id: string) {
  const [row] = await t.db.select().from(users).where(eq(users.id, id))
  return row
}

describe('capabilities granted per staff member', () => {
  let t: TestApp
  let admin: Awaited<ReturnType<typeof signedInStaff>>
  let officer: Awaited<ReturnType<typeof signedInStaff>>
  beforeEach(async () => {
    t = await testApp()
    admin = await signedInStaff(t, 'admin')
    officer = await signedInStaff(t, 'officer')
  })

  it('gives a new account its role’s set, shown to the person and to administrators', async () => {
    expect((await me(officer.client)).capacidades).toEqual(CAPACIDADES_DE_ROL.officer)
    expect((await me(admin.client)).capacidades).toEqual(CAPACIDADES_DE_ROL.admin)
    const list = (await (await admin.client.get('/api/admin/staff')).json()) as {
      items: { id: string; capacidades: Capacidad[] }[]
    }
    expect(list.items.find((s) => s.id === officer.userId)?.capacidades).toEqual(CAPACIDADES_DE_ROL.officer)
    const [created] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectId, officer.userId), eq(auditLog.action, 'staff.created')))
    expect(created?.detail).toMatchObject({ capacidades: CAPACIDADES_DE_ROL.officer })
  })

  it('grants and revokes, each audited with who and what, and a revoked capability is refused at the next request', async () => {
    const cifras = '/api/supervisor/permisos/cifras'
    expect((await officer.client.get(cifras)).status).toBe(403)

    const granted = [...CAPACIDADES_DE_ROL.officer, 'cifras.ver']
    expect(
      (await admin.client.patch(`/api/admin/staff/${officer.userId}`, { capacidades: granted })).status,
    ).toBe(200)
    // Same session, no sign-in again: the grant is read with the session on every request.
    expect((await officer.client.get(cifras)).status).toBe(200)
    expect((await me(officer.client)).capacidades).toContain('cifras.ver')

    expect(
      (
        await admin.client.patch(`/api/admin/staff/${officer.userId}`, {
          capacidades: ['cifras.ver', 'permisos.fiscalizar'],
        })
      ).status,
    ).toBe(200)
    expect((await officer.client.post('/api/funcionarios/constancias-voto/buscar', {})).status).toBe(403)
    expect((await officer.client.get(cifras)).status).toBe(200)

    const entries = await auditOf(t, officer.userId)
    expect(entries.map((e) => ({ actor: e.actorId, detail: e.detail }))).toEqual([
      { actor: admin.userId, detail: { otorgadas: ['cifras.ver'], revocadas: [] } },
      {
        actor: admin.userId,
        detail: {
          otorgadas: [],
          revocadas: [
            'constancias.validar',
            'denuncias.unidad',
            'felicitaciones.unidad',
            'certificados.consultar',
          ],
        },
      },
    ])
    // The role stays a label: the grants, not the rank, decide.
    expect((await storedOf(t, officer.userId))?.role).toBe('officer')
  })

  it('gives a new role its set, unless the change names the capabilities itself', async () => {
    const path = `/api/admin/staff/${officer.userId}`
    expect((await admin.client.patch(path, { role: 'supervisor' })).status).toBe(200)
    expect((await me(officer.client)).capacidades).toEqual(CAPACIDADES_DE_ROL.supervisor)
    expect((await admin.client.patch(path, { role: 'officer', capacidades: ['cifras.ver'] })).status).toBe(
      200,
    )
    expect((await me(officer.client)).capacidades).toEqual(['cifras.ver'])
    // A change of unit leaves the grants as they are.
    expect((await admin.client.patch(path, { unidadCode: 'DEMO-08101-1' })).status).toBe(200)
    expect((await me(officer.client)).capacidades).toEqual(['cifras.ver'])
  })

  it('refuses an unknown capability, naming the field, and changes nothing', async () => {
    const before = await storedOf(t, officer.userId)
    const response = await admin.client.patch(`/api/admin/staff/${officer.userId}`, {
      capacidades: ['cifras.ver', 'todo.poder'],
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { fields: { field: string }[] }).fields[0]?.field).toMatch(
      /^capacidades/,
    )
    expect(await storedOf(t, officer.userId)).toEqual(before)
  })

  it('does not let administrators lock themselves out', async () => {
    const path = `/api/admin/staff/${admin.userId}`
    const before = await storedOf(t, admin.userId)
    for (const [change, field] of [
      [{ capacidades: SIN_ADMINISTRAR }, 'capacidades'],
      [{ role: 'supervisor' }, 'role'],
      [{ disabled: true }, 'disabled'],
    ] as const) {
      const response = await admin.client.patch(path, change)
      expect(response.status, JSON.stringify(change)).toBe(400)
      const body = (await response.json()) as { fields: { field: string; message: string }[] }
      expect(body.fields).toEqual([
        { field, message: expect.stringContaining('no puede quitarse a sí mismo') },
      ])
    }
    expect(await storedOf(t, admin.userId)).toEqual(before)
    expect(await auditOf(t, admin.userId)).toEqual([])
    // Giving up other capabilities is fine.
    expect((await admin.client.patch(path, { capacidades: ['personal.administrar'] })).status).toBe(200)
    expect((await admin.client.get('/api/admin/staff')).status).toBe(200)
  })

  it('lets another administrator take staff administration away, and it is refused from then on', async () => {
    const second = await signedInStaff(t, 'admin', 'segunda@carabineros.example.cl')
    const response = await admin.client.patch(`/api/admin/staff/${second.userId}`, {
      capacidades: SIN_ADMINISTRAR,
    })
    expect(response.status).toBe(200)
    expect((await second.client.get('/api/admin/staff')).status).toBe(403)
    expect((await second.client.get('/api/admin/permisos/tipos')).status).toBe(200)
  })

  it('counts an account from before grants were recorded by its role’s set', async () => {
    // A row as the migration left it: no grants recorded.
    await t.db.update(users).set({ capacidades: null }).where(eq(users.id, admin.userId))
    await t.db.update(users).set({ capacidades: null }).where(eq(users.id, officer.userId))
    expect((await me(officer.client)).capacidades).toEqual(CAPACIDADES_DE_ROL.officer)
    const second = await signedInStaff(t, 'admin', 'segunda@carabineros.example.cl')
    // The first administrator still holds staff administration through the role: the second may go.
    expect(
      (await admin.client.patch(`/api/admin/staff/${second.userId}`, { capacidades: SIN_ADMINISTRAR }))
        .status,
    ).toBe(200)
    expect((await second.client.patch(`/api/admin/staff/${admin.userId}`, { disabled: true })).status).toBe(
      403,
    )
  })

  it('keeps one administrator when two remove each other at the same moment', async () => {
    const second = await signedInStaff(t, 'admin', 'segunda@carabineros.example.cl')
    const actor = async (id: string): Promise<Actor> => {
      const row = await storedOf(t, id)
      return {
        userId: id,
        kind: 'staff',
        role: 'admin',
        unidadCode: row?.unidadCode ?? null,
        capacidades: [...CAPACIDADES],
        run: null,
        runProof: null,
        givenNames: '',
        familyNames: '',
        email: row?.email ?? null,
        assurance: 'mfa',
        sessionHash: '',
      }
    }
    const ctx = async (id: string) => ({
      ...t.ports,
      actor: await actor(id),
      requestId: 'test',
      clientAddress: null,
      cifras: true,
    })
    const quitar = { capacidades: SIN_ADMINISTRAR }
    // Both read the other as a holder before either writes.
    const first = await planStaffUpdate(await ctx(admin.userId), second.userId, quitar)
    const other = await planStaffUpdate(await ctx(second.userId), admin.userId, quitar)
    await runWrites(t.ports, first.writes)
    const lost = await runWrites(t.ports, other.writes).then(
      () => null,
      (error: unknown) => error,
    )
    expect(isLastAdministratorLost(lost)).toBe(true)
    // Nothing of the losing batch was written: the first administrator keeps it, unaudited.
    expect((await me(admin.client)).capacidades).toContain('personal.administrar')
    expect(await auditOf(t, admin.userId)).toEqual([])
  })
})
