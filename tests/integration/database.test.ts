import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { DEMO_UNIDADES_CSV, importUnidades } from '../../db/import/unidades.ts'
import { DURABILITY_PRAGMAS, readPragmas } from '../../db/open.ts'
import { comunas, regiones, unidades } from '../../db/schema/index.ts'
import { testApp } from '../support/app.ts'

describe('the embedded database', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const { client } = await testApp()
    expect(await readPragmas(client)).toEqual(DURABILITY_PRAGMAS)
  })

  it('holds Chile’s 16 regions and 346 comunas, each with a point', async () => {
    const { db } = await testApp()
    const [regionCount] = await db.select({ n: count() }).from(regiones)
    const [comunaCount] = await db.select({ n: count() }).from(comunas)
    expect(regionCount?.n).toBe(16)
    expect(comunaCount?.n).toBe(346)
    const [santiago] = await db.select().from(comunas).where(eq(comunas.cut, '13101'))
    expect(santiago).toMatchObject({ name: 'Santiago', regionCode: '13' })
    expect(santiago?.lat).toBeCloseTo(-33.4496, 3)
  })

  it('refuses a comuna of an unknown region (foreign keys are on)', async () => {
    const { db } = await testApp()
    await expect(
      db
        .insert(comunas)
        .values({ cut: '99999', name: 'X', provincia: 'X', regionCode: '99', lat: 0, lon: 0 }),
    ).rejects.toThrow()
  })

  it('loads the demo police units: a comisaría in each regional capital, at its comuna’s point', async () => {
    const { db } = await testApp()
    const report = await importUnidades(db, DEMO_UNIDADES_CSV)
    expect(report.rejected).toBe(0)
    const rows = await db.select().from(unidades).innerJoin(comunas, eq(unidades.comunaCut, comunas.cut))
    const capitals = rows.filter(
      (row) => row.comunas.cut.endsWith('101') && row.unidades.kind === 'comisaria',
    )
    expect(new Set(capitals.map((row) => row.comunas.regionCode)).size).toBe(16)
    for (const row of rows)
      expect([row.unidades.lat, row.unidades.lon]).toEqual([row.comunas.lat, row.comunas.lon])
  })

  it('imports a police-unit CSV, updating known codes and reporting each rejected line', async () => {
    const { db, dir } = await testApp()
    const path = join(dir, 'cuarteles.csv')
    writeFileSync(
      path,
      [
        'code,name,kind,comuna_cut,address,phone,lat,lon',
        'C-1,1ª Comisaría Arica,COMISARÍA,15101,Av. Siempre Viva 1,,-18.48,-70.31',
        'C-2,Retén Putre,RETEN,15201,,,,',
        'C-3,Tenencia Nowhere,TENENCIA,99999,,,,',
        ',Sin código,RETEN,15101,,,,',
        'C-4,Puesto,PUESTO DE CONTROL,15101,,,-18.5,',
        'C-5,Cuartel,CUARTEL GENERAL,15101,,,,',
        'C-1,1ª Comisaría Arica (nueva dirección),comisaria,15101,Calle 2,,,',
      ].join('\n'),
    )
    const rejected: { line: number; reason: string }[] = []
    const report = await importUnidades(db, path, {
      onReject: (line, reason) => rejected.push({ line, reason }),
    })
    expect(report).toEqual({ imported: 3, rejected: 4 })
    expect(rejected.map((r) => r.line)).toEqual([4, 5, 6, 7])
    expect(rejected[0]?.reason).toMatch(/comuna_cut/)
    expect(rejected[1]?.reason).toMatch(/code/)
    expect(rejected[2]?.reason).toMatch(/lat\/lon/)
    expect(rejected[3]?.reason).toMatch(/kind/)
    const [arica] = await db.select().from(unidades).where(eq(unidades.code, 'C-1'))
    expect(arica).toMatchObject({
      name: '1ª Comisaría Arica (nueva dirección)',
      address: 'Calle 2',
      kind: 'comisaria',
    })
    const [putre] = await db.select().from(unidades).where(eq(unidades.code, 'C-2'))
    expect(putre).toMatchObject({ kind: 'reten', comunaCut: '15201' })
  })
})
