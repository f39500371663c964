import { Hono } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { type Planned, serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { esCambioConcurrente } from './cambio.ts'
import { misCasos, vistaCiudadano } from './leer.ts'
import { planInformacion, planRespuesta } from './preguntas.ts'
import { InformacionInput, RespuestaInput } from './schema.ts'

/**
 * A case's número from the path, as stored (upper case, no spaces or dashes); a text that cannot
 * be one is a case that does not exist.
 *
 * @example
 * const numero = numeroDe(c)
 */
export function numeroDe(c: AppContext): string {
  const numero = normaliseCode(c.req.param('numero') ?? '')
  if (!/^[A-Z0-9]{4,40}$/.test(numero)) throw new AppError('not_found')
  return numero
}

/**
 * Commits a change to a case, answering 409 `conflict` when someone else's change got there first
 * (the guarded history entry, worker/casos/cambio.ts) or the case is already on its way to the
 * Fiscalía (its delivery's unique key).
 *
 * @example
 * return commitCambio(c, await planRespuesta(…), 200)
 */
export async function commitCambio<T>(
  c: AppContext,
  planned: Planned<T>,
  status: 200 | 201,
): Promise<Response> {
  try {
    return await commit(c, planned.writes, status, planned.result)
  } catch (error) {
    if (esCambioConcurrente(error) || isUniqueViolation(error))
      throw new AppError('conflict', { cause: error })
    // A file another request attached first (its CHECK): refused naming `archivos`.
    throw conflictoDeAdjuntos(error) ?? error
  }
}

/**
 * `/api/casos`: a citizen's own cases (404 for anyone else's). The dated history in their words,
 * their answer to the question staff asked, and information they add while the service takes it.
 * The answer's and the information's files (`archivos`) are attached through worker/archivos.
 */
export const casosRoute = new Hono<AppEnv>()
  .use(requireCitizen)
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await misCasos(serviceContext(c), actorOf(c), c.var.locale))
  })
  .get('/:numero', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await vistaCiudadano(serviceContext(c), actorOf(c), numeroDe(c), c.var.locale))
  })
  .post('/:numero/respuestas', async (c) => {
    const input = await parseJsonBody(c, RespuestaInput)
    const { publicUrl } = c.var.ports.config
    return commitCambio(
      c,
      await planRespuesta(serviceContext(c), actorOf(c), numeroDe(c), input, publicUrl),
      200,
    )
  })
  .post('/:numero/informacion', async (c) => {
    const input = await parseJsonBody(c, InformacionInput)
    const { publicUrl } = c.var.ports.config
    return commitCambio(
      c,
      await planInformacion(serviceContext(c), actorOf(c), numeroDe(c), input, publicUrl),
      201,
    )
  })
