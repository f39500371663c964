import { Hono } from 'hono'
import * as v from 'valibot'
import { isoDate } from '../../core/iso-date.ts'
import type { AppEnv } from '../context.ts'
import { requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { line } from '../text.ts'
import { parseJsonBody } from '../validation.ts'
import { listarElecciones, planEleccion, planVentana } from './service.ts'

const Instant = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform((t) => new Date(t)),
)

export const EleccionInput = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{3,40}$/)),
  nombre: line(120),
  fecha: isoDate(),
  fechaPrimarias: isoDate(),
})
export const VentanaInput = v.strictObject({ ventanaInicio: Instant, ventanaFin: Instant })

/** `/api/admin/elecciones`: administrators list, add and reschedule election days. */
export const eleccionesAdminRoute = new Hono<AppEnv>()
  .use(requireCapacidad('referencias.administrar'))
  .get('/', async (c) => {
    const { db, clock } = c.var.ports
    return c.json({ items: await listarElecciones(db, clock.now()) })
  })
  .post('/', async (c) => {
    const planned = planEleccion(serviceContext(c), await parseJsonBody(c, EleccionInput))
    return commit(c, planned, 201)
  })
  .patch('/:id', async (c) => {
    const input = await parseJsonBody(c, VentanaInput)
    const planned = await planVentana(serviceContext(c), c.req.param('id'), input)
    return commit(c, planned, 200)
  })
