import { and, between, eq, inArray, ne } from 'drizzle-orm'
import { cifras, comunas } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import type { Servicio } from './registro.ts'

/**
 * A service's figures, from its rollups only: the country's counters hour by hour between two
 * instants, and each comuna's over one period (a day's start, or 0 for the whole scope). Reads a
 * few rows per hour and per comuna, whatever the volume behind them.
 *
 * @example
 * const { porHora, porComuna } = await leerCifras(db, 'permisos', { desde, hasta, periodoComuna: desde.getTime() })
 */
export async function leerCifras<S extends Servicio>(
  db: Database,
  servicio: S,
  q: { ambito?: string; desde: Date; hasta: Date; periodoComuna: number },
) {
  const scope = and(eq(cifras.servicio, servicio), eq(cifras.ambito, q.ambito ?? ''))
  const [porHora, porComuna] = await Promise.all([
    db
      .select({ periodo: cifras.periodo, evento: cifras.evento, n: cifras.n })
      .from(cifras)
      .where(
        and(scope, between(cifras.periodo, q.desde.getTime(), q.hasta.getTime()), eq(cifras.comunaCut, '')),
      ),
    db
      .select({ comuna: cifras.comunaCut, evento: cifras.evento, n: cifras.n })
      .from(cifras)
      .where(and(scope, eq(cifras.periodo, q.periodoComuna), ne(cifras.comunaCut, ''))),
  ])
  return { porHora, porComuna }
}

/** Sums of rows by a key and event: `{ key → { evento → n } }`. */
export function porClave<R extends { evento: string; n: number }, K extends string | number>(
  rows: readonly R[],
  key: (row: R) => K,
): Map<K, Record<string, number>> {
  const sums = new Map<K, Record<string, number>>()
  for (const row of rows) {
    const entry = sums.get(key(row)) ?? {}
    entry[row.evento] = (entry[row.evento] ?? 0) + row.n
    sums.set(key(row), entry)
  }
  return sums
}

/**
 * The names of the comunas figures name, by code, with their region: only those (a day touches
 * some comunas, not all 346).
 *
 * @example
 * (await nombresDeComunas(db, ['13101'])).get('13101') // 'Santiago'
 */
export async function nombresDeComunas(db: Database, cuts: string[]): Promise<Map<string, string>> {
  if (cuts.length === 0) return new Map()
  const rows = await db
    .select({ cut: comunas.cut, name: comunas.name })
    .from(comunas)
    .where(inArray(comunas.cut, cuts))
  return new Map(rows.map((r) => [r.cut, r.name]))
}
