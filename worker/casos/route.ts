import { Hono } from 'hono'
import type * as v from 'valibot'
import { numeroDeRuta } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { type Planned, type ServiceContext, serviceContext } from '../service.ts'
import { cambioCiudadano } from './cambio-ciudadano.ts'
import { misCasos, vistaCiudadano } from './leer.ts'
import {
  type Anotado,
  type PreguntasLeidas,
  planInformacion,
  planRespuesta,
  preguntasReads,
} from './preguntas.ts'
import { InformacionInput, RespuestaInput } from './schema.ts'

/**
 * A case's número from the path, as stored (upper case, no spaces or dashes); a text that cannot
 * be one is a case that does not exist.
 *
 * @example
 * const numero = numeroDe(c)
 */
export function numeroDe(c: AppContext): string {
  const numero = numeroDeRuta(c)
  if (!/^[A-Z0-9]{4,40}$/.test(numero)) throw new AppError('not_found')
  return numero
}

/**
 * A citizen's word on their case of the path's número — an answer, information — a change
 * committed in the request after one batch of reads (worker/casos/cambio-ciudadano.ts; mounted in
 * worker/app.ts before the session middleware, like the submissions). A path that cannot be a
 * número reads no case: 404, once the caller is admitted.
 */
function palabraDelCiudadano<I extends { archivos?: string[] }>(
  input: v.GenericSchema<unknown, I>,
  status: 200 | 201,
  plan: (
    ctx: ServiceContext,
    actor: Actor,
    leidas: PreguntasLeidas,
    input: I,
    publicUrl: string,
  ) => Planned<Anotado>,
) {
  return cambioCiudadano<I, PreguntasLeidas>({
    input,
    status,
    reads: (c, body) => preguntasReads(c.var.ports.db, numeroDeRuta(c), body.archivos),
    decide: (c, body, leidas) =>
      plan(serviceContext(c), actorOf(c), leidas, body, c.var.ports.config.publicUrl),
  })
}

/** `POST /api/casos/:numero/respuestas`: the citizen answers staff's question. */
export const respuestaSubmission = palabraDelCiudadano(RespuestaInput, 200, planRespuesta)

/** `POST /api/casos/:numero/informacion`: information the citizen adds unasked. */
export const informacionSubmission = palabraDelCiudadano(InformacionInput, 201, planInformacion)

/**
 * `/api/casos`: a citizen's own cases (404 for anyone else's). The dated history in their words,
 * their answer to the question staff asked, and information they add while the service takes it
 * ({@link respuestaSubmission}, {@link informacionSubmission}). The answer's and the information's
 * files (`archivos`) are attached through worker/archivos.
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
