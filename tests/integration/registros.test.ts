import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import {
  importRestriccionesPenitenciarias,
  importRestriccionesSanitarias,
} from '../../db/import/registros.ts'
import { readOne } from '../../worker/reads.ts'
import { tableRegistries } from '../../worker/registries/index.ts'
import { testApp } from '../support/app.ts'

const repoRoot = resolve(import.meta.dirname, '../..')

function csv(dir: string, name: string, lines: string[]): string {
  const path = join(dir, name)
  writeFileSync(path, lines.join('\n'))
  return path
}

describe('the health and prison registries', () => {
  it('import a CSV, reporting each bad line with its reason and importing the rest', async () => {
    const { db, dir } = await testApp()
    const path = csv(dir, 'minsal.csv', [
      'run,tipo,desde,hasta',
      '7.654.321-6,caso_confirmado,2026-11-20,2026-11-30',
      '7654321-5,caso_confirmado,2026-11-20,2026-11-30',
      '11.111.111-1,sospechoso,2026-11-20,2026-11-30',
      '11.111.111-1,contacto_estrecho,2026-11-31,2026-12-05',
      '11.111.111-1,contacto_estrecho,2026-11-25,2026-11-21',
      '11.111.111-1,contacto_estrecho,2026-11-25,2026-12-05',
    ])
    const rejected: [number, string][] = []
    const report = await importRestriccionesSanitarias(db, path, {
      onReject: (line, why) => rejected.push([line, why]),
    })
    expect(report).toEqual({ imported: 2, rejected: 4 })
    expect(rejected).toEqual([
      [3, expect.stringMatching(/^run/)],
      [4, expect.stringMatching(/^tipo/)],
      [5, expect.stringMatching(/^desde/)],
      [6, expect.stringMatching(/^hasta: before desde/)],
    ])
    const registries = tableRegistries(db)
    expect(await readOne(db, registries.health.restriction('7654321-6', '2026-11-30', '2026-11-30'))).toEqual(
      {
        tipo: 'caso_confirmado',
        desde: '2026-11-20',
        hasta: '2026-11-30',
      },
    )
    expect(
      await readOne(db, registries.health.restriction('7654321-6', '2026-12-01', '2026-12-01')),
    ).toBeNull()
    expect(
      await readOne(db, registries.health.restriction('11111111-1', '2026-11-24', '2026-11-24')),
    ).toBeNull()

    const gendarmeria = csv(dir, 'gendarmeria.csv', [
      'run,medida,desde,hasta',
      '12.345.678-5,arresto domiciliario nocturno,2026-01-01,2026-06-30',
      '9.876.543-3,arresto domiciliario total,2026-11-01,',
      '9.876.543-3,,2026-11-01,',
      'no-es-run,arresto domiciliario total,2026-11-01,',
    ])
    const prisonRejected: [number, string][] = []
    expect(
      await importRestriccionesPenitenciarias(db, gendarmeria, {
        onReject: (line, why) => prisonRejected.push([line, why]),
      }),
    ).toEqual({ imported: 2, rejected: 2 })
    expect(prisonRejected.map(([line]) => line)).toEqual([4, 5])
    expect(
      await readOne(db, registries.prison.restriction('9876543-3', '2030-01-01', '2030-01-01')),
    ).toMatchObject({
      medida: 'arresto domiciliario total',
      hasta: null,
    })
    expect(
      await readOne(db, registries.prison.restriction('12345678-5', '2026-11-23', '2026-11-23')),
    ).toBeNull()
  })

  it('import from the command line with a progress bar and a report file of rejected lines', async () => {
    const { dir } = await testApp()
    const path = csv(dir, 'minsal.csv', [
      'run,tipo,desde,hasta',
      '7.654.321-6,caso_confirmado,2026-11-20,2026-11-30',
      '7.654.321-6,caso,2026-11-20,2026-11-30',
    ])
    const { stdout, stderr } = await promisify(execFile)(
      join(repoRoot, 'node_modules/.bin/node'),
      ['scripts/import.ts', 'sanitario', path],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: `file:${join(dir, 'test.db')}` } },
    )
    expect(stderr).toMatch(/100% \| 2 filas/) // the progress bar
    expect(stdout).toMatch(/1 importadas, 1 rechazadas/)
    expect(readFileSync(`${path}.rejected.txt`, 'utf8')).toBe(
      'línea 3: tipo: not one of caso_confirmado, contacto_estrecho\n',
    )
  })
})
