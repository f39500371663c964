import { Hono } from 'hono'
import { normaliseCode } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { currentEleccion, describeEleccion, eleccionRead, openEleccion } from '../elecciones/service.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCitizen, requireClaveUnica } from '../identity/guards.ts'
import { misPermisos } from '../permisos/service.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
import { AvisoInput, SolicitudInput } from './schema.ts'
import {
  ficha,
  misSolicitudes,
  planAviso,
  planSolicitud,
  solicitudPropia,
  solicitudReads,
} from './service.ts'
import { constanciaPdf } from './validacion-route.ts'

/** `POST /api/constancias-voto`: the citizen's request (a submission: worker/submission.ts). */
export const solicitudSubmission = submission({
  input: SolicitudInput,
  audience: 'claveunica',
  issuesCode: true,
  reads: (c, input, caller) =>
    solicitudReads(serviceContext(c), c.var.ports.registries, input.eleccionId, caller),
  decide: (c, input, loaded, code) => {
    const mail = { locale: c.var.locale, publicUrl: c.var.ports.config.publicUrl }
    const plan = planSolicitud(serviceContext(c), actorOf(c), input, loaded, mail, code)
    // A simultaneous request of the same citizen that won is found here when the submission runs again.
    if (plan.kind === 'existing') return { status: 200, body: plan.view }
    return { status: 201, body: plan.planned.result, writes: plan.planned.writes, rules: plan.rules }
  },
})

/** `POST /api/constancias-voto/aviso`: the citizen accepted the legal notice. */
export const avisoSubmission = submission({
  input: AvisoInput,
  audience: 'claveunica',
  reads: (c, input) => ({ eleccion: eleccionRead(c.var.ports.db, input.eleccionId) }),
  decide: (c, input, loaded) => {
    const planned = planAviso(serviceContext(c), actorOf(c), loaded.eleccion, input.eleccionId)
    return { status: 200, body: planned.result, writes: planned.writes, rules: planned.rules }
  },
})

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
