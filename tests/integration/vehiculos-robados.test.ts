import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importVehiculosRobados } from '../../db/import/vehiculos.ts'
import { readOne } from '../../worker/reads.ts'
import { tableRegistries } from '../../worker/registries/index.ts'
import { testApp } from '../support/app.ts'

describe('the stolen-vehicle registry (decision 0047)', () => {
  it('imports a CSV, each bad line rejected with its reason; answers the latest report in force', async () => {
    const { db, dir } = await testApp()
    const path = join(dir, 'encargos.csv')
    writeFileSync(
      path,
      [
        'patente,fecha,comuna_cut,denuncia,vigente',
        'ZZ·99·88,2026-10-01,13101,,no',
        'zz-99-88,2026-11-01,13101,RUC 1,si',
        'ZZ9988,2026-11-10,13101,RUC 2,no',
        'AE·IO·12,2026-11-01,13101,,si',
        'DDDD12,2026-11-31,13101,,si',
        'DDDD12,2026-11-01,99999,,si',
        'DDDD12,2026-11-01,13101,,quizás',
        'FFF12,2026-11-03,5101,,si',
      ].join('\n'),
    )
    const rejected: [number, string][] = []
    const report = await importVehiculosRobados(db, path, {
      onReject: (line, why) => rejected.push([line, why]),
    })
    expect(report).toEqual({ imported: 4, rejected: 4 })
    expect(rejected.map(([line, why]) => [line, why.split(':')[0]])).toEqual([
      [5, 'patente'],
      [6, 'fecha'],
      [7, 'comuna_cut'],
      [8, 'vigente'],
    ])
    const robados = tableRegistries(db).stolenVehicles
    // Recovered on the 10th; the report of the 1st is the one still in force.
    expect(await readOne(db, robados.lookup('ZZ9988'))).toEqual({
      fecha: '2026-11-01',
      comuna: 'Santiago',
      denuncia: 'RUC 1',
    })
    expect(await readOne(db, robados.lookup('FFF12'))).toEqual({
      fecha: '2026-11-03',
      comuna: 'Valparaíso',
      denuncia: null,
    })
    expect(await readOne(db, robados.lookup('GGGG12'))).toBeNull()
  })
})
