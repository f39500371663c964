import { Hono } from 'hono'
import { numeroDeRuta } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody, relabel } from '../validation.ts'
import { ConsultaInput, ETIQUETAS_CONSULTA } from './campos.ts'
import { planConsulta } from './consultas.ts'

/**
 * `/api/funcionarios/reencuentro/:numero/consultas`: the reencuentro team (`reencuentro.buscar`)
 * looks a RUN up in the civil registry or the address registry for an open family search, giving
 * the reason; the look-up is audited and listed in the case before the answer leaves.
 */
export const reencuentroConsultasRoute = new Hono<AppEnv>().post(
  '/:numero/consultas',
  requireCapacidad('reencuentro.buscar'),
  async (c) => {
    const input = await parseJsonBody(c, ConsultaInput).catch((error: unknown) => {
      throw relabel(error, ETIQUETAS_CONSULTA)
    })
    const ctx = serviceContext(c)
    const planned = await planConsulta(ctx, c.var.ports.registries, actorOf(c), numeroDeRuta(c), input)
    c.header('Cache-Control', 'no-store')
    return commit(c, planned, 200)
  },
)
