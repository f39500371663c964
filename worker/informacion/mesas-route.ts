import { Hono } from 'hono'
import * as v from 'valibot'
import type { AppContext, AppEnv } from '../context.ts'
import { actorOf, requireCapacidad } from '../identity/guards.ts'
import { commit, commitRead } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parse, relabel } from '../validation.ts'
import {
  analistasDeMesa,
  mesaDelAnalista,
  mesaDeRuta,
  mesasDelActor,
  pendientes,
  planAgregarAnalista,
  planClaveEnvuelta,
  planEnvolver,
  planMiClave,
  planNuevaClave,
  planQuitarAnalista,
} from './claves.ts'
import {
  AnalistaInput,
  EnvolverInput,
  MiClaveInput,
  NuevaClaveInput,
  UnidadMesaInput,
} from './claves-schema.ts'
import { cuerpo as cuerpoPorCampo } from './cuerpo.ts'
import { mesasParaAdministrar, planUnidadDeMesa } from './mesas.ts'

const VersionQuery = v.object({
  version: v.optional(v.pipe(v.string(), v.regex(/^[1-9]\d{0,6}$/), v.transform(Number))),
})

/** A key's or a wrapped copy's inner parts are named by the field that holds them. */
const cuerpo = <S extends v.GenericSchema>(c: AppContext, schema: S) =>
  cuerpoPorCampo(c, schema, ['publica', 'envueltas'])

/** The path's desk, for an analyst of it (anyone else: 404). */
const mesaDe = (c: AppContext) => mesaDelAnalista(c.var.ports.db, actorOf(c), c.req.param('mesa') ?? '')

/**
 * `/api/funcionarios/informacion`: the desks' keys (decision 0044). An analyst
 * (`informacion.analizar`, on the desk) registers their own public key, reads their wrapped copy
 * of the desk key, makes a new version, and wraps it for a colleague; an administrator
 * (`personal.administrar`) lists the desks, renames the unit behind one, puts people on a desk
 * and takes them off, and reads nothing.
 *
 * @example
 * app.route('/api/funcionarios/informacion', informacionFuncionariosRoute)
 */
export const informacionFuncionariosRoute = new Hono<AppEnv>()
  .put('/mi-clave', requireCapacidad('informacion.analizar'), async (c) => {
    const { publica } = await cuerpo(c, MiClaveInput)
    const planned = planMiClave(serviceContext(c), actorOf(c), publica)
    return commit(c, planned, 200)
  })
  .get('/mesas/:mesa/clave', requireCapacidad('informacion.analizar'), async (c) => {
    const mesa = await mesaDe(c)
    const { version } = parse(VersionQuery, c.req.query())
    // The read is recorded before the key leaves.
    return commitRead(c, await planClaveEnvuelta(serviceContext(c), actorOf(c), mesa, version))
  })
  .get('/mis-mesas', requireCapacidad('informacion.analizar'), async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await mesasDelActor(c.var.ports.db, actorOf(c)))
  })
  .get('/mesas/:mesa/analistas', requireCapacidad('informacion.analizar'), async (c) => {
    const mesa = await mesaDe(c)
    c.header('Cache-Control', 'no-store')
    return c.json(await analistasDeMesa(c.var.ports.db, mesa))
  })
  .get('/mesas/:mesa/pendientes', requireCapacidad('informacion.analizar'), async (c) => {
    const mesa = await mesaDe(c)
    c.header('Cache-Control', 'no-store')
    return c.json(await pendientes(c.var.ports.db, mesa))
  })
  .post('/mesas/:mesa/claves', requireCapacidad('informacion.analizar'), async (c) => {
    const input = await cuerpo(c, NuevaClaveInput)
    const mesa = await mesaDe(c)
    const planned = await planNuevaClave(serviceContext(c), actorOf(c), mesa, input)
    return commit(c, planned, 201)
  })
  .post('/mesas/:mesa/envueltas', requireCapacidad('informacion.analizar'), async (c) => {
    const input = await cuerpo(c, EnvolverInput)
    const mesa = await mesaDe(c)
    const planned = await planEnvolver(serviceContext(c), mesa, input)
    return commit(c, planned, 201)
  })
  .get('/mesas', requireCapacidad('personal.administrar'), async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await mesasParaAdministrar(c.var.ports.db))
  })
  .put('/mesas/:mesa', requireCapacidad('personal.administrar'), async (c) => {
    const { unidad } = await cuerpo(c, UnidadMesaInput).catch((error: unknown) => {
      // «Unidad policial» elsewhere; here the name of the unit behind the desk.
      throw relabel(error, { unidad: 'informacion.unidad' })
    })
    const planned = await planUnidadDeMesa(serviceContext(c), mesaDeRuta(c.req.param('mesa')), unidad)
    return commit(c, planned, 200)
  })
  .post('/mesas/:mesa/analistas', requireCapacidad('personal.administrar'), async (c) => {
    const { userId } = await cuerpo(c, AnalistaInput)
    const mesa = mesaDeRuta(c.req.param('mesa'))
    const planned = await planAgregarAnalista(serviceContext(c), mesa, userId)
    return commit(c, planned, 201)
  })
  .delete('/mesas/:mesa/analistas/:userId', requireCapacidad('personal.administrar'), async (c) => {
    const mesa = mesaDeRuta(c.req.param('mesa'))
    const planned = planQuitarAnalista(serviceContext(c), mesa, c.req.param('userId'))
    return commit(c, planned, 200)
  })
