import { Hono } from 'hono'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError, invalidField } from '../errors.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { errorBody } from '../middleware/errors.ts'
import { commit } from '../middleware/idempotency.ts'
import { consume } from '../middleware/rate-limit.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { leerArchivoDe } from './leer.ts'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE } from './limites.ts'
import { SubidaInput } from './schema.ts'
import { borrarSubida, planSubida, recibirParte, subidaPropia, vistaDe } from './service.ts'

/** A header holding a whole number of bytes, or the error naming it. */
function bytesHeader(c: AppContext, name: string): number {
  const value = c.req.header(name)
  if (value === undefined) throw invalidField(name, 'required')
  if (!/^\d{1,15}$/.test(value)) throw invalidField(name, 'invalid_format')
  return Number(value)
}

/** An upload's state, with where its next part starts in `Upload-Offset` too (as tus says it). */
function answer(c: AppContext, view: { recibidos: number }, status: 200 | 201 = 200) {
  c.header(OFFSET_HEADER, String(view.recibidos))
  c.header('Cache-Control', 'no-store')
  return c.json(view, status)
}

/** `PATCH /api/archivos/:id`: one part, its bytes streamed to the file store (see recibirParte). */
async function parte(c: AppContext): Promise<Response> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== PARTE_CONTENT_TYPE) throw invalidField('Content-Type', 'invalid_format')
  const offset = bytesHeader(c, OFFSET_HEADER)
  const length = bytesHeader(c, 'Content-Length')
  const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })
  const outcome = await recibirParte(c.var.ports, actorOf(c), c.req.param('id') ?? '', {
    offset,
    length,
    body,
  })
  if (outcome.kind === 'stored') return answer(c, outcome.view)
  // Not where the upload stands: 409, saying where it does, in the header and the error's shape.
  c.header(OFFSET_HEADER, String(outcome.recibidos))
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(c, new AppError('conflict')), 409)
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
    const { writes, result } = planSubida(serviceContext(c), actor, input)
    c.header(OFFSET_HEADER, '0')
    return commit(c, writes, 201, result)
  })
  .get('/:id', requireCitizen, async (c) =>
    answer(c, vistaDe(await subidaPropia(c.var.ports.db, actorOf(c), c.req.param('id')))),
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
