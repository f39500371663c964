import { Hono } from 'hono'
import { revalidar } from '../cifras/revalidar.ts'
import { numeroDeRuta } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { documentPorts } from '../documents/emitir.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { actorOf, requireCapacidad, requireCitizen } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
import { cifrasDeReencuentro } from './cifras.ts'
import { ReencuentroInput } from './schema.ts'
import { planReencuentro, reencuentroReads } from './service.ts'
import { reencuentroPropio, vistaReencuentro } from './ver.ts'

/**
 * `POST /api/reencuentro`: a citizen asks the team to find a relative (a submission:
 * worker/submission.ts), signed in with ClaveÚnica or a verified internal account; its número is
 * a document code.
 */
export const reencuentroSubmission = submission({
  input: ReencuentroInput,
  audience: 'citizen',
  issuesCode: true,
  reads: (c, input) => reencuentroReads(c.var.ports.db, input),
  decide: async (c, input, loaded, code) => {
    return {
      status: 201,
      ...(await planReencuentro(serviceContext(c), documentPorts(c), actorOf(c), input, loaded, code)),
    }
  },
})

/**
 * `/api/reencuentro`: the requester's side of their searches (the case machinery is worker/casos):
 * their view (decision 0064: what the person found allowed, nothing else) and their receipt.
 * Anyone else's, staff's included, is not found.
 */
export const reencuentroRoute = new Hono<AppEnv>()
  .get('/:numero/comprobante.pdf', requireCitizen, async (c) => {
    const numero = numeroDeRuta(c)
    const { fila } = await reencuentroPropio(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, fila.pdfKey, `reencuentro-${numero}.pdf`)
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await vistaReencuentro(serviceContext(c), actorOf(c), numeroDeRuta(c), c.var.locale))
  })

/**
 * `GET /api/supervisor/reencuentro/cifras`: the searches' counts and outcomes per region, and the
 * open ones' age (worker/reencuentro/cifras.ts), for supervisors (`cifras.ver`). Answered with an
 * ETag: a dashboard's refresh with nothing new is a 304.
 */
export const cifrasReencuentroRoute = new Hono<AppEnv>()
  .use(requireCapacidad('cifras.ver'))
  .get('/', revalidar, async (c) => {
    const { db, clock } = c.var.ports
    return c.json(await cifrasDeReencuentro(db, clock.now()))
  })
