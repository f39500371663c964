import { Hono } from 'hono'
import * as v from 'valibot'
import { isIsoDate } from '../../core/iso-date.ts'
import { canonicalRun, parseRun } from '../../core/run.ts'
import { localDate } from '../../core/time.ts'
import { revalidar } from '../cifras/revalidar.ts'
import { normaliseCode } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { invalidField } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit, commitRead } from '../middleware/idempotency.ts'
import { FINALIDADES_DE_BUSQUEDA } from '../privacy/finalidades.ts'
import { serviceContext } from '../service.ts'
import { parse, parseJsonBody } from '../validation.ts'
import { fasesVigentes, planFase, planTipo, tipos } from './reglas.ts'
import { FaseInput, RevocacionInput, TipoPermisoInput } from './schema.ts'
import { cifrasPermisos, planBusquedaPorRun, planPermisoMostrado, planRevocacion } from './supervision.ts'

/** Finding a permit by RUN or code, and revoking it, is one capability: supervision's. */
const revocar = requireCapacidad('permisos.revocar')

/**
 * `/api/supervisor/permisos`: staff who may revoke permits find and revoke them; staff who see the
 * figures read the day's.
 */
export const permisosSupervisorRoute = new Hono<AppEnv>()
  .get('/cifras', requireCapacidad('cifras.ver'), revalidar, async (c) => {
    const fecha = c.req.query('fecha') ?? localDate(c.var.ports.clock.now())
    if (!isIsoDate(fecha)) throw invalidField('fecha', 'invalid_date')
    return c.json(await cifrasPermisos(serviceContext(c), fecha))
  })
  .get('/', revocar, async (c) => {
    const run = parseRun(c.req.query('run') ?? '')
    if (!run) throw invalidField('run', 'invalid_run')
    const { finalidad } = parse(BusquedaQuery, { finalidad: c.req.query('finalidad') })
    return commitRead(c, await planBusquedaPorRun(serviceContext(c), canonicalRun(run), finalidad))
  })
  .get('/:code', revocar, async (c) => {
    return commitRead(c, await planPermisoMostrado(serviceContext(c), normaliseCode(c.req.param('code'))))
  })
  .post('/:code/revocar', revocar, async (c) => {
    const { motivo } = await parseJsonBody(c, RevocacionInput)
    const code = normaliseCode(c.req.param('code'))
    const planned = await planRevocacion(serviceContext(c), actorOf(c), code, motivo)
    return commit(c, planned, 200)
  })

/** A search by RUN says why (the person sees it in "Quién vio mis datos"). */
const BusquedaQuery = v.object({ finalidad: v.picklist(FINALIDADES_DE_BUSQUEDA) })

const TipoId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{2,40}$/))

/** `/api/admin/permisos`: staff who edit reference tables set the permit types and the comunas' restriction phases. */
export const permisosAdminRoute = new Hono<AppEnv>()
  .use(requireCapacidad('referencias.administrar'))
  .get('/tipos', async (c) => c.json({ items: await tipos(c.var.ports.db) }))
  .put('/tipos/:id', async (c) => {
    const id = parse(v.object({ id: TipoId }), { id: c.req.param('id') }).id
    const planned = planTipo(serviceContext(c), id, await parseJsonBody(c, TipoPermisoInput))
    return commit(c, planned, 200)
  })
  .get('/fases', async (c) => c.json({ items: await fasesVigentes(c.var.ports.db, c.var.ports.clock.now()) }))
  .post('/fases', async (c) => {
    const planned = await planFase(serviceContext(c), null, await parseJsonBody(c, FaseInput))
    return commit(c, planned, 201)
  })
  .put('/fases/:id', async (c) => {
    const planned = await planFase(serviceContext(c), c.req.param('id'), await parseJsonBody(c, FaseInput))
    return commit(c, planned, 200)
  })
