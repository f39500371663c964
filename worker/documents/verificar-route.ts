import { and, eq, inArray, sql } from 'drizzle-orm'
import { Hono } from 'hono'
import * as v from 'valibot'
import { TIPOS } from '../../core/certificados/tipos.ts'
import { maskRun } from '../../core/run.ts'
import {
  casos,
  certificados,
  constanciasVoto,
  elecciones,
  permisos,
  validacionesVoto,
} from '../../db/schema/index.ts'
import { estadoParaCiudadano } from '../casos/maquina.ts'
import { servicioDeCasos } from '../casos/servicios.ts'
import { CODE_ALPHABET, normaliseCode } from '../codes.ts'
import type { AppContext, AppEnv } from '../context.ts'
import type { DenunciaView } from '../denuncias/schema.ts'
import { AppError, invalidField } from '../errors.ts'
import { consume } from '../middleware/rate-limit.ts'
import type { PermisoView } from '../permisos/schema.ts'
import { estadoPermiso as estadoDeUnPermiso, permisosDonde, viewOf } from '../permisos/service.ts'
import { preparedFor } from '../prepared.ts'
import { pendingDocument } from '../shards/pending.ts'
import { parseJsonBody } from '../validation.ts'
import { verifyDocument } from './signing.ts'

const CODE = new RegExp(`^[${CODE_ALPHABET}]{10}$`)

/** The body of `POST /api/verificar`: the signed payload read from a document's QR code. */
export const VerificarInput = v.strictObject({ token: v.pipe(v.string(), v.maxLength(2000)) })

/**
 * What anyone may learn of a permit from its code: whether it is in force, and what the officer
 * compares with the holder's identity card. Never why it was revoked. At the edge a permit issued
 * moments ago may still be kept by its shard for the database (decision 0023): it is answered
 * from there.
 */
async function estadoPermiso(c: AppContext, code: string) {
  const [found] = await permisosDonde({ db: c.var.ports.db }, eq(permisos.code, code))
  if (found?.row.depuradoAt) {
    // Its clock ran out (db/catalog.ts): what it was stays verifiable, whose it was is gone.
    return {
      code,
      tipo: 'permiso' as const,
      valido: false,
      estado: 'depurado' as const,
      permiso: { tipo: found.tipo, comuna: found.comuna, inicio: found.row.inicio, fin: found.row.fin },
      depuradoAt: found.row.depuradoAt.toISOString(),
    }
  }
  const view = found
    ? viewOf(found.row, found.tipo, found.comuna, c.var.ports.clock.now())
    : await pendingDocument<PermisoView>(c, code, 'permiso', null)
  if (!view) return estadoCaso(c, code)
  const estado = estadoDeUnPermiso(
    {
      inicio: new Date(view.inicio),
      fin: new Date(view.fin),
      revocadoAt: view.revocadoAt ? new Date(view.revocadoAt) : null,
    },
    c.var.ports.clock.now(),
  )
  return {
    code: view.code,
    tipo: 'permiso' as const,
    valido: estado === 'vigente',
    estado,
    permiso: { tipo: view.tipo.nombre, comuna: view.comuna.nombre, inicio: view.inicio, fin: view.fin },
    nombre: view.nombre,
    // The view's RUN is as people write it (dots): the canonical one is the same without them.
    run: maskRun(view.run.replaceAll('.', '')),
  }
}

/**
 * The case services whose receipts carry a número anyone may check: a denuncia, a complaint
 * (reclamo), a family search (reencuentro: its state as its requester reads it, decision 0064).
 */
const CASOS_VERIFICABLES = ['denuncia', 'reclamo', 'reencuentro'] as const

/**
 * What anyone may learn of a denuncia or a complaint from its number (a receipt shown to an
 * insurer, an employer, a lawyer): that it exists, which of the two it is, when it was received,
 * and its state — never what it says, nor who made it, nor (a complaint) the unit concerned. At
 * the edge one received moments ago may still be kept by its shard (decision 0023).
 */
async function estadoCaso(c: AppContext, code: string) {
  const [found] = await queries(c.var.ports.db).caso.all({ code })
  const pendiente = async (servicio: (typeof CASOS_VERIFICABLES)[number]) => {
    const view = await pendingDocument<Pick<DenunciaView, 'estado' | 'createdAt'>>(c, code, servicio, null)
    return view && { servicio, estado: view.estado, createdAt: new Date(view.createdAt) }
  }
  const caso = found ?? (await pendiente('denuncia')) ?? (await pendiente('reclamo'))
  const servicio = CASOS_VERIFICABLES.find((s) => s === caso?.servicio)
  if (!caso || !servicio) return estadoCertificado(c, code)
  return {
    code,
    tipo: servicio,
    // The receipt is genuine: a denuncia or a complaint with this number was received.
    valido: true,
    // A state the service keeps among staff reads as the one its citizen knows (a search's `contactado`).
    estado: estadoParaCiudadano(servicioDeCasos(servicio) ?? {}, caso.estado),
    recibidaAt: caso.createdAt.toISOString(),
  }
}

