import { Hono } from 'hono'
import type { AppContext, AppEnv } from '../context.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit, commitRead } from '../middleware/idempotency.ts'
import { type Planned, serviceContext } from '../service.ts'
import { parse } from '../validation.ts'
import { mesaDelAnalista } from './claves.ts'
import { cuerpo } from './cuerpo.ts'
import {
  DerivarInput,
  EstadoInput,
  NotaInput,
  PreguntaInput,
  ResellarInput,
  TipsQuery,
} from './seguimiento-schema.ts'
import {
  conflictoDeTip,
  planDerivar,
  planEstado,
  planLeerTip,
  planNota,
  planPregunta,
  planResellar,
  planVehiculo,
  porResellar,
  tipsDeMesa,
} from './trabajo.ts'

/** The path's desk, for an analyst of it (anyone else: 404, decision 0044). */
const mesaDe = (c: AppContext) => mesaDelAnalista(c.var.ports.db, actorOf(c), c.req.param('mesa') ?? '')

/** Commits a change to a tip; one that lost to a change made meanwhile (a forward, a new message) is a 409. */
const guardar = (c: AppContext, planned: Planned<unknown>, status: 200 | 201) =>
  commit(c, planned, status, conflictoDeTip)

const ANALIZAR = requireCapacidad('informacion.analizar')

/**
 * `/api/funcionarios/informacion`: the desks' work on tips (decision 0047) — the queue, a tip
 * (audited), its state, notes, questions to the tipster, forwarding to another desk, re-sealing
 * messages that arrived for it after a forward — for the
 * analysts of the path's desk only; and the stolen-vehicle registry for any desk's analyst.
 *
 * @example
 * app.route('/api/funcionarios/informacion', informacionTrabajoRoute)
 */
export const informacionTrabajoRoute = new Hono<AppEnv>()
  .get('/mesas/:mesa/tips', ANALIZAR, async (c) => {
    const mesa = await mesaDe(c)
    const { estado } = parse(TipsQuery, c.req.query())
    c.header('Cache-Control', 'no-store')
    return c.json(await tipsDeMesa(c.var.ports.db, mesa, estado))
  })
  .get('/mesas/:mesa/tips/:id', ANALIZAR, async (c) => {
    const mesa = await mesaDe(c)
    // The read is recorded before the tip leaves.
    return commitRead(c, await planLeerTip(serviceContext(c), mesa, c.req.param('id')))
  })
  .post('/mesas/:mesa/tips/:id/estado', ANALIZAR, async (c) => {
    const input = await cuerpo(c, EstadoInput, ['nota'])
    const mesa = await mesaDe(c)
    return guardar(c, await planEstado(serviceContext(c), actorOf(c), mesa, c.req.param('id'), input), 200)
  })
  .post('/mesas/:mesa/tips/:id/notas', ANALIZAR, async (c) => {
    const { nota } = await cuerpo(c, NotaInput, ['nota'])
    const mesa = await mesaDe(c)
    return guardar(c, await planNota(serviceContext(c), actorOf(c), mesa, c.req.param('id'), nota), 201)
  })
  .post('/mesas/:mesa/tips/:id/preguntas', ANALIZAR, async (c) => {
    const input = await cuerpo(c, PreguntaInput, ['sellado', 'copia'])
    const mesa = await mesaDe(c)
    return guardar(c, await planPregunta(serviceContext(c), actorOf(c), mesa, c.req.param('id'), input), 201)
  })
  .post('/mesas/:mesa/tips/:id/derivar', ANALIZAR, async (c) => {
    const input = await cuerpo(c, DerivarInput, ['tip', 'mensajes', 'notas'])
    const mesa = await mesaDe(c)
    return guardar(c, await planDerivar(serviceContext(c), actorOf(c), mesa, c.req.param('id'), input), 200)
  })
  // Messages sealed for this desk on tips forwarded since (decision 0047): opened and re-sealed here.
  .get('/mesas/:mesa/resellar', ANALIZAR, async (c) => {
    const mesa = await mesaDe(c)
    c.header('Cache-Control', 'no-store')
    return c.json(await porResellar(c.var.ports.db, mesa))
  })
  .post('/mesas/:mesa/resellar', ANALIZAR, async (c) => {
    const input = await cuerpo(c, ResellarInput, ['mensajes'])
    const mesa = await mesaDe(c)
    return guardar(c, await planResellar(serviceContext(c), mesa, input), 200)
  })
  .get('/vehiculos/:patente', ANALIZAR, async (c) => {
    const { registries } = c.var.ports
    return commitRead(
      c,
      await planVehiculo(serviceContext(c), registries, actorOf(c), c.req.param('patente')),
    )
  })
