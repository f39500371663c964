import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppEnv } from '../context.ts'
import { parse } from '../validation.ts'
import { unidadesActivas } from './service.ts'

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
  const items = await unidadesActivas(c.var.ports.db, parse(UnidadesQuery, c.req.query()))
  c.header('Cache-Control', 'public, max-age=300')
  return c.json({ items })
})
