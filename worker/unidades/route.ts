import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import * as v from 'valibot'
import { comunas, regiones, unidades } from '../../db/schema/index.ts'
import type { AppEnv } from '../context.ts'
import { distanceKm } from '../geo.ts'
import { parse } from '../validation.ts'

/** The query of `GET /api/unidades`; other parameters are ignored. */
export const UnidadesQuery = v.object({
  cerca: v.optional(v.pipe(v.string(), v.regex(/^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/))),
  comuna: v.optional(v.pipe(v.string(), v.regex(/^\d{5}$/))),
  limite: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(50)), '5'),
})

/**
 * `GET /api/unidades`: the active police units (public information). With `?cerca=lat,lon` (the
 * device's position) or `?comuna=13101` they come nearest first, with their distance, so that a
 * citizen with a pending constancia knows where to go.
 */
export const unidadesRoute = new Hono<AppEnv>().get('/', async (c) => {
  const query = parse(UnidadesQuery, c.req.query())
  const { db } = c.var.ports
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
  c.header('Cache-Control', 'public, max-age=300')
  if (!origin) return c.json({ items: rows })
  const from = origin
  const near = rows
    .map((row) => ({ ...row, distanceKm: Math.round(distanceKm(from, row) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, Number(query.limite))
  return c.json({ items: near })
})
