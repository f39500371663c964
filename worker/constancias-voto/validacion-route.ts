import { Hono } from 'hono'
import { normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { storedPdf } from '../documents/pdf-response.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { CorreoInput } from './schema.ts'
import {
  buscarParaValidar,
  pdfDeConstancia,
  planAsistida,
  planCorreo,
  planRechazo,
  planValidacion,
} from './validacion.ts'
import { AsistidaInput, BuscarInput, RechazoInput, ValidacionInput } from './validacion-schema.ts'

/** A resolution that lost the race to a colleague's: the key of validaciones_voto refused it. */
const yaResuelta = (error: unknown) =>
  isUniqueViolation(error)
    ? new AppError('already_resolved', { params: { estado: 'resuelta por otro funcionario' } })
    : undefined

/** The PDF of a validated constancia, from the file store. */
export async function constanciaPdf(c: AppContext, code: string): Promise<Response> {
  return storedPdf(c, await pdfDeConstancia(c.var.ports.db, code), `constancia-${code}.pdf`)
}

/** `/api/funcionarios/constancias-voto`: any officer, at any unit, validates or assists (seed 3.1, 3.2), only while the election's window is open. */
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
  .post('/:code/correo', async (c) => {
    const input = await parseJsonBody(c, CorreoInput)
    const code = normaliseCode(c.req.param('code'))
    const { config } = c.var.ports
    return commit(c, await planCorreo(serviceContext(c), config.publicUrl, actorOf(c), code, input), 200)
  })
  .post('/:code/rechazar', async (c) => {
    const { motivo } = await parseJsonBody(c, RechazoInput)
    const code = normaliseCode(c.req.param('code'))
    return commit(
      c,
      await planRechazo(serviceContext(c), c.var.ports, actorOf(c), code, motivo),
      200,
      yaResuelta,
    )
  })
  .get('/:code/pdf', (c) => constanciaPdf(c, normaliseCode(c.req.param('code'))))
