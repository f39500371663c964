import { Hono } from 'hono'
import { localDate } from '../../core/time.ts'
import { respuestaDeArchivo } from '../archivos/index.ts'
import { revalidar } from '../cifras/revalidar.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parse, parseJsonBody } from '../validation.ts'
import { planAccion } from './acciones.ts'
import { requireCapacidadDeCasos } from './alcance.ts'
import { conflictoDeCambio } from './cambio-ciudadano.ts'
import { cifrasDeCasos } from './cifras.ts'
import { colaDeCasos } from './cola.ts'
import { CifrasQuery, ColaQuery } from './consultas.ts'
import { estadoDeEnvio } from './envio.ts'
import { fiscaliaCommitted } from './fiscalia/borde.ts'
import { listarJurisdiccion, planCambioJurisdiccion } from './jurisdiccion.ts'
import { archivoParaFuncionario, vistaFuncionario } from './leer.ts'
import { numeroDe } from './route.ts'
import { AccionInput, JurisdiccionInput } from './schema.ts'
import { servicioDeCasos } from './servicios.ts'

/**
 * `/api/funcionarios/casos`: the staff's side of cases. The queue of a service, a case opened
 * (recorded in its owner's "Quién vio mis datos") and the actions on it. The analysts (a service's
 * triage capability, `denuncias.triar`) see and triage every case; a unit's officers
 * (`denuncias.unidad`) only those derived to their unit, which they send to the Fiscalía; a case's
 * way to the Fiscalía alone (`/:numero/envio`, not a read of the person's data) while they wait;
 * a file of the case downloaded (`/:numero/archivos/:id`, a read recorded as the opening is).
 */
export const casosFuncionariosRoute = new Hono<AppEnv>()
  .use(requireCapacidadDeCasos)
  .get('/:servicio/cola', async (c) => {
    c.header('Cache-Control', 'no-store')
    const query = parse(ColaQuery, c.req.query())
    return c.json(await colaDeCasos(serviceContext(c), actorOf(c), c.req.param('servicio'), query))
  })
  .get('/:numero/envio', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await estadoDeEnvio(serviceContext(c), actorOf(c), numeroDe(c)))
  })
  .get('/:numero', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await vistaFuncionario(serviceContext(c), actorOf(c), numeroDe(c)))
  })
  .get('/:numero/archivos/:id', async (c) => {
    const { db, files } = c.var.ports
    const ctx = serviceContext(c)
    const id = c.req.param('id')
    return respuestaDeArchivo(
      c,
      await archivoParaFuncionario(ctx, { db, files }, actorOf(c), numeroDe(c), id),
    )
  })
  .post('/:numero/acciones', async (c) => {
    const input = await parseJsonBody(c, AccionInput)
    const planned = await planAccion(serviceContext(c), actorOf(c), numeroDe(c), input, {
      publicUrl: c.var.ports.config.publicUrl,
      keys: c.var.ports.keys,
      files: c.var.ports.files,
    })
    const { envioId, ...hecho } = planned.result
    const response = await commit(c, { writes: planned.writes, result: hecho }, 200, conflictoDeCambio)
    // At the edge the delivery goes to its queue now; on Node the maintenance loop finds it.
    if (envioId && response.headers.get('idempotent-replayed') === null)
      fiscaliaCommitted(c.var.ports, [envioId], (promise) => c.executionCtx.waitUntil(promise))
    return response
  })

/**
 * `/api/admin/jurisdiccion`: the jurisdiction table for administrators (`referencias.administrar`):
 * every comuna's unit and Fiscalía, and a change of one comuna, audited.
 */
export const jurisdiccionAdminRoute = new Hono<AppEnv>()
  .use(requireCapacidad('referencias.administrar'))
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await listarJurisdiccion(c.var.ports.db))
  })
  .put('/:comunaCut', async (c) => {
    const input = await parseJsonBody(c, JurisdiccionInput)
    const comunaCut = c.req.param('comunaCut')
    if (!/^\d{5}$/.test(comunaCut)) throw new AppError('not_found')
    const planned = await planCambioJurisdiccion(serviceContext(c), actorOf(c), comunaCut, input)
    return commit(c, planned, 200)
  })

/**
 * `/api/supervisor/denuncias/cifras?fecha=YYYY-MM-DD`: a day's denuncias for supervisors
 * (`cifras.ver`) — per hour and per region from the rollups, time to triage (median, p90), those
 * past the 24-hour target now.
 */
export const cifrasDenunciasRoute = new Hono<AppEnv>()
  .use(requireCapacidad('cifras.ver'))
  .get('/', revalidar, async (c) => {
    const { db, clock } = c.var.ports
    const { fecha } = parse(CifrasQuery, c.req.query())
    const servicio = servicioDeCasos('denuncia')
    if (!servicio) throw new AppError('not_found')
    const now = clock.now()
    return c.json(await cifrasDeCasos(db, servicio, fecha ?? localDate(now), now))
  })
