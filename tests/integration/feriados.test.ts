import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { asc, count } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { FERIADOS_CSV, loadFeriados, loadReferenceData } from '../../db/import/reference.ts'
import { feriados } from '../../db/schema/index.ts'
import { feriadosDelPlazoRead, feriadosNacionalesRead } from '../../worker/feriados.ts'
import { venceReclamo } from '../../worker/plazos.ts'
import { readTogether } from '../../worker/reads.ts'
import { testApp } from '../support/app.ts'

const CSV = readFileSync(FERIADOS_CSV, 'utf8')

async function rowCount(db: Awaited<ReturnType<typeof testApp>>['db']): Promise<number> {
  const [row] = await db.select({ n: count() }).from(feriados)
  return row?.n ?? 0
}

describe('the public holidays (decision 0051)', () => {
  it('are loaded at start from the reference file, refreshed from it, and a bad or empty file changes nothing', async () => {
    const { db, dir } = await testApp()
    expect(await rowCount(db)).toBe(CSV.trim().split('\n').length - 1)

    // An edited file: Christmas 2026 removed, a name corrected.
    const edited = join(dir, 'feriados.csv')
    writeFileSync(
      edited,
      CSV.replace('2026-12-25,Navidad,religioso,si,nacional\n', '').replace(
        '2026-05-21,Día de las Glorias Navales',
        '2026-05-21,Glorias Navales',
      ),
    )
    await loadFeriados(db, edited)
    const dias = await db.select().from(feriados).orderBy(asc(feriados.fecha))
    expect(dias.map((d) => d.fecha)).not.toContain('2026-12-25')
    expect(dias.filter((d) => d.fecha === '2026-05-21').map((d) => d.nombre)).toEqual(['Glorias Navales'])
    expect(dias).toHaveLength(CSV.trim().split('\n').length - 2)

    // A bad line: refused, naming the line and field, and nothing changed.
    const bad = join(dir, 'feriados-malo.csv')
    writeFileSync(bad, `${CSV}2027-13-01,Feriado inventado,civil,no,nacional\n`)
    await expect(loadFeriados(db, bad)).rejects.toThrow(/feriados-malo\.csv:\d+: fecha/)
    const vacio = join(dir, 'feriados-vacio.csv')
    writeFileSync(vacio, `${CSV.split('\n')[0]}\n`)
    await expect(loadFeriados(db, vacio)).rejects.toThrow(/no holidays/)
    expect(await rowCount(db)).toBe(CSV.trim().split('\n').length - 2)

    // The next start puts the reference file's list back.
    await loadReferenceData(db)
    expect(await rowCount(db)).toBe(CSV.trim().split('\n').length - 1)
  })

  it('gives the national holidays of a span as a set, without the regional ones, in one batch', async () => {
    const { db } = await testApp()
    const { diciembre, junio2025, junio2026 } = await readTogether(db, {
      diciembre: feriadosNacionalesRead(db, '2026-12-01', '2027-01-31'),
      junio2025: feriadosNacionalesRead(db, '2025-06-01', '2025-06-30'),
      junio2026: feriadosNacionalesRead(db, '2026-06-01', '2026-06-30'),
    })
    expect(diciembre).toEqual(new Set(['2026-12-08', '2026-12-25', '2027-01-01']))
    // San Pedro y San Pablo and the primaries share 29 June 2025: one day. 7 June is Arica's only.
    expect(junio2025).toEqual(new Set(['2025-06-20', '2025-06-29']))
    expect(junio2026).toEqual(new Set(['2026-06-21', '2026-06-29']))
  })

  it('reads enough days ahead for a complaint’s due date', async () => {
    const { db } = await testApp()
    const recibido = new Date('2026-12-04T15:00:00Z')
    const { feriados: dias } = await readTogether(db, { feriados: feriadosDelPlazoRead(db, recibido) })
    expect(venceReclamo(recibido, dias).toISOString()).toBe('2027-01-07T02:59:59.999Z')
  })
})
