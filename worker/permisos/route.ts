import { Hono } from 'hono'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { documentPdf } from '../documents/pdf.ts'
import { isCheckViolation, isUniqueViolation } from '../errors.ts'
import { actorOf, requireCitizen, requireClaveUnica } from '../identity/guards.ts'
import { errorBody } from '../middleware/errors.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { PermisoInput, type PermisoView } from './schema.ts'
import { fichaPermisos, permisoFields, permisoPropio, planPermiso, quotaError } from './service.ts'

async function solicitar(c: AppContext, retries = 1): Promise<Response> {
  const input = await parseJsonBody(c, PermisoInput)
  const { keys, registries } = c.var.ports
  const plan = await planPermiso(serviceContext(c), { keys, registries }, actorOf(c), input)
  if (plan.kind === 'refused') {
    // The refusal is an answer like any other: recorded, audited, and replayed to a retry.
    c.header('Cache-Control', 'no-store')
    return commit(c, plan.writes, plan.error.status, errorBody(c, plan.error))
  }
  try {
    return await commit(c, plan.planned.writes, 201, plan.planned.result)
  } catch (error) {
    if (isCheckViolation(error)) throw quotaError(plan.tipo, input.fecha)
    // A simultaneous request took the same place in the week's count (or, once in 10^14, the
    // code): planning again counts it.
    if (retries > 0 && isUniqueViolation(error)) return solicitar(c, retries - 1)
    throw error
  }
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
    qr: new URL(`/verificar#${view.token}`, publicUrl).toString(),
    footer: `Verifique este permiso en ${new URL('/verificar', publicUrl).toString()} con su código, o escaneando el código QR. Usar un permiso ajeno, adulterado o para otro fin es delito (art. 318 del Código Penal).`,
  })
  c.header('Content-Type', 'application/pdf')
  c.header('Content-Disposition', `inline; filename="permiso-${view.code}.pdf"`)
  c.header('Cache-Control', 'private, no-store')
  return c.body(pdf.slice().buffer as ArrayBuffer)
}

/** `/api/permisos`: the citizen's temporary travel permits (seed: "Permisos de desplazamiento"). */
export const permisosRoute = new Hono<AppEnv>()
  .get('/ficha', requireClaveUnica, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await fichaPermisos(serviceContext(c), actorOf(c)))
  })
  .post('/', requireClaveUnica, (c) => solicitar(c))
  .get('/:code/pdf', requireCitizen, async (c) =>
    permisoPdf(c, await permisoPropio(serviceContext(c), actorOf(c), normaliseCode(c.req.param('code')))),
  )
  .get('/:code', requireCitizen, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await permisoPropio(serviceContext(c), actorOf(c), normaliseCode(c.req.param('code'))))
  })
