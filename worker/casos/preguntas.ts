import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { casosPreguntas } from '../../db/schema/index.ts'
import { adjuntarArchivos, archivosParaAdjuntar } from '../archivos/index.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import { readOne } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { enEnvio } from './acciones.ts'
import { cambiarEstado } from './cambio.ts'
import { type Caso, casoPorNumero, definicionDe } from './caso.ts'
import { pasoPermitido } from './maquina.ts'
import type { InformacionInput, RespuestaInput } from './schema.ts'

/** What the citizen is answered: the case's state after it. */
export interface Anotado {
  numero: string
  estado: string
}

/** The citizen's own case, or 404: another's is not found, not forbidden (its existence stays unsaid). */
export async function casoPropio(ctx: ServiceContext, actor: Actor, numero: string): Promise<Caso> {
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso || caso.userId === null || caso.userId !== actor.userId) throw new AppError('not_found')
  return caso
}

/**
 * The files the citizen sends with an answer or with information (worker/archivos), attached to
 * the case and to that row in the same batch, or refused naming `archivos`. They count with the
 * case's earlier files towards its limit.
 */
async function archivosDe(
  ctx: ServiceContext,
  actor: Actor,
  destino: { casoId: string; preguntaId: string },
  archivos: string[] | undefined,
): Promise<Write[]> {
  if (!archivos || archivos.length === 0) return []
  const leidos = await readOne(ctx.db, archivosParaAdjuntar(archivos, destino.casoId))
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
 * const planned = await planRespuesta(ctx, actor, numero, { texto: 'Era un iPhone 12 azul.' }, publicUrl)
 */
export async function planRespuesta(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  input: RespuestaInput,
  publicUrl: string,
): Promise<Planned<Anotado>> {
  const caso = await casoPropio(ctx, actor, numero)
  const servicio = definicionDe(caso.servicio)
  const paso = pasoPermitido(servicio.maquina, 'responder', caso.estado)
  const [pregunta] = await ctx.db
    .select({ id: casosPreguntas.id })
    .from(casosPreguntas)
    .where(
      and(
        eq(casosPreguntas.casoId, caso.id),
        isNotNull(casosPreguntas.preguntadoPor),
        isNull(casosPreguntas.respondidaAt),
      ),
    )
    .orderBy(desc(casosPreguntas.at))
    .limit(1)
  if (!paso || !pregunta) throw new AppError('conflict')
  const now = ctx.clock.now()
  return {
    writes: [
      ctx.db
        .update(casosPreguntas)
        .set({ respuesta: input.texto, respondidaAt: now })
        .where(and(eq(casosPreguntas.id, pregunta.id), isNull(casosPreguntas.respondidaAt))),
      ...(await archivosDe(ctx, actor, { casoId: caso.id, preguntaId: pregunta.id }, input.archivos)),
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
 * const planned = await planInformacion(ctx, actor, numero, { texto: 'Encontré la boleta.' }, publicUrl)
 */
export async function planInformacion(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  input: InformacionInput,
  publicUrl: string,
): Promise<Planned<Anotado>> {
  const caso = await casoPropio(ctx, actor, numero)
  const servicio = definicionDe(caso.servicio)
  const abierta = servicio.maquina.aceptaInformacion.includes(caso.estado)
  if (!abierta || !pasoPermitido(servicio.maquina, 'agregar_informacion', caso.estado))
    throw new AppError('conflict')
  if (await enEnvio(ctx.db, caso.id)) throw new AppError('conflict')
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
      ...(await archivosDe(ctx, actor, { casoId: caso.id, preguntaId: id }, input.archivos)),
      ...cambiarEstado({ ...ctx, publicUrl }, servicio, caso, {
        accion: 'agregar_informacion',
        autor: { tipo: 'ciudadano', id: actor.userId },
        detalle: { pregunta: id },
      }),
    ],
    result: { numero: caso.numero, estado: caso.estado },
  }
}
