import { Hono, type MiddlewareHandler } from 'hono'
import { tieneCapacidad } from '../../core/capacidades.ts'
import { revalidar } from '../cifras/revalidar.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf } from '../identity/guards.ts'
import { parse } from '../validation.ts'
import { CifrasReclamosQuery, cifrasDeReclamos, ventanaDe } from './cifras.ts'

/** Staff with their second factor who work complaints (`reclamos.atender`) or read figures (`cifras.ver`). */
const requireCifrasDeReclamos: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = actorOf(c)
  if (actor.kind !== 'staff' || actor.assurance !== 'mfa') throw new AppError('forbidden')
  if (!tieneCapacidad(actor, 'reclamos.atender') && !tieneCapacidad(actor, 'cifras.ver'))
    throw new AppError('forbidden')
  await next()
}

/**
 * `GET /api/funcionarios/reclamos/cifras?desde=&hasta=`: the complaints' figures over a window of
 * days (worker/reclamos/cifras.ts) for the complaints office and supervisors; one whose unit lies
 * in a region sees that region's only, as the office's queue (decision 0053); no unit, the country.
 * Answered with an ETag: a dashboard's refresh with nothing new is a 304.
 */
export const cifrasReclamosRoute = new Hono<AppEnv>()
  .use(requireCifrasDeReclamos)
  .get('/', revalidar, async (c) => {
    const { db, clock } = c.var.ports
    const now = clock.now()
    const ventana = ventanaDe(parse(CifrasReclamosQuery, c.req.query()), now)
    return c.json(await cifrasDeReclamos(db, { ...ventana, region: actorOf(c).regionCode ?? null }, now))
  })
