import { Hono } from 'hono'
import { conflictoDeCambio } from '../casos/cambio-ciudadano.ts'
import { DescargoInput } from '../casos/schema.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { descargoDeUnidad, descargosDeUnidad, planDescargo } from './descargos.ts'

/** The path's request id: a row id, anything else is simply not found. */
function idDe(c: AppContext): string {
  const id = c.req.param('id') ?? ''
  if (!/^[\w-]{1,64}$/.test(id)) throw new AppError('not_found')
  return id
}

/**
 * `/api/funcionarios/reclamos/descargos`: a unit's side of a complaint (`reclamos.descargar`, with
 * a unit): the complaints office's requests to the unit for its account — the facts only, never
 * who complained (decision 0053) — and the unit's answer, once. Another unit's request is a 404;
 * the office's side is the case routes (`/api/funcionarios/casos`).
 */
export const descargosRoute = new Hono<AppEnv>()
  .use(requireCapacidad('reclamos.descargar'))
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await descargosDeUnidad(serviceContext(c), actorOf(c)))
  })
  .get('/:id', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await descargoDeUnidad(serviceContext(c), actorOf(c), idDe(c)))
  })
  .post('/:id', async (c) => {
    const { descargo } = await parseJsonBody(c, DescargoInput)
    const ctx = { ...serviceContext(c), publicUrl: c.var.ports.config.publicUrl }
    return commit(c, await planDescargo(ctx, actorOf(c), idDe(c), descargo), 200, conflictoDeCambio)
  })
