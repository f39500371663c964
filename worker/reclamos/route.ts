import { Hono } from 'hono'
import type * as v from 'valibot'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { cambioCiudadano } from '../casos/cambio-ciudadano.ts'
import { numeroDeRuta } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { documentPorts } from '../documents/emitir.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import type { Actor } from '../identity/actor.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { type Planned, type ServiceContext, serviceContext } from '../service.ts'
import { orPending } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import {
  planReapertura,
  planValoracion,
  type ReclamoLeido,
  reclamoCambioReads,
  reclamoPropio,
} from './ciudadano.ts'
import { ReaperturaInput, ReclamoInput, type ReclamoView, ValoracionInput } from './schema.ts'
import { planReclamo, reclamoReads } from './service.ts'

/**
 * `POST /api/reclamos`: a citizen's complaint about police conduct (a submission:
 * worker/submission.ts), signed in with ClaveÚnica or a verified internal account; its número is
 * a document code.
 */
export const reclamoSubmission = submission({
  input: ReclamoInput,
  audience: 'citizen',
  issuesCode: true,
  reads: (c, input) => reclamoReads(c.var.ports.db, input, c.var.ports.clock.now()),
  decide: async (c, input, loaded, code) => {
    return {
      status: 201,
      ...(await planReclamo(serviceContext(c), documentPorts(c), actorOf(c), input, loaded, code)),
    }
  },
  // An evidence file another submission attached first: refused naming `archivos`.
  conflict: (error) => conflictoDeAdjuntos(error),
})

/**
 * `/api/reclamos`: the citizen's side of their complaints (the case machinery is worker/casos):
 * the complaint with its due date and the office's decision, its receipt (and once decided their
 * rating and their reopening: {@link valoracionSubmission}, {@link reaperturaSubmission},
 * worker/reclamos/ciudadano.ts). Anyone else's is not found.
 */
export const reclamosRoute = new Hono<AppEnv>()
  .get('/:numero/pdf', requireCitizen, async (c) => {
    const numero = numeroDeRuta(c)
    const { pdfKey } = await reclamoPropio(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, pdfKey, `reclamo-${numero}.pdf`)
  })
  // The office's signed answer, for the complaint's owner (its owner as reclamoPropio decides).
  .get('/:numero/respuesta/pdf', requireCitizen, async (c) => {
    const numero = numeroDeRuta(c)
    const { respuestaPdfKey } = await reclamoPropio(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, respuestaPdfKey, `respuesta-reclamo-${numero}.pdf`)
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const numero = numeroDeRuta(c)
    // At the edge, a complaint just sent is its shard's until Turso has it (decision 0023).
    return c.json(
      await orPending(
        c,
        'reclamo',
        numero,
        async () => (await reclamoPropio(serviceContext(c), actorOf(c), numero)).view,
      ),
    )
  })

/** How the complainant's step plans its writes from what was read (worker/reclamos/ciudadano.ts). */
type PlanDeReclamo<I> = (
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  leido: ReclamoLeido,
  input: I,
  publicUrl: string,
) => Promise<Planned<ReclamoView>>

/**
 * A complainant's step on their complaint of the path's número: a change to their case committed
 * in the request after one batch of reads (worker/casos/cambio-ciudadano.ts, decisions 0056 and
 * 0063; mounted in worker/app.ts before the session middleware, like the submissions).
 */
function pasoDelReclamante<I>(input: v.GenericSchema<unknown, I>, plan: PlanDeReclamo<I>) {
  return cambioCiudadano<I, ReclamoLeido>({
    input,
    status: 200,
    reads: (c, _input, caller) =>
      reclamoCambioReads(c.var.ports.db, numeroDeRuta(c), caller, c.var.ports.clock.now()),
    decide: (c, body, leido) =>
      plan(serviceContext(c), actorOf(c), numeroDeRuta(c), leido, body, c.var.ports.config.publicUrl),
  })
}

/** `POST /api/reclamos/:numero/satisfaccion`: the complainant rates the office's decision. */
export const valoracionSubmission = pasoDelReclamante(ValoracionInput, planValoracion)

/** `POST /api/reclamos/:numero/reabrir`: the complainant reopens the decision, once within 30 days. */
export const reaperturaSubmission = pasoDelReclamante(ReaperturaInput, planReapertura)
