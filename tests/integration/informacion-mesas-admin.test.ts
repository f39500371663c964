import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { CAPACIDADES_DE_ROL } from '../../core/capacidades.ts'
import { auditLog, informacionAnalistas, informacionMesas, users } from '../../db/schema/index.ts'
import { UNIDAD_DE_MESA } from '../../worker/informacion/mesas.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { testApp } from '../support/app.ts'
import { signedInStaff } from '../support/identity.ts'

const BASE = '/api/funcionarios/informacion/mesas'
const NUEVO = 'OS-9 (Crimen Organizado y Antiterrorismo)'

describe('información anónima: administrators rename the unit behind a desk (issue 17, point 1)', () => {
  it('renames, audits, keeps the name across a restart, and lets no one else do it', async () => {
    const t = await testApp()
    const admin = await signedInStaff(t, 'admin')
    const supervisor = await signedInStaff(t, 'supervisor')
    // An analyst of the desk, who holds `informacion.analizar` but not `personal.administrar`.
    const analista = await signedInStaff(t, 'officer', 'ana@carabineros.example.cl')
    await t.db
      .update(users)
      .set({ capacidades: [...CAPACIDADES_DE_ROL.officer, 'informacion.analizar'] })
      .where(eq(users.id, analista.userId))
    await t.db.insert(informacionAnalistas).values({ userId: analista.userId, mesa: 'crimen_organizado' })

    // The administrators' list: three desks, their unit, key version and number of analysts.
    expect(await (await admin.client.get(BASE)).json()).toEqual([
      { id: 'crimen_organizado', unidad: UNIDAD_DE_MESA.crimen_organizado, claveVersion: null, analistas: 1 },
      { id: 'drogas', unidad: UNIDAD_DE_MESA.drogas, claveVersion: null, analistas: 0 },
      { id: 'vehiculos', unidad: UNIDAD_DE_MESA.vehiculos, claveVersion: null, analistas: 0 },
    ])

    // Bad names are refused naming the field, in the caller's language; nothing changes.
    const refused = async (body: unknown, lang = 'es') => {
      const response = await admin.client.put(`${BASE}/crimen_organizado`, body, { 'accept-language': lang })
      expect(response.status).toBe(400)
      return ((await response.json()) as { fields: { field: string; message: string }[] }).fields
    }
    expect(await refused({ unidad: '  OS ' })).toEqual([
      { field: 'unidad', message: '«Unidad de la mesa» debe tener al menos 3 caracteres.' },
    ])
    expect((await refused({ unidad: 'x'.repeat(121) }, 'en'))[0]?.message).toContain('“The desk’s unit”')
    expect((await refused({ unidad: 'OS-9\nOtra línea' }, 'ht'))[0]?.message).toContain('«Inite biwo a»')
    expect((await refused({}))[0]?.field).toBe('unidad')
    expect((await refused({ unidad: 'OS-9', otro: 1 }))[0]?.field).toBe('otro')
    expect((await admin.client.put(`${BASE}/no-existe`, { unidad: NUEVO })).status).toBe(404)

    // Renamed (trimmed), audited with the name it had.
    const renamed = await admin.client.put(`${BASE}/crimen_organizado`, { unidad: `  ${NUEVO} ` })
    expect(renamed.status).toBe(200)
    expect(await renamed.json()).toEqual({ id: 'crimen_organizado', unidad: NUEVO })
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'informacion.desk_unit_renamed'))
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({
      actorId: admin.userId,
      subjectType: 'mesa',
      subjectId: 'crimen_organizado',
      detail: { antes: UNIDAD_DE_MESA.crimen_organizado, unidad: NUEVO },
    })

    // What every start runs (worker/prepare-database.ts): the edited name stays, a missing desk comes back.
    await t.db.delete(informacionMesas).where(eq(informacionMesas.id, 'vehiculos'))
    await prepareDatabase(t.db, { now: t.clock.now(), demo: true })
    const unidades = async () =>
      (
        (await (await t.app.request('/api/informacion/mesas')).json()) as { id: string; unidad: string }[]
      ).map((m) => [m.id, m.unidad])
    expect(await unidades()).toEqual([
      ['crimen_organizado', NUEVO],
      ['drogas', UNIDAD_DE_MESA.drogas],
      ['vehiculos', UNIDAD_DE_MESA.vehiculos],
    ])
    // The analyst's own menu shows it too.
    expect(await (await analista.client.get('/api/funcionarios/informacion/mis-mesas')).json()).toEqual([
      { id: 'crimen_organizado', unidad: NUEVO, claveVersion: null },
    ])

    // Nobody but an administrator: a supervisor and the desk's own analyst are refused, nothing changed.
    for (const caller of [supervisor, analista]) {
      expect((await caller.client.put(`${BASE}/crimen_organizado`, { unidad: 'Otra unidad' })).status).toBe(
        403,
      )
      expect((await caller.client.get(BASE)).status).toBe(403)
    }
    expect((await t.app.request(`${BASE}/crimen_organizado`, { method: 'PUT' })).status).toBe(401)
    expect((await unidades())[0]).toEqual(['crimen_organizado', NUEVO])
  })
})
