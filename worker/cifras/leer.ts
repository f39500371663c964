import { and, between, eq, ne } from 'drizzle-orm'
import { cifras, comunas, regiones } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import type { Servicio } from './registro.ts'

/**
 * A service's figures, from its rollups only: the country's counters hour by hour between two
 * instants, and each comuna's (with its name and region) over one period (a day's start, or 0
 * for the whole scope), of one scope or of all (`todosLosAmbitos`), each row with its scope. Reads a
 * few rows per hour and per comuna, whatever the volume behind them.
 *
 * @example
 * const { porHora, porComuna } = await leerCifras(db, 'permisos', { desde, hasta, periodoComuna: desde.getTime() })
 */
export async function leerCifras<S extends Servicio>(
  db: Database,
  servicio: S,
  q: { ambito?: string; todosLosAmbitos?: true; desde: Date; hasta: Date; periodoComuna: number },
) {
  const scope = and(
    eq(cifras.servicio, servicio),
    // A service read by scope across all of them (constancias by type) reads every scope's rows.
    q.todosLosAmbitos ? undefined : eq(cifras.ambito, q.ambito ?? ''),
  )
  const [porHora, porComuna] = await Promise.all([
    db
      .select({ ambito: cifras.ambito, periodo: cifras.periodo, evento: cifras.evento, n: cifras.n })
      .from(cifras)
      .where(
        and(scope, between(cifras.periodo, q.desde.getTime(), q.hasta.getTime()), eq(cifras.comunaCut, '')),
      ),
    db
      .select({ ambito: cifras.ambito, comuna: cifras.comunaCut, evento: cifras.evento, n: cifras.n })
      .from(cifras)
      .where(and(scope, eq(cifras.periodo, q.periodoComuna), ne(cifras.comunaCut, ''))),
  ])
  const places = await territorio(db)
  return {
    porHora,
    porComuna: porComuna.map((row) => {
      const place = places.get(row.comuna)
      return {
        ...row,
        nombre: place?.nombre ?? row.comuna,
        regionCode: place?.regionCode ?? '',
        region: place?.region ?? '',
      }
    }),
  }
}

const cached = new WeakMap<
  Database,
  Promise<Map<string, { nombre: string; regionCode: string; region: string }>>
>()

/**
 * The 346 comunas with their regions, read once per database handle: reference data that only
 * an import at start-up changes, so a refresh reads no row of it.
 *
 * @example
 * (await territorio(db)).get('13101')?.regionCode // '13'
 */
export function territorio(db: Database) {
  let places = cached.get(db)
  if (!places) {
    places = db
      .select({ cut: comunas.cut, nombre: comunas.name, regionCode: regiones.code, region: regiones.name })
      .from(comunas)
      .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
      .then((rows) => new Map(rows.map(({ cut, ...place }) => [cut, place])))
    cached.set(db, places)
    // A failed read is not kept: the next refresh asks again.
    places.catch(() => cached.delete(db))
  }
  return places
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
