import { asc, eq } from 'drizzle-orm'
import { comunas, regiones, unidades } from '../../db/schema/index.ts'
import { distanceKm } from '../geo.ts'
import type { Database } from '../ports.ts'

/**
 * The active police units (public information), by region and name; from `cerca` (the device's
 * position, `lat,lon`) or the centre of `comuna` (its CUT), the `limite` nearest, each with its
 * distance in km.
 *
 * @example
 * await unidadesActivas(db, { comuna: '13101', limite: 5 })
 */
export async function unidadesActivas(
  db: Database,
  query: { cerca?: string; comuna?: string; limite: number },
) {
  const rows = await db
    .select({
      code: unidades.code,
      name: unidades.name,
      kind: unidades.kind,
      comunaCut: unidades.comunaCut,
      comuna: comunas.name,
      region: regiones.name,
      address: unidades.address,
      phone: unidades.phone,
      lat: unidades.lat,
      lon: unidades.lon,
    })
    .from(unidades)
    .innerJoin(comunas, eq(comunas.cut, unidades.comunaCut))
    .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
    .where(eq(unidades.active, true))
    .orderBy(asc(comunas.regionCode), asc(unidades.name))
  let origin: { lat: number; lon: number } | undefined
  if (query.cerca) {
    const [lat = 0, lon = 0] = query.cerca.split(',').map(Number)
    origin = { lat, lon }
  } else if (query.comuna) {
    const [comuna] = await db
      .select({ lat: comunas.lat, lon: comunas.lon })
      .from(comunas)
      .where(eq(comunas.cut, query.comuna))
    origin = comuna
  }
  // One type for both answers, the distance there only when asked for (the browser's `Unidad`).
  const listed: ((typeof rows)[number] & { distanceKm?: number })[] = rows
  if (!origin) return listed
  const from = origin
  return rows
    .map((row) => ({ ...row, distanceKm: Math.round(distanceKm(from, row) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, query.limite)
}
