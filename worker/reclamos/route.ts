import { Hono } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { normaliseCode } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
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
  reads: (c, input) => reclamoReads(c.var.ports.db, input),
  decide: async (c, input, loaded, code) => {
    const ports = { keys: c.var.ports.keys, locale: c.var.locale }
    const planned = await planReclamo(serviceContext(c), ports, actorOf(c), input, loaded, code)
    return { status: 201, body: planned.result, writes: planned.writes, rules: planned.rules }
  },
  // An evidence file another submission attached first: refused naming `archivos`.
  conflict: (error) => conflictoDeAdjuntos(error),
})

/** `/api/reclamos`: the citizen's side of their complaints (the case machinery is worker/casos). */
export const reclamosRoute = new Hono<AppEnv>().get('/:numero', requireCitizen, async (c) => {
  c.header('Cache-Control', 'no-store')
  const numero = normaliseCode(c.req.param('numero'))
  return c.json(await reclamoPropio(serviceContext(c), actorOf(c), numero))
})
