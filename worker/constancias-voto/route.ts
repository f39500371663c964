import { Hono } from 'hono'
import { misCasos } from '../casos/leer.ts'
import { normaliseCode } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import type { DenunciaView } from '../denuncias/schema.ts'
import { misDenuncias } from '../denuncias/service.ts'
import { currentEleccion, describeEleccion, eleccionRead, openEleccion } from '../elecciones/service.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCitizen, requireClaveUnica } from '../identity/guards.ts'
import type { PermisoView } from '../permisos/schema.ts'
import { misPermisos } from '../permisos/service.ts'
import { misSolicitudesDatos } from '../privacy/mis-datos.ts'
import { filaDe, misReclamos, type ReclamoFila } from '../reclamos/ciudadano.ts'
import { serviceContext } from '../service.ts'
import { orPending, pendingDocuments, porNumeroAun } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { parseJsonBody } from '../validation.ts'
import { corregible, planContacto, reautenticado } from './contacto.ts'
import {
  AvisoInput,
  ContactoInput,
  FechaNacimientoInput,
  SolicitudInput,
  type SolicitudView,
} from './schema.ts'
import {
  comprobarNacimiento,
  ficha,
  misSolicitudes,
  planAviso,
  planSolicitud,
  solicitudPropia,
  solicitudPropiaRead,
  solicitudReads,
  viewOf,
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
    if (plan.kind === 'existing') return { status: 200, result: plan.view }
    return { status: 201, ...plan.planned, rules: plan.rules }
  },
})

/** `POST /api/constancias-voto/aviso`: the citizen accepted the legal notice. */
export const avisoSubmission = submission({
  input: AvisoInput,
  audience: 'claveunica',
  reads: (c, input) => ({ eleccion: eleccionRead(c.var.ports.db, input.eleccionId) }),
  decide: (c, input, loaded) => {
    return { status: 200, ...planAviso(serviceContext(c), actorOf(c), loaded.eleccion, input.eleccionId) }
  },
})

/**
 * `POST /api/constancias-voto/:code/contacto`: the citizen corrects where a pending request's
 * constancia goes (decision 0080) — their own request, pending, the window open, and signed in
 * with ClaveÚnica moments ago. Committed in the request, not kept by a shard: the request's page
 * reads the request from the database right after, and must show the address it was given.
 */
export const contactoSubmission = submission({
  input: ContactoInput,
  audience: 'claveunica',
  inRequest: true,
  reads: (c, _input, caller) => ({
    solicitud: solicitudPropiaRead(
      serviceContext(c),
      normaliseCode(c.req.param('code') ?? ''),
      caller?.run ?? '',
    ),
  }),
  decide: (c, input, loaded) => {
    const ctx = serviceContext(c)
    const now = ctx.clock.now()
    if (!loaded.solicitud) throw new AppError('not_found')
    const { row, eleccion, comuna } = loaded.solicitud
    corregible(row, eleccion, now)
    reautenticado(actorOf(c), now)
    const mail = { locale: c.var.locale, publicUrl: c.var.ports.config.publicUrl }
    const planned = planContacto(ctx, row, eleccion, input, 'ciudadano', mail, (corregida) =>
      viewOf(corregida, eleccion, comuna, now),
    )
    return { status: 200, writes: planned.writes, result: planned.result }
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
  // Reads only, and tells the signed-in citizen only what "Enviar Solicitud" would about their own
  // record: no limit of its own, as the request has none.
  .post('/fecha-nacimiento', requireClaveUnica, async (c) => {
    const { fechaNacimiento } = await parseJsonBody(c, FechaNacimientoInput)
    const { registries } = c.var.ports
    await comprobarNacimiento(serviceContext(c), registries, actorOf(c), fechaNacimiento)
    c.header('Cache-Control', 'no-store')
    return c.json({ coincide: true })
  })
  .get('/:code/pdf', requireCitizen, async (c) => {
    const code = normaliseCode(c.req.param('code'))
    await solicitudPropia(serviceContext(c), actorOf(c), code)
    return constanciaPdf(c, code)
  })
  .get('/:code', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const code = normaliseCode(c.req.param('code'))
    return c.json(
      await orPending(c, 'constancia_voto', code, () => solicitudPropia(serviceContext(c), actorOf(c), code)),
    )
  })

/**
 * `GET /api/mis-tramites`: everything the signed-in citizen has asked for, with its state —
 * at the edge, what the citizen's shard still keeps for the database too (decision 0023).
 */
export const misTramitesRoute = new Hono<AppEnv>().get('/', requireCitizen, async (c) => {
  c.header('Cache-Control', 'no-store')
  const ctx = serviceContext(c)
  const actor = actorOf(c)
  const [constanciasVoto, permisos, solicitudesDatos, denuncias, reclamos, casos, pending] =
    await Promise.all([
      misSolicitudes(ctx, actor),
      misPermisos(ctx, actor),
      misSolicitudesDatos(ctx, actor),
      misDenuncias(ctx, actor),
      misReclamos(ctx, actor),
      misCasos(ctx, actor, c.var.locale),
      actor.run && actor.runProof === 'claveunica' ? pendingDocuments(c, actor.run) : [],
    ])
  const kept = (kind: string, listed: { code: string }[]) =>
    pending.flatMap((p) =>
      p.kind === kind && !listed.some((l) => l.code === (p.view as { code: string }).code) ? [p.view] : [],
    )
  // Cases by their número (denuncias, reclamos): the shard's view, until Turso has them.
  const keptDenuncias = porNumeroAun<DenunciaView>(pending, 'denuncia', denuncias)
  const keptReclamos = porNumeroAun<ReclamoFila>(pending, 'reclamo', reclamos).map(filaDe)
  return c.json({
    constanciasVoto: [...(kept('constancia_voto', constanciasVoto) as SolicitudView[]), ...constanciasVoto],
    permisos: [...(kept('permiso', permisos) as PermisoView[]), ...permisos],
    solicitudesDatos,
    denuncias: [...keptDenuncias, ...denuncias],
    reclamos: [...keptReclamos, ...reclamos],
    // Family searches (decision 0064): their state as the requester reads it, nothing more.
    reencuentros: casos.casos.filter((caso) => caso.servicio === 'reencuentro'),
  })
})
