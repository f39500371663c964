import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDemoData } from '../../db/import/demo.ts'
import { importJurisdiccion } from '../../db/import/jurisdiccion.ts'
import { auditLog, comunas, jurisdiccion } from '../../db/schema/index.ts'
import { unidadPropuesta } from '../../worker/casos/jurisdiccion.ts'
import { testApp } from '../support/app.ts'
import { signedInStaff } from '../support/identity.ts'

type Client = Awaited<ReturnType<typeof signedInStaff>>['client']

let t: Awaited<ReturnType<typeof testApp>>
let admin: Awaited<ReturnType<typeof signedInStaff>>
let supervisor: Client

beforeAll(async () => {
  t = await testApp()
  admin = await signedInStaff(t, 'admin')
  supervisor = (await signedInStaff(t, 'supervisor')).client
}, 60_000)

describe('the jurisdiction table', () => {
  it('has, in the demo, a unit and a Fiscalía Regional for every comuna: one per region, four in Santiago’s', async () => {
    const rows = await t.db
      .select()
      .from(jurisdiccion)
      .innerJoin(comunas, eq(comunas.cut, jurisdiccion.comunaCut))
    expect(rows).toHaveLength(346)
    const porRegion = new Map<string, Set<string>>()
    for (const { comunas: comuna, jurisdiccion: fila } of rows) {
      const set = porRegion.get(comuna.regionCode) ?? new Set()
      set.add(fila.fiscaliaNombre)
      porRegion.set(comuna.regionCode, set)
    }
    expect(porRegion.size).toBe(16)
    for (const [region, fiscalias] of porRegion) expect(fiscalias.size, region).toBe(region === '13' ? 4 : 1)
    expect([...(porRegion.get('13') ?? [])].sort()).toEqual([
      'Fiscalía Regional Metropolitana Centro Norte',
      'Fiscalía Regional Metropolitana Occidente',
      'Fiscalía Regional Metropolitana Oriente',
      'Fiscalía Regional Metropolitana Sur',
    ])
    expect(await unidadPropuesta(t.db, '05101')).toEqual({
      comunaCut: '05101',
      unidad: { code: 'DEMO-05101-1', name: '1ª Comisaría Valparaíso' },
      fiscalia: { code: 'FR-05', nombre: 'Fiscalía Regional de Valparaíso' },
    })
    expect((await unidadPropuesta(t.db, '13203'))?.fiscalia.code).toBe('FR-13-SU')
    expect(await unidadPropuesta(t.db, '99999')).toBeNull()
  })

  it('is listed for administrators and one comuna’s unit changed, audited, and kept when the demo loads again', async () => {
    const list = await admin.client.get('/api/admin/jurisdiccion')
    expect(list.status).toBe(200)
    expect((await list.json()).comunas).toHaveLength(346)
    const changed = await admin.client.put('/api/admin/jurisdiccion/13110', { unidadCode: 'DEMO-13201-21' })
    expect(changed.status).toBe(200)
    expect(await changed.json()).toEqual({
      comunaCut: '13110',
      unidad: { code: 'DEMO-13201-21', name: '21ª Comisaría Puente Alto' },
      fiscalia: { code: 'FR-13-OR', nombre: 'Fiscalía Regional Metropolitana Oriente' },
    })
    const fiscalia = await admin.client.put('/api/admin/jurisdiccion/13110', {
      unidadCode: 'DEMO-13201-21',
      fiscaliaCode: 'FR-13-SU',
    })
    expect((await fiscalia.json()).fiscalia).toEqual({
      code: 'FR-13-SU',
      nombre: 'Fiscalía Regional Metropolitana Sur',
    })
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'jurisdiccion.changed'), eq(auditLog.subjectId, '13110')))
    expect(entry).toMatchObject({
      actorId: admin.userId,
      subjectType: 'comuna',
      detail: {
        antes: { unidad: 'DEMO-13123-19', fiscalia: 'FR-13-OR' },
        despues: { unidad: 'DEMO-13201-21', fiscalia: 'FR-13-OR' },
      },
    })
    await loadDemoData(t.db)
    expect((await unidadPropuesta(t.db, '13110'))?.unidad.code).toBe('DEMO-13201-21')
    // An operator's import replaces it.
    const path = join(t.dir, 'jurisdiccion.csv')
    writeFileSync(
      path,
      'comuna_cut,unidad_code,fiscalia_code,fiscalia_nombre\n13110,DEMO-13123-19,FR-13-OR,Fiscalía Regional Metropolitana Oriente\n',
    )
    expect(await importJurisdiccion(t.db, path)).toEqual({ imported: 1, rejected: 0 })
    expect(await unidadPropuesta(t.db, '13110')).toMatchObject({
      unidad: { code: 'DEMO-13123-19' },
      fiscalia: { code: 'FR-13-OR' },
    })
  })

  it('refuses a change from anyone but administrators, to an unknown unit or Fiscalía, or of an unknown comuna', async () => {
    expect(
      (await supervisor.put('/api/admin/jurisdiccion/13101', { unidadCode: 'DEMO-13123-19' })).status,
    ).toBe(403)
    expect((await supervisor.get('/api/admin/jurisdiccion')).status).toBe(403)
    const unit = await admin.client.put('/api/admin/jurisdiccion/13101', { unidadCode: 'NO-EXISTE' })
    expect(await unit.json()).toMatchObject({ status: 400, fields: [{ field: 'unidadCode' }] })
    const fiscalia = await admin.client.put('/api/admin/jurisdiccion/13101', {
      unidadCode: 'DEMO-13101-1',
      fiscaliaCode: 'FR-99',
    })
    expect(await fiscalia.json()).toMatchObject({ status: 400, fields: [{ field: 'fiscaliaCode' }] })
    expect(
      (await admin.client.put('/api/admin/jurisdiccion/99999', { unidadCode: 'DEMO-13101-1' })).status,
    ).toBe(404)
    expect(
      (await admin.client.put('/api/admin/jurisdiccion/santiago', { unidadCode: 'DEMO-13101-1' })).status,
    ).toBe(404)
    expect((await unidadPropuesta(t.db, '13101'))?.unidad.code).toBe('DEMO-13101-1')
  })

  it('imports a CSV, reporting each rejected line with its reason', async () => {
    const path = join(t.dir, 'malas.csv')
    writeFileSync(
      path,
      [
        'comuna_cut,unidad_code,fiscalia_code,fiscalia_nombre',
        '5101,DEMO-05101-1,FR-05,Fiscalía Regional de Valparaíso',
        '99999,DEMO-05101-1,FR-05,Fiscalía Regional de Valparaíso',
        '05102,NO-EXISTE,FR-05,Fiscalía Regional de Valparaíso',
        '05103,DEMO-05101-1,fr 05,Fiscalía Regional de Valparaíso',
        '05104,DEMO-05101-1,FR-05,',
      ].join('\n'),
    )
    const reasons: string[] = []
    const report = await importJurisdiccion(t.db, path, {
      onReject: (line, reason) => reasons.push(`${line}: ${reason}`),
    })
    expect(report).toEqual({ imported: 1, rejected: 4 })
    expect(reasons).toEqual([
      '3: comuna_cut: unknown comuna "99999"',
      '4: unidad_code: unknown unit "NO-EXISTE"',
      '5: fiscalia_code: 1 to 20 of A-Z, 0-9 and -',
      '6: fiscalia_nombre: required, at most 200 characters',
    ])
  })
})
