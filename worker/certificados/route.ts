import { Hono } from 'hono'
import * as v from 'valibot'
import { localDate } from '../../core/time.ts'
import { revalidar } from '../cifras/revalidar.ts'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { documentPorts } from '../documents/emitir.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { actorOf, requireCapacidad, requireCitizen } from '../identity/guards.ts'
import { commit, commitRead } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { orPending, pendingDocuments } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { parse, parseJsonBody, relabel } from '../validation.ts'
import { AnulacionInput, CertificadoInput, ETIQUETAS_CERTIFICADO } from './schema.ts'
import {
  type CertificadoResumen,
  type CertificadoView,
  certificadoPropio,
  certificadoReads,
  misCertificados,
  planCertificado,
} from './service.ts'
import { cifrasCertificados, consultarCertificado, planAnulacion } from './staff.ts'

/**
 * `POST /api/certificados`: a citizen's constancia (a submission: worker/submission.ts), signed in
 * with ClaveÚnica or a verified internal account, issued at once; its number is a document code.
 * The answer is the constancia as its page shows it (`codigo`, `tipo`, `emitidoAt`, and the rest).
 */
export const certificadoSubmission = submission({
  input: CertificadoInput,
  labels: ETIQUETAS_CERTIFICADO,
  audience: 'citizen',
  issuesCode: true,
  reads: (c, input) => certificadoReads(c.var.ports.db, input),
  decide: async (c, input, loaded, code) => {
    return {
      status: 201,
      ...(await planCertificado(serviceContext(c), documentPorts(c), actorOf(c), input, loaded, code)),
    }
  },
})

/** The path's number, as typed (spaces and dashes allowed). */
const codigoOf = (c: AppContext) => normaliseCode(c.req.param('codigo') ?? '')

/** `/api/certificados`: the citizen's own constancias. */
export const certificadosRoute = new Hono<AppEnv>()
  .get('/', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const actor = actorOf(c)
    const [listed, pending] = await Promise.all([
      misCertificados(serviceContext(c), actor),
      // At the edge, what the citizen's shard still keeps for the database (decision 0023).
      actor.run && actor.runProof === 'claveunica' ? pendingDocuments(c, actor.run) : [],
    ])
    const kept = pending.flatMap((p): CertificadoResumen[] => {
      const view = p.view as CertificadoView
      if (p.kind !== 'certificado' || listed.some((l) => l.codigo === view.codigo)) return []
      return [{ codigo: view.codigo, tipo: view.tipo, emitidoAt: view.emitidoAt, anulada: false }]
    })
    return c.json([...kept, ...listed])
  })
  .get('/:codigo/pdf', requireCitizen, async (c) => {
    const codigo = codigoOf(c)
    const { pdfKey } = await certificadoPropio(serviceContext(c), actorOf(c), codigo)
    return storedPdf(c, pdfKey, `constancia-${codigo}.pdf`)
  })
  .get('/:codigo', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const codigo = codigoOf(c)
    return c.json(
      await orPending(c, 'certificado', codigo, async () => {
        const { view } = await certificadoPropio(serviceContext(c), actorOf(c), codigo)
        return view
      }),
    )
  })

/** `/api/funcionarios/certificados`: any officer looks one up by number; a supervisor annuls it. */
export const certificadosFuncionariosRoute = new Hono<AppEnv>()
  .get('/:codigo', requireCapacidad('certificados.consultar'), async (c) => {
    // The read is recorded before the answer leaves (the holder's "Quién vio mis datos").
    return commitRead(c, await consultarCertificado(serviceContext(c), codigoOf(c)))
  })
  .post('/:codigo/anulacion', requireCapacidad('certificados.anular'), async (c) => {
    const { motivo } = await parseJsonBody(c, AnulacionInput).catch((error: unknown) => {
      throw relabel(error, { motivo: 'certificados.motivo' })
    })
    const planned = await planAnulacion(serviceContext(c), actorOf(c), codigoOf(c), motivo)
    return commit(c, planned, 200)
  })

const CifrasQuery = v.object({ fecha: v.optional(v.pipe(v.string(), v.isoDate())) })

/** `GET /api/supervisor/certificados/cifras?fecha=…`: a day's constancias per type, hour and region. */
export const cifrasCertificadosRoute = new Hono<AppEnv>()
  .use(requireCapacidad('cifras.ver'))
  .get('/', revalidar, async (c) => {
    const { fecha } = parse(CifrasQuery, c.req.query())
    return c.json(await cifrasCertificados(c.var.ports.db, fecha ?? localDate(c.var.ports.clock.now())))
  })
