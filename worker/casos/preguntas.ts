import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm'
import { casos, casosPreguntas, fiscaliaEnvios } from '../../db/schema/index.ts'
import { type Adjuntables, adjuntarArchivos, archivosParaAdjuntar } from '../archivos/index.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readFirst, readRows } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { cambiarEstado } from './cambio.ts'
import { type Caso, casoPorNumero, casoPorNumeroRead, definicionDe } from './caso.ts'
import { pasoPermitido } from './maquina.ts'
import type { InformacionInput, RespuestaInput } from './schema.ts'

/** What the citizen is answered: the case's state after it. */
export interface Anotado {
  numero: string
  estado: string
}

/** The citizen's own case, or 404: another's is not found, not forbidden (its existence stays unsaid). */
export async function casoPropio(ctx: ServiceContext, actor: Actor, numero: string): Promise<Caso> {
  return propio(await casoPorNumero(ctx.db, numero), actor)
}

/** The case read, if it is the citizen's own; else 404 (see {@link casoPropio}). */
function propio(caso: Caso | undefined, actor: Actor): Caso {
  if (!caso || caso.userId === null || caso.userId !== actor.userId) throw new AppError('not_found')
  return caso
}

const ph = (name: string) => sql.placeholder(name)

/** Built once per database: what a citizen's answer or information reads of their case, by its número. */
const queries = preparedFor((db) => ({
  // The latest question staff asked that is still unanswered.
  pregunta: db
    .select({ id: casosPreguntas.id })
    .from(casosPreguntas)
    .innerJoin(casos, eq(casos.id, casosPreguntas.casoId))
    .where(
      and(
        eq(casos.numero, ph('numero')),
        isNotNull(casosPreguntas.preguntadoPor),
        isNull(casosPreguntas.respondidaAt),
      ),
    )
    .orderBy(desc(casosPreguntas.at))
    .limit(1)
    .prepare(),
  // Whether the case is on its way to the Fiscalía (worker/casos/acciones.ts, `enEnvio`).
  envio: db
    .select({ id: fiscaliaEnvios.id })
    .from(fiscaliaEnvios)
    .innerJoin(casos, eq(casos.id, fiscaliaEnvios.casoId))
    .where(eq(casos.numero, ph('numero')))
    .limit(1)
    .prepare(),
}))

/**
 * What a citizen's answer or information reads, by the case's número, to run in ONE batch with
 * their session and key (worker/casos/cambio-ciudadano.ts, decision 0063): the case, its open
 * question, whether it is on its way to the Fiscalía, and the files the body names.
 *
 * @example
 * reads: (c, input) => preguntasReads(c.var.ports.db, numeroDeRuta(c), input.archivos)
 */
export function preguntasReads(db: Database, numero: string, archivos: string[] | undefined) {
  const q = queries(db)
  return {
    caso: casoPorNumeroRead(db, numero),
    pregunta: readFirst(q.pregunta, { numero }),
    enEnvio: readRows(q.envio, { numero }, (rows) => rows.length > 0),
    archivos: archivosParaAdjuntar(archivos ?? [], { numero }),
  }
}

/** What {@link preguntasReads} found. */
export type PreguntasLeidas = Loaded<ReturnType<typeof preguntasReads>>

/**
 * The files the citizen sends with an answer or with information (worker/archivos), attached to
 * the case and to that row in the same batch, or refused naming `archivos`. They count with the
 * case's earlier files towards its limit.
 */
function archivosDe(
  ctx: ServiceContext,
  actor: Actor,
  destino: { casoId: string; preguntaId: string },
  leidos: Adjuntables,
): Write[] {
  if (leidos.ids.length === 0) return []
  return adjuntarArchivos(leidos, destino.casoId, actor.userId, {
    ahora: ctx.clock.now(),
    preguntaId: destino.preguntaId,
  }).writes
}

/**
 * The citizen answers the question staff asked (the case is `informacion_solicitada`): the answer
 * is stored with the question, the case goes back to analysis, and its history says so — in one
 * batch, guarded like every change (a second answer sent at once is refused, 409).
 *
 * @example
 * const planned = planRespuesta(ctx, actor, leidas, { texto: 'Era un iPhone 12 azul.' }, publicUrl)
 */
export function planRespuesta(
  ctx: ServiceContext,
  actor: Actor,
  leidas: PreguntasLeidas,
  input: RespuestaInput,
  publicUrl: string,
): Planned<Anotado> {
  const caso = propio(leidas.caso, actor)
  const servicio = definicionDe(caso.servicio)
  const paso = pasoPermitido(servicio.maquina, 'responder', caso.estado)
  const { pregunta } = leidas
  if (!paso || !pregunta) throw new AppError('conflict')
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(casosPreguntas)
        .set({ respuesta: input.texto, respondidaAt: now })
        .where(and(eq(casosPreguntas.id, pregunta.id), isNull(casosPreguntas.respondidaAt))),
      ...archivosDe(ctx, actor, { casoId: caso.id, preguntaId: pregunta.id }, leidas.archivos),
      ...cambiarEstado({ ...ctx, publicUrl }, servicio, caso, {
        accion: 'responder',
        autor: { tipo: 'ciudadano', id: actor.userId },
        detalle: { pregunta: pregunta.id },
      }),
    ],
    result: { numero: caso.numero, estado: paso.hacia ?? caso.estado },
  }
}

/**
 * The citizen adds information unasked (a row of questions without a question), while the
 * service still takes it: for a denuncia, until it is on its way to the Fiscalía. Its history
 * notes it, so staff see it arrive.
 *
 * @example
 * const planned = planInformacion(ctx, actor, leidas, { texto: 'Encontré la boleta.' }, publicUrl)
 */
export function planInformacion(
  ctx: ServiceContext,
  actor: Actor,
  leidas: PreguntasLeidas,
  input: InformacionInput,
  publicUrl: string,
): Planned<Anotado> {
  const caso = propio(leidas.caso, actor)
  const servicio = definicionDe(caso.servicio)
  const abierta = servicio.maquina.aceptaInformacion.includes(caso.estado)
  if (!abierta || !pasoPermitido(servicio.maquina, 'agregar_informacion', caso.estado))
    throw new AppError('conflict')
  if (leidas.enEnvio) throw new AppError('conflict')
  const now = ctx.clock.now()
  const id = rowId()
  return {
    writes: [
      insertRow(casosPreguntas, {
        id,
        casoId: caso.id,
        at: now,
        respuesta: input.texto,
        respondidaAt: now,
      }),
      ...archivosDe(ctx, actor, { casoId: caso.id, preguntaId: id }, leidas.archivos),
      ...cambiarEstado({ ...ctx, publicUrl }, servicio, caso, {
        accion: 'agregar_informacion',
        autor: { tipo: 'ciudadano', id: actor.userId },
        detalle: { pregunta: id },
      }),
    ],
    result: { numero: caso.numero, estado: caso.estado },
  }
}
