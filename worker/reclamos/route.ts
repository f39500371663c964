import { Hono } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
import { desenlaceReclamo } from './desenlace.ts'
import { ReclamoInput } from './schema.ts'
import { planReclamo, reclamoPropio, reclamoReads } from './service.ts'

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

/** `/api/reclamos`: the citizen's side of their complaints (the case machinery is worker/casos). */
export const reclamosRoute = new Hono<AppEnv>()
  .get('/:numero/pdf', requireCitizen, async (c) => {
    const numero = numeroOf(c)
    const { pdfKey } = await reclamoPropio(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, pdfKey, `reclamo-${numero}.pdf`)
  })
  // The office's signed answer, for the complaint's owner (its owner as reclamoPropio decides).
  .get('/:numero/respuesta/pdf', requireCitizen, async (c) => {
    const numero = numeroOf(c)
    await reclamoPropio(serviceContext(c), actorOf(c), numero)
    const desenlace = await desenlaceReclamo(c.var.ports.db, numero)
    return storedPdf(c, desenlace?.respuestaPdfKey ?? null, `respuesta-reclamo-${numero}.pdf`)
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json((await reclamoPropio(serviceContext(c), actorOf(c), numeroOf(c))).view)
  })
