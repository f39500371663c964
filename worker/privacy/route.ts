import { Hono } from 'hono'
import { localDate } from '../../core/time.ts'
import { auditEntry } from '../audit.ts'
import { normaliseCode } from '../codes.ts'
import type { AppEnv } from '../context.ts'
import { reportPdf } from '../documents/pdf.ts'
import { actorOf, requireCapacidad, requireCitizen } from '../identity/guards.ts'
import { forgetCookies } from '../identity/session.ts'
import { commit, commitRead } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parse, parseJsonBody } from '../validation.ts'
import { runWrites } from '../writes.ts'
import { type MisDatos, misDatos } from './mis-datos.ts'
import { DescargaQuery, RectificacionInput, RespuestaInput, SupresionInput } from './schema.ts'
import {
  colaSolicitudes,
  detalleSolicitud,
  planRectificacion,
  planRespuesta,
  planSupresion,
} from './solicitudes.ts'

/** The citizen's copy of their data as a readable document (Spanish, like the portal's documents). */
function informe(datos: MisDatos) {
  const valor = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v))
  return reportPdf({
    title: 'Mis datos en la Comisaría Virtual',
    intro: [
      `Copia de todos los datos personales que la Comisaría Virtual conserva sobre ${datos.cuenta.nombres} ${datos.cuenta.apellidos}, generada el ${datos.generadoAt}.`,
      'Ley 19.628 sobre protección de los datos personales (texto de la Ley 21.719), artículo 4: derechos de acceso, rectificación, supresión, oposición, portabilidad y bloqueo. Puede ejercerlos en Mis datos.',
    ],
    sections: [
      ...datos.registros.map((r) => ({
        heading: `${r.tipo.replaceAll('_', ' ')}${r.code ? ` ${r.code}` : ''}`,
        rows: [
          ...r.campos.map((c): [string, string] => [c.campo, valor(c.valor)]),
          ['estado', valor(r.estado)] as [string, string],
          ['se conserva hasta', valor(r.conservarHasta)] as [string, string],
          ['supresión', r.supresion.posible ? 'posible' : `no por ahora: ${valor(r.supresion.motivo)}`] as [
            string,
            string,
          ],
        ],
      })),
      {
        heading: 'Quién vio mis datos',
        rows: datos.accesos.length
          ? datos.accesos.map((a): [string, string] => [
              a.at,
              `${a.funcionario} (${valor(a.unidad)}) — ${a.registro.tipo} ${valor(a.registro.code)} — ${a.finalidad}`,
            ])
          : [['—', 'Ningún funcionario ha consultado sus datos.']],
      },
    ],
  })
}

/** `/api/mis-datos`: what the portal holds about the signed-in citizen, and their requests about it. */
export const misDatosRoute = new Hono<AppEnv>()
  .use(requireCitizen)
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await misDatos(serviceContext(c), actorOf(c), c.var.locale))
  })
  .get('/descarga', async (c) => {
    const { formato } = parse(DescargaQuery, { formato: c.req.query('formato') })
    const ctx = serviceContext(c)
    const datos = await misDatos(ctx, actorOf(c), c.var.locale)
    await runWrites(ctx, [
      auditEntry(ctx, 'mis_datos.exported', { type: 'user', id: datos.cuenta.id }, { formato }),
    ])
    const name = `mis-datos-${localDate(ctx.clock.now())}.${formato}`
    c.header('Cache-Control', 'no-store')
    c.header('Content-Disposition', `attachment; filename="${name}"`)
    if (formato === 'json') return c.json(datos)
    c.header('Content-Type', 'application/pdf')
    return c.body((await informe(datos)).slice().buffer as ArrayBuffer)
  })
  .post('/rectificacion', async (c) => {
    const input = await parseJsonBody(c, RectificacionInput)
    const planned = await planRectificacion(serviceContext(c), actorOf(c), input)
    return commit(c, planned, 201)
  })
  .post('/supresion', async (c) => {
    await parseJsonBody(c, SupresionInput)
    const planned = await planSupresion(serviceContext(c), actorOf(c), c.var.ports.files)
    // The account's sessions go with it (ON DELETE CASCADE); the browser forgets its cookies.
    if (planned.result.cuentaEliminada) forgetCookies(c)
    return commit(c, planned, 200)
  })

/** `/api/funcionarios/solicitudes-datos`: supervisors answer citizens' rectification requests. */
export const solicitudesDatosRoute = new Hono<AppEnv>()
  .use(requireCapacidad('datos.solicitudes'))
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ items: await colaSolicitudes(serviceContext(c)) })
  })
  .get('/:code', async (c) => {
    const { writes, detalle } = await detalleSolicitud(serviceContext(c), normaliseCode(c.req.param('code')))
    return commitRead(c, { writes, result: detalle })
  })
  .post('/:code/responder', async (c) => {
    const input = await parseJsonBody(c, RespuestaInput)
    const planned = await planRespuesta(
      serviceContext(c),
      actorOf(c),
      normaliseCode(c.req.param('code')),
      input,
    )
    return commit(c, planned, 200)
  })
