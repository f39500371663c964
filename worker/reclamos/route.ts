import { Hono } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { commitCambio, numeroDe } from '../casos/route.ts'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { orPending } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { parseJsonBody } from '../validation.ts'
import { planReapertura, planValoracion, reclamoPropio } from './ciudadano.ts'
import { ReaperturaInput, ReclamoInput, ValoracionInput } from './schema.ts'
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
    const { keys, files, config } = c.var.ports
    const ports = { keys, files, publicUrl: config.publicUrl, locale: c.var.locale }
    const planned = await planReclamo(serviceContext(c), ports, actorOf(c), input, loaded, code)
    return { status: 201, body: planned.result, writes: planned.writes, rules: planned.rules }
  },
  // An evidence file another submission attached first: refused naming `archivos`.
  conflict: (error) => conflictoDeAdjuntos(error),
})

/** The path's número, as typed (spaces and dashes of the grouped form allowed). */
const numeroOf = (c: AppContext) => normaliseCode(c.req.param('numero') ?? '')

/**
 * `/api/reclamos`: the citizen's side of their complaints (the case machinery is worker/casos):
 * the complaint with its due date and the office's decision, its receipt, and once decided their
 * rating and their reopening (worker/reclamos/ciudadano.ts). Anyone else's is not found.
 */
export const reclamosRoute = new Hono<AppEnv>()
  .get('/:numero/pdf', requireCitizen, async (c) => {
    const numero = numeroOf(c)
    const { pdfKey } = await reclamoPropio(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, pdfKey, `reclamo-${numero}.pdf`)
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const numero = numeroOf(c)
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
  .post('/:numero/satisfaccion', requireCitizen, async (c) => {
    const input = await parseJsonBody(c, ValoracionInput)
    const { publicUrl } = c.var.ports.config
    return commitCambio(
      c,
      await planValoracion(serviceContext(c), actorOf(c), numeroDe(c), input, publicUrl),
      200,
    )
  })
  .post('/:numero/reabrir', requireCitizen, async (c) => {
    const input = await parseJsonBody(c, ReaperturaInput)
    const { publicUrl } = c.var.ports.config
    return commitCambio(
      c,
      await planReapertura(serviceContext(c), actorOf(c), numeroDe(c), input, publicUrl),
      200,
    )
  })
