import { Hono } from 'hono'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { enlaceVerificacion } from '../documents/emitir.ts'
import { documentPdf } from '../documents/pdf.ts'
import { pdfAnswer } from '../documents/pdf-response.ts'
import { isCheckViolation } from '../errors.ts'
import { actorOf, requireCitizen, requireClaveUnica } from '../identity/guards.ts'
import { errorBody } from '../middleware/errors.ts'
import { serviceContext } from '../service.ts'
import { orPending } from '../shards/pending.ts'
import { submission } from '../submission.ts'
import { PermisoInput, type PermisoView } from './schema.ts'
import {
  fichaPermisos,
  permisoFields,
  permisoPropio,
  permisoReads,
  planPermiso,
  quotaError,
} from './service.ts'

/** `POST /api/permisos`: a citizen's permit (a submission: worker/submission.ts). */
export const permisoSubmission = submission({
  input: PermisoInput,
  audience: 'claveunica',
  issuesCode: true,
  reads: (c, input, caller) => permisoReads(c.var.ports.db, c.var.ports.registries, input, caller),
  decide: async (c, input, loaded, code) => {
    const plan = await planPermiso(serviceContext(c), c.var.ports.keys, actorOf(c), input, loaded, code)
    if (plan.kind === 'refused') {
      // The refusal is an answer like any other: recorded, audited, and replayed to a retry.
      c.header('Cache-Control', 'no-store')
      return { status: plan.error.status, result: errorBody(c, plan.error), writes: plan.writes }
    }
    return { status: 201, ...plan.planned, rules: plan.rules }
  },
  // The week's quota, counted by the INSERT itself (decision 0008): concurrent requests cannot pass it.
  conflict: (error, input, loaded) =>
    isCheckViolation(error) && loaded.tipo ? quotaError(loaded.tipo, input.fecha) : undefined,
})

/** The citizen's own permit of the path's code (at the edge, perhaps still kept by its shard). */
function propio(c: AppContext): Promise<PermisoView> {
  const code = normaliseCode(c.req.param('code') ?? '')
  return orPending(c, 'permiso', code, () => permisoPropio(serviceContext(c), actorOf(c), code))
}

/** The permit as a PDF, made from its record on each download (the QR carries the signed token). */
async function permisoPdf(c: AppContext, view: PermisoView): Promise<Response> {
  const { publicUrl } = c.var.ports.config
  const pdf = await documentPdf({
    title: 'Permiso temporal de desplazamiento',
    preamble: [
      'Carabineros de Chile autoriza a la persona individualizada a desplazarse por el motivo, en la comuna y en el horario indicados, conforme a las restricciones sanitarias vigentes. El permiso es personal e intransferible: preséntelo junto a su cédula de identidad.',
      'Fue emitido tras consultar el Registro Civil, Gendarmería de Chile y la Autoridad Sanitaria.',
    ],
    fields: permisoFields(view),
    code: view.code,
    qr: enlaceVerificacion(view.token, publicUrl),
    footer: `Verifique este permiso en ${new URL('/verificar', publicUrl).toString()} con su código, o escaneando el código QR. Usar un permiso ajeno, adulterado o para otro fin es delito (art. 318 del Código Penal).`,
  })
  return pdfAnswer(c, pdf, `permiso-${view.code}.pdf`)
}

/** `/api/permisos`: the citizen's temporary travel permits (seed: "Permisos de desplazamiento"). */
export const permisosRoute = new Hono<AppEnv>()
  .get('/ficha', requireClaveUnica, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await fichaPermisos(serviceContext(c), actorOf(c)))
  })
  .get('/:code/pdf', requireCitizen, async (c) => permisoPdf(c, await propio(c)))
  .get('/:code', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await propio(c))
  })
