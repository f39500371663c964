import { Hono } from 'hono'
import * as v from 'valibot'
import { detectarTipo } from '../archivos/tipo.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { rowId } from '../ids.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
import { parse, parseJsonBody } from '../validation.ts'
import { planEdicion, planMemorial, todosLosMemoriales } from './admin.ts'
import { cifrasDelLibro } from './cifras.ts'
import { anchoDe, claveDeFoto, guardarAncho, MAX_FOTO_BYTES } from './fotos.ts'
import { CondolenciaInput, DecisionInput, MemorialInput, ReporteInput } from './schema.ts'
import {
  type Cola,
  cola,
  condolenciaReads,
  memorialesPublicados,
  memorialView,
  mensajesDe,
  planCondolencia,
  planDecision,
  planReporte,
} from './service.ts'

/**
 * `POST /api/condolencias`: a signed-in citizen's message on a memorial (a submission:
 * worker/submission.ts — at the edge one round trip to read, one to write). Signed from the
 * session, read by the first pass, public after its delay unless held or stopped (decision 0065).
 */
export const condolenciaSubmission = submission({
  input: CondolenciaInput,
  audience: 'citizen',
  reads: (c, input) => condolenciaReads(c.var.ports.db, input),
  decide: (c, input, loaded) => {
    return { status: 201, ...planCondolencia(serviceContext(c), actorOf(c), input, loaded, c.var.locale) }
  },
})

/** The cache of a public list or page: a minute in the browser, five at the edge. */
const PUBLICA = 'public, max-age=60, s-maxage=300'

const MensajesQuery = v.strictObject({
  v: v.optional(v.pipe(v.string(), v.maxLength(40))),
  antes: v.optional(v.pipe(v.string(), v.maxLength(80))),
  lang: v.optional(v.string()),
})

/**
 * `/api/condolencias`: the public condolence book — memorials, their pages of messages (cached
 * at the edge under the memorial's version: decision 0065), their photos, and readers' reports.
 */
export const condolenciasRoute = new Hono<AppEnv>()
  .get('/memoriales', async (c) => {
    c.header('Cache-Control', PUBLICA)
    return c.json({ items: await memorialesPublicados(serviceContext(c)) })
  })
  .get('/memoriales/:slug', async (c) => {
    const view = await memorialView(serviceContext(c), c.req.param('slug'))
    c.header('Cache-Control', PUBLICA)
    return c.json(view)
  })
  .get('/memoriales/:slug/mensajes', async (c) => {
    const query = parse(MensajesQuery, c.req.query())
    const page = await mensajesDe(serviceContext(c), c.req.param('slug'), query)
    // The first page under its current version never changes: cached for a day. Under another
    // version (old, or made up) it is the current content, never kept under that key.
    c.header(
      'Cache-Control',
      query.antes
        ? 'public, s-maxage=3600'
        : page.vigente
          ? 'public, max-age=300, s-maxage=86400, immutable'
          : 'no-cache',
    )
    return c.json({ items: page.items, siguiente: page.siguiente })
  })
  .get('/fotos/:foto/:ancho', async (c) => {
    const ancho = anchoDe(c.req.param('ancho'))
    const foto = c.req.param('foto')
    if (!ancho || !/^[\w-]{1,40}$/.test(foto)) throw new AppError('not_found')
    const bytes = await c.var.ports.files.get(claveDeFoto(foto, ancho))
    if (!bytes) throw new AppError('not_found')
    c.header('Content-Type', detectarTipo(bytes) ?? 'application/octet-stream')
    // A photo's id names its bytes: a new photo is a new id (kept at the edge too: s-maxage).
    c.header('Cache-Control', 'public, max-age=31536000, s-maxage=31536000, immutable')
    return c.body(bytes as Uint8Array<ArrayBuffer>)
  })
  .post('/:id/reportes', async (c) => {
    const input = await parseJsonBody(c, ReporteInput)
    const planned = await planReporte(serviceContext(c), c.req.param('id'), input)
    return commit(c, planned, 202)
  })

const ColaQuery = v.strictObject({
  estado: v.optional(
    v.picklist(['retenido', 'pendiente', 'reportado'] as const satisfies Cola[]),
    'retenido',
  ),
  lang: v.optional(v.string()),
})

/** `/api/funcionarios/condolencias`: the moderators' queue and decisions (`condolencias.moderar`). */
export const condolenciasModeracionRoute = new Hono<AppEnv>()
  .use(requireCapacidad('condolencias.moderar'))
  .get('/cola', async (c) => {
    c.header('Cache-Control', 'no-store')
    const { estado } = parse(ColaQuery, c.req.query())
    return c.json({ items: await cola(serviceContext(c), estado) })
  })
  .get('/cifras', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await cifrasDelLibro(serviceContext(c)))
  })
  .post('/:id/decision', async (c) => {
    const input = await parseJsonBody(c, DecisionInput)
    const planned = await planDecision(
      serviceContext(c),
      actorOf(c),
      c.req.param('id'),
      input,
      c.var.ports.config.publicUrl,
    )
    return commit(c, planned, 200)
  })

/**
 * `/api/admin/memoriales`: the administrators' memorials (`memoriales.administrar`): the list,
 * a new one, an edit, and a photo's widths, each drawn by the administrator's browser and
 * checked here (decision 0065).
 */
export const memorialesAdminRoute = new Hono<AppEnv>()
  .use(requireCapacidad('memoriales.administrar'))
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ items: await todosLosMemoriales(serviceContext(c)) })
  })
  .post('/', async (c) => {
    const input = await parseJsonBody(c, MemorialInput)
    const planned = await planMemorial(serviceContext(c), c.var.ports.files, input)
    return commit(c, planned, 201)
  })
  .put('/:slug', async (c) => {
    const input = await parseJsonBody(c, MemorialInput)
    const planned = await planEdicion(serviceContext(c), c.var.ports.files, c.req.param('slug'), input)
    return commit(c, planned, 200)
  })
  .post('/fotos', (c) => c.json({ foto: rowId() }, 201))
  .put('/fotos/:foto/:ancho', async (c) => {
    const ancho = anchoDe(c.req.param('ancho'))
    const foto = c.req.param('foto')
    if (!ancho || !/^[\w-]{1,40}$/.test(foto)) throw new AppError('not_found')
    const length = Number(c.req.header('content-length') ?? Number.NaN)
    if (!(length <= MAX_FOTO_BYTES)) throw new AppError('payload_too_large')
    await guardarAncho(c.var.ports.files, foto, ancho, new Uint8Array(await c.req.arrayBuffer()))
    return c.body(null, 204)
  })
