import { Hono } from 'hono'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { currentEleccion, describeEleccion, openEleccion } from '../elecciones/service.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import { actorOf, requireCitizen, requireClaveUnica } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { misPermisos } from '../permisos/service.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { AvisoInput, SolicitudInput } from './schema.ts'
import { ficha, misSolicitudes, planAviso, planSolicitud, solicitudPropia } from './service.ts'
import { constanciaPdf } from './validacion-route.ts'

async function solicitar(c: AppContext, retries = 1): Promise<Response> {
  const input = await parseJsonBody(c, SolicitudInput)
  const mail = { locale: c.var.locale, publicUrl: c.var.ports.config.publicUrl }
  const plan = await planSolicitud(serviceContext(c), c.var.ports.registries, actorOf(c), input, mail)
  if (plan.kind === 'existing') return c.json(plan.view, 200)
  try {
    return await commit(c, plan.planned.writes, 201, plan.planned.result)
  } catch (error) {
    // A simultaneous request of the same citizen won (or, once in 10^14, the code was taken):
    // planning again finds that request and answers with its code.
    if (retries > 0 && isUniqueViolation(error)) return solicitar(c, retries - 1)
    throw error
  }
}

/** `/api/constancias-voto`: the citizen's online election constancia (seed, section 3.1). */
export const constanciasVotoRoute = new Hono<AppEnv>()
  .get('/eleccion', async (c) => {
    const { db, clock } = c.var.ports
    const eleccion = await currentEleccion(db, clock.now())
    c.header('Cache-Control', 'no-cache')
    return c.json({ eleccion: eleccion ? describeEleccion(eleccion, clock.now()) : null })
  })
  .get('/ficha', requireClaveUnica, async (c) => {
    const { db, clock, registries } = c.var.ports
    const id = c.req.query('eleccion')
    const eleccion = id
      ? await openEleccion(db, id, clock.now(), 'eleccion')
      : await currentEleccion(db, clock.now())
    if (!eleccion) throw new AppError('not_found')
    c.header('Cache-Control', 'no-store')
    return c.json(await ficha(serviceContext(c), registries, actorOf(c), eleccion))
  })
  .post('/aviso', requireClaveUnica, async (c) => {
    const { eleccionId } = await parseJsonBody(c, AvisoInput)
    const planned = await planAviso(serviceContext(c), actorOf(c), eleccionId)
    return commit(c, planned.writes, 200, planned.result)
  })
  .post('/', requireClaveUnica, (c) => solicitar(c))
  .get('/:code/pdf', requireCitizen, async (c) => {
    const code = normaliseCode(c.req.param('code'))
    await solicitudPropia(serviceContext(c), actorOf(c), code)
    return constanciaPdf(c, code)
  })
  .get('/:code', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await solicitudPropia(serviceContext(c), actorOf(c), normaliseCode(c.req.param('code'))))
  })

/** `GET /api/mis-tramites`: everything the signed-in citizen has asked for, with its state. */
export const misTramitesRoute = new Hono<AppEnv>().get('/', requireCitizen, async (c) => {
  c.header('Cache-Control', 'no-store')
  const ctx = serviceContext(c)
  const [constanciasVoto, permisos] = await Promise.all([
    misSolicitudes(ctx, actorOf(c)),
    misPermisos(ctx, actorOf(c)),
  ])
  return c.json({ constanciasVoto, permisos })
})
