import { asc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { comunas, regiones, unidades } from '../../db/schema/index.ts'
import type { AppEnv } from '../context.ts'

/** `GET /api/unidades`: the active police units with their comuna and region (public information). */
export const unidadesRoute = new Hono<AppEnv>().get('/', async (c) => {
  const rows = await c.var.ports.db
    .select({
      code: unidades.code,
      name: unidades.name,
      kind: unidades.kind,
      comunaCut: unidades.comunaCut,
      comuna: comunas.name,
      region: regiones.name,
      address: unidades.address,
      lat: unidades.lat,
      lon: unidades.lon,
    })
    .from(unidades)
    .innerJoin(comunas, eq(comunas.cut, unidades.comunaCut))
    .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
    .where(eq(unidades.active, true))
    .orderBy(asc(comunas.regionCode), asc(unidades.name))
  c.header('Cache-Control', 'public, max-age=300')
  return c.json({ items: rows })
})
