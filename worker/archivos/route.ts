import { Hono } from 'hono'
import type { AppContext, AppEnv } from '../context.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { consume } from '../middleware/rate-limit.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { leerArchivoDe } from './leer.ts'
import { OFFSET_HEADER } from './limites.ts'
import { estadoDeSubida, fueraDeLugar, parteDe } from './peticion.ts'
import { SubidaInput } from './schema.ts'
import { borrarSubida, planSubida, recibirParteCiudadana, subidaPropia, vistaDe } from './service.ts'

/** `PATCH /api/archivos/:id`: one part, its bytes streamed to the file store (see recibirParteCiudadana). */
async function parte(c: AppContext): Promise<Response> {
  const outcome = await recibirParteCiudadana(c.var.ports, actorOf(c), c.req.param('id') ?? '', parteDe(c))
  if (outcome.kind === 'stored') return estadoDeSubida(c, outcome.view)
  return fueraDeLugar(c, outcome.recibidos)
}

/**
 * `/api/archivos`: a citizen's resumable uploads (decision 0030). `POST` begins one (idempotent
 * with its key, limited per citizen), `GET /:id` says where it stands, `PATCH /:id` adds a part at
 * `Upload-Offset`, `DELETE /:id` takes it back before it is sent, `GET /:id/contenido` reads it.
 * Only its owner may do any of it: another's is not found.
 */
export const archivosRoute = new Hono<AppEnv>()
  .post('/', requireCitizen, async (c) => {
    const actor = actorOf(c)
    const input = await parseJsonBody(c, SubidaInput)
    await consume(c, 'archivos:user', actor.userId)
    const planned = planSubida(serviceContext(c), actor, input)
    c.header(OFFSET_HEADER, '0')
    return commit(c, planned, 201)
  })
  .get('/:id', requireCitizen, async (c) =>
    estadoDeSubida(c, vistaDe(await subidaPropia(c.var.ports.db, actorOf(c), c.req.param('id')))),
  )
  .patch('/:id', requireCitizen, parte)
  .delete('/:id', requireCitizen, async (c) => {
    await borrarSubida(c.var.ports, actorOf(c), c.req.param('id'))
    return c.body(null, 204)
  })
  .get('/:id/contenido', requireCitizen, async (c) => {
    const row = await subidaPropia(c.var.ports.db, actorOf(c), c.req.param('id'))
    return leerArchivoDe(c, row)
  })
