import { Hono } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import { numeroDeRuta } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { documentPorts } from '../documents/emitir.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { serviceContext } from '../service.ts'
import { orPending } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { parse } from '../validation.ts'
import { PosiblesDuplicadosQuery } from './consulta.ts'
import { DenunciaInput } from './schema.ts'
import { denunciaPropia, denunciaReads, fichaDenuncia, planDenuncia, posiblesDuplicados } from './service.ts'

/**
 * `POST /api/denuncias`: a citizen's report (a submission: worker/submission.ts), signed in with
 * ClaveÚnica or a verified internal account; its número de trámite is a document code.
 */
export const denunciaSubmission = submission({
  input: DenunciaInput,
  audience: 'citizen',
  issuesCode: true,
  reads: (c, input) => denunciaReads(c.var.ports.db, input),
  decide: async (c, input, loaded, code) => {
    return {
      status: 201,
      ...(await planDenuncia(serviceContext(c), documentPorts(c), actorOf(c), input, loaded, code)),
    }
  },
  // An evidence file another submission attached first (its CHECK, on Node): refused naming `archivos`.
  conflict: (error) => conflictoDeAdjuntos(error),
})

/** `/api/denuncias`: the citizen's side of their reports (the case machinery is worker/casos). */
export const denunciasRoute = new Hono<AppEnv>()
  .get('/ficha', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await fichaDenuncia(serviceContext(c), actorOf(c)))
  })
  .get('/posibles-duplicados', requireCitizen, async (c) => {
    const q = (name: string) => c.req.query(name)
    const query = parse(PosiblesDuplicadosQuery, {
      tipo: q('tipo'),
      fecha: q('fecha'),
      lat: q('lat'),
      lon: q('lon'),
      comuna: q('comuna'),
    })
    c.header('Cache-Control', 'no-store')
    return c.json({ denuncias: await posiblesDuplicados(serviceContext(c), actorOf(c), query) })
  })
  .get('/:numero/pdf', requireCitizen, async (c) => {
    const numero = numeroDeRuta(c)
    const { pdfKey } = await denunciaPropia(serviceContext(c), actorOf(c), numero)
    return storedPdf(c, pdfKey, `denuncia-${numero}.pdf`)
  })
  .get('/:numero', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    const numero = numeroDeRuta(c)
    return c.json(
      await orPending(c, 'denuncia', numero, async () => {
        const { view } = await denunciaPropia(serviceContext(c), actorOf(c), numero)
        return view
      }),
    )
  })
