import { sql } from 'drizzle-orm'
import { SumaDeCifras } from '../../db/cifras.ts'
import { cifras } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import { toStatements } from '../writes.ts'
import { type Incremento, periodoComuna } from './contar.ts'
import { type FuenteEvento, SERVICIOS_CIFRAS, type Servicio, type ServicioCifras } from './registro.ts'

const HOUR_MS = 3_600_000

/**
 * Every counter as the rows say it should be: each registered event counted from its table, by
 * hour (the country) and by the comuna's day or scope. What the rebuild writes and what the tests
 * compare the rollups with.
 *
 * @example
 * const expected = await recontar(db)
 */
export async function recontar(db: Database): Promise<Incremento[]> {
  const sums = new SumaDeCifras()
  for (const [servicio, registered] of Object.entries(SERVICIOS_CIFRAS) as [Servicio, ServicioCifras][]) {
    for (const [evento, fuente] of Object.entries(registered.eventos) as [string, FuenteEvento][]) {
      const ambito = registered.ambito ? sql.identifier(registered.ambito) : sql`''`
      const instante = sql.identifier(fuente.instante)
      const rows = await db.all<{ ambito: string; hora: number; comuna: string; n: number }>(sql`
        select ${ambito} as ambito, (cast(${instante} as integer) / ${sql.raw(String(HOUR_MS))}) * ${sql.raw(String(HOUR_MS))} as hora,
               ${sql.identifier(fuente.comuna)} as comuna, count(*) as n
        from ${sql.identifier(fuente.tabla)}
        where ${instante} is not null ${fuente.donde ? sql.raw(`and ${fuente.donde}`) : sql``}
        group by 1, 2, 3`)
      for (const row of rows) {
        const hora = Number(row.hora)
        sums.add([servicio, String(row.ambito), hora, '', evento, Number(row.n)])
        sums.add([
          servicio,
          String(row.ambito),
          periodoComuna(servicio, hora),
          String(row.comuna),
          evento,
          Number(row.n),
        ])
      }
    }
  }
  return sums.moves().map(([servicio, ambito, periodo, comunaCut, evento, n]) => ({
    servicio: String(servicio),
    ambito: String(ambito),
    periodo: Number(periodo),
    comunaCut: String(comunaCut),
    evento: String(evento),
    n: Number(n),
  }))
}

/**
 * Rewrites every rollup from the rows, in one transaction (`npm run cifras:rebuild`): after a
 * restore, a bug, or to check that the counters kept with the writes match.
 *
 * @example
 * await rebuildCifras(db) // 1,104 counters
 */
export async function rebuildCifras(db: Database): Promise<number> {
  const counters = await recontar(db)
  // 1,000 rows of 6 values an INSERT: well under SQLite's limit of bound variables.
  const CHUNK = 1_000
  const inserts = []
  for (let i = 0; i < counters.length; i += CHUNK)
    inserts.push(db.insert(cifras).values(counters.slice(i, i + CHUNK)))
  await db.$client.batch(toStatements([db.delete(cifras), ...inserts]), 'write')
  return counters.length
}

/**
 * Fills the rollups of a database that has rows but no counters yet (one that ran before the
 * counters existed); does nothing otherwise. Part of preparing a database.
 *
 * @example
 * await rebuildCifrasIfMissing(db)
 */
export async function rebuildCifrasIfMissing(db: Database): Promise<void> {
  const [counted] = await db.select({ n: sql<number>`1` }).from(cifras).limit(1)
  if (counted) return
  const tables = new Set(
    Object.values(SERVICIOS_CIFRAS as Record<string, ServicioCifras>).flatMap((s) =>
      Object.values(s.eventos).map((e) => e.tabla),
    ),
  )
  for (const table of tables) {
    const [found] = await db.all(sql`select 1 from ${sql.identifier(table)} limit 1`)
    if (found) {
      await rebuildCifras(db)
      return
    }
  }
}
