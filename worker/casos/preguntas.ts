import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import { casosPreguntas } from '../../db/schema/index.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow, type Write } from '../writes.ts'
import { enEnvio } from './acciones.ts'
import { cambiarEstado } from './cambio.ts'
import { type Caso, casoPorNumero, definicionDe } from './caso.ts'
import { pasoPermitido } from './maquina.ts'
import type { InformacionInput, RespuestaInput } from './schema.ts'

/**
 * MERGE: attaches uploaded files (worker/archivos, not on main yet) to an answer or to information
 * added, in the same batch: the lead passes worker/archivos's `adjuntarArchivos` here from the
 * routes (worker/casos/route.ts). Without it, a body naming files is refused (`archivos`).
 */
export type AdjuntarArchivos = (
  ctx: ServiceContext,
  destino: { casoId: string; preguntaId: string; archivos: string[] },
) => Promise<Write[]>

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

async function archivosDe(
  ctx: ServiceContext,
  destino: { casoId: string; preguntaId: string },
  archivos: string[] | undefined,
  adjuntar: AdjuntarArchivos | undefined,
): Promise<Write[]> {
  if (!archivos || archivos.length === 0) return []
  if (!adjuntar) throw invalidField('archivos', 'invalid')
  return adjuntar(ctx, { ...destino, archivos })
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
  adjuntar?: AdjuntarArchivos,
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
      ...(await archivosDe(ctx, { casoId: caso.id, preguntaId: pregunta.id }, input.archivos, adjuntar)),
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
  adjuntar?: AdjuntarArchivos,
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
      ...(await archivosDe(ctx, { casoId: caso.id, preguntaId: id }, input.archivos, adjuntar)),
      ...cambiarEstado({ ...ctx, publicUrl }, servicio, caso, {
        accion: 'agregar_informacion',
        autor: { tipo: 'ciudadano', id: actor.userId },
        detalle: { pregunta: id },
      }),
    ],
    result: { numero: caso.numero, estado: caso.estado },
  }
}
