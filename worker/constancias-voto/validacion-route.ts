import { desc, eq } from 'drizzle-orm'
import { Hono } from 'hono'
import { constanciasVoto, validacionesVoto } from '../../db/schema/index.ts'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { buscarParaValidar, planAsistida, planRechazo, planValidacion } from './validacion.ts'
import { AsistidaInput, BuscarInput, RechazoInput, ValidacionInput } from './validacion-schema.ts'

/** A resolution that lost the race to a colleague's: the key of validaciones_voto refused it. */
const yaResuelta = (error: unknown) =>
  isUniqueViolation(error)
    ? new AppError('already_resolved', { params: { estado: 'resuelta por otro funcionario' } })
    : undefined

/** The PDF of a validated constancia, from the file store. */
export async function constanciaPdf(c: AppContext, code: string): Promise<Response> {
  const { db, files } = c.var.ports
  const [found] = await db
    .select({ pdfKey: validacionesVoto.pdfKey })
    .from(validacionesVoto)
    .innerJoin(constanciasVoto, eq(constanciasVoto.id, validacionesVoto.constanciaId))
    .where(eq(constanciasVoto.code, code))
    .orderBy(desc(validacionesVoto.at))
  const pdf = found?.pdfKey ? await files.get(found.pdfKey) : null
  if (!pdf) throw new AppError('not_found')
  c.header('Content-Type', 'application/pdf')
  c.header('Content-Disposition', `inline; filename="constancia-${code}.pdf"`)
  c.header('Cache-Control', 'private, no-store')
  return c.body(pdf.slice().buffer as ArrayBuffer)
}

/** `/api/funcionarios/constancias-voto`: any officer, at any unit, validates or assists (seed 3.1, 3.2). */
export const validacionRoute = new Hono<AppEnv>()
  .use(requireCapacidad('constancias.validar'))
  .post('/buscar', async (c) => {
    const { code } = await parseJsonBody(c, BuscarInput)
    c.header('Cache-Control', 'no-store')
    return c.json(await buscarParaValidar(serviceContext(c), actorOf(c), code))
  })
  .post('/asistida', async (c) => {
    const input = await parseJsonBody(c, AsistidaInput)
    return commit(c, await planAsistida(serviceContext(c), c.var.ports, actorOf(c), input), 201, yaResuelta)
  })
  .post('/:code/validar', async (c) => {
    const input = await parseJsonBody(c, ValidacionInput)
    const code = normaliseCode(c.req.param('code'))
    return commit(
      c,
      await planValidacion(serviceContext(c), c.var.ports, actorOf(c), code, input),
      200,
      yaResuelta,
    )
  })
  .post('/:code/rechazar', async (c) => {
    const { motivo } = await parseJsonBody(c, RechazoInput)
    const code = normaliseCode(c.req.param('code'))
    return commit(c, await planRechazo(serviceContext(c), actorOf(c), code, motivo), 200, yaResuelta)
  })
  .get('/:code/pdf', (c) => constanciaPdf(c, normaliseCode(c.req.param('code'))))