/**
 * What anyone may learn of a constancia (lost documents, visitation…) from its number: its type,
 * when it was issued, whose it is (name, masked RUN) and whether it stands or was annulled — never
 * what it declares.
 */
async function estadoCertificado(c: AppContext, code: string) {
  const [row] = await queries(c.var.ports.db).certificado.all({ code })
  if (!row) throw new AppError('not_found')
  const certificado = { tipo: row.tipo, nombre: TIPOS[row.tipo].nombreLegal }
  const emitidaAt = row.createdAt.toISOString()
  const anuladaAt = row.anuladaAt?.toISOString() ?? null
  if (row.depuradoAt) {
    return {
      code,
      tipo: 'certificado' as const,
      valido: false,
      estado: 'depurada' as const,
      certificado,
      emitidaAt,
      anuladaAt,
      depuradaAt: row.depuradoAt.toISOString(),
    }
  }
  return {
    code,
    tipo: 'certificado' as const,
    valido: anuladaAt === null,
    estado: anuladaAt ? ('anulada' as const) : ('emitida' as const),
    certificado,
    emitidaAt,
    anuladaAt,
    nombre: `${row.nombres} ${row.apellidos}`.trim(),
    run: maskRun(row.run),
  }
}

const queries = preparedFor((db) => ({
  certificado: db
    .select({
      tipo: certificados.tipo,
      createdAt: certificados.createdAt,
      anuladaAt: certificados.anuladaAt,
      depuradoAt: certificados.depuradoAt,
      nombres: certificados.nombres,
      apellidos: certificados.apellidos,
      run: certificados.run,
    })
    .from(certificados)
    .where(eq(certificados.code, sql.placeholder('code')))
    .prepare(),
  caso: db
    .select({ servicio: casos.servicio, estado: casos.estado, createdAt: casos.createdAt })
    .from(casos)
    .where(and(eq(casos.numero, sql.placeholder('code')), inArray(casos.servicio, [...CASOS_VERIFICABLES])))
    .prepare(),
  constancia: db
    .select({
      row: {
        code: constanciasVoto.code,
        estado: constanciasVoto.estado,
        run: constanciasVoto.run,
        depuradaAt: constanciasVoto.depuradaAt,
      },
      eleccion: { nombre: elecciones.nombre, fecha: elecciones.fecha, ventanaFin: elecciones.ventanaFin },
      validadaAt: validacionesVoto.at,
    })
    .from(constanciasVoto)
    .innerJoin(elecciones, eq(elecciones.id, constanciasVoto.eleccionId))
    .leftJoin(validacionesVoto, eq(validacionesVoto.constanciaId, constanciasVoto.id))
    .where(eq(constanciasVoto.code, sql.placeholder('code')))
    .prepare(),
}))

/** What anyone may learn of a document from its code: whether it is valid, and no more than needed. */
async function estadoDocumento(c: AppContext, code: string) {
  const { db, clock } = c.var.ports
  const [found] = await queries(db).constancia.all({ code })
  if (!found) return estadoPermiso(c, code)
  const { row, eleccion, validadaAt } = found
  if (row.depuradaAt) {
    return {
      code: row.code,
      tipo: 'constancia_voto' as const,
      valido: false,
      estado: 'depurada' as const,
      eleccion: { nombre: eleccion.nombre, fecha: eleccion.fecha },
      depuradaAt: row.depuradaAt.toISOString(),
    }
  }
  const vencida = row.estado === 'pendiente' && clock.now() > eleccion.ventanaFin
  return {
    code: row.code,
    tipo: 'constancia_voto' as const,
    valido: row.estado === 'validada',
    estado: vencida ? 'vencida' : row.estado,
    eleccion: { nombre: eleccion.nombre, fecha: eleccion.fecha },
    validadaAt: row.estado === 'validada' ? (validadaAt?.toISOString() ?? null) : null,
    run: maskRun(row.run),
  }
}

async function limit(c: AppContext) {
  await consume(c, 'verify:client')
}

/**
 * `/api/verificar`: public verification, no login — a judge, an employer or an officer checks a
 * document by its code, or by the signed payload of its QR code (signature checked here too).
 * A malformed code is a 400, an unknown one a 404.
 */
export const verificarRoute = new Hono<AppEnv>()
  .get('/:code', async (c) => {
    await limit(c)
    const code = normaliseCode(c.req.param('code'))
    if (!CODE.test(code)) throw invalidField('code', 'invalid_format')
    c.header('Cache-Control', 'no-store')
    return c.json(await estadoDocumento(c, code))
  })
  .post('/', async (c) => {
    await limit(c)
    const { token } = await parseJsonBody(c, VerificarInput)
    const published = c.var.ports.keys.all.map((key) => key.publicJwk)
    const firma = await verifyDocument(token, published)
    c.header('Cache-Control', 'no-store')
    if (!firma.valid) return c.json({ firmaValida: false, motivo: firma.reason })
    return c.json({
      firmaValida: true,
      documento: firma.payload,
      estado: await estadoDocumento(c, firma.payload.c),
    })
  })
