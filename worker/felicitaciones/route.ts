import { Hono } from 'hono'
import { revalidar } from '../cifras/revalidar.ts'
import { numeroDeRuta } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCapacidad, requireCitizen } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { orPending, pendingDocuments, porNumeroAun } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { parseJsonBody } from '../validation.ts'
import { cifrasFelicitaciones } from './cifras.ts'
import { AsignacionInput, FelicitacionInput } from './schema.ts'
import {
  felicitacionesRecibidas,
  felicitacionReads,
  misFelicitaciones,
  personalDeUnidad,
  planAsignacion,
  planFelicitacion,
} from './service.ts'

/**
 * `POST /api/felicitaciones`: a signed-in citizen's commendation of a unit or one of its officers
 * (a submission: worker/submission.ts — at the edge one round trip to read, one to write); its
 * número is a document code.
 */
export const felicitacionSubmission = submission({
  input: FelicitacionInput,
  audience: 'citizen',
  issuesCode: true,
  reads: (c, input) => felicitacionReads(c.var.ports.db, input),
  decide: (c, input, loaded, code) => {
    const planned = planFelicitacion(serviceContext(c), actorOf(c), input, loaded, code)
    const actor = actorOf(c)
    // At the edge its receipt and Mis trámites show it before Turso has it (decision 0023).
    const lookup = actor.runProof === 'claveunica' && actor.run ? { owner: actor.run, kind: KIND } : undefined
    return {
      status: 201,
      ...planned,
      ...(lookup ? { rules: { lookup } } : {}),
    }
  },
})

/** A commendation's kind among the documents a shard keeps for Turso. */
const KIND = 'felicitacion'

/** `/api/felicitaciones`: the citizen's own commendations (Mis trámites, the receipt). */
export const felicitacionesRoute = new Hono<AppEnv>()
  .get('/', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const actor = actorOf(c)
    const [items, pending] = await Promise.all([
      misFelicitaciones(serviceContext(c), actor),
      actor.run && actor.runProof === 'claveunica' ? pendingDocuments(c, actor.run) : [],
    ])
    // At the edge, those just sent that Turso has not got yet, from the citizen's shard, first.
    return c.json({ items: [...porNumeroAun(pending, KIND, items), ...items] })
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const numero = numeroDeRuta(c)
    return c.json(
      await orPending(c, KIND, numero, async () => {
        const [found] = await misFelicitaciones(serviceContext(c), actorOf(c), numero)
        if (!found) throw new AppError('not_found')
        return found
      }),
    )
  })

/**
 * `/api/funcionarios/felicitaciones`: the unit's commendations and one's own
 * (`felicitaciones.unidad`, kept to the actor's unit), the unit's staff and the assignment of a
 * named commendation (`felicitaciones.asignar`). No answer carries who sent one, unless they signed.
 */
export const felicitacionesFuncionariosRoute = new Hono<AppEnv>()
  .get('/unidad', requireCapacidad('felicitaciones.unidad'), async (c) => {
    c.header('Cache-Control', 'no-store')
    const unidad = actorOf(c).unidadCode
    return c.json({ items: unidad ? await felicitacionesRecibidas(c.var.ports.db, { unidad }) : [] })
  })
  .get('/mias', requireCapacidad('felicitaciones.unidad'), async (c) => {
    c.header('Cache-Control', 'no-store')
    const funcionarioId = actorOf(c).userId
    return c.json({ items: await felicitacionesRecibidas(c.var.ports.db, { funcionarioId }) })
  })
  .get('/personal', requireCapacidad('felicitaciones.asignar'), async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ items: await personalDeUnidad(c.var.ports.db, actorOf(c)) })
  })
  .post('/:numero/asignacion', requireCapacidad('felicitaciones.asignar'), async (c) => {
    const input = await parseJsonBody(c, AsignacionInput)
    const planned = await planAsignacion(serviceContext(c), actorOf(c), numeroDeRuta(c), input)
    return commit(c, planned, 200)
  })

/** `GET /api/supervisor/felicitaciones/cifras`: commendations per unit and region, and per day (`cifras.ver`). */
export const cifrasFelicitacionesRoute = new Hono<AppEnv>()
  .use(requireCapacidad('cifras.ver'))
  .get('/', revalidar, async (c) =>
    c.json(await cifrasFelicitaciones(c.var.ports.db, c.var.ports.clock.now())),
  )
