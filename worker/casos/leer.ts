import { asc, desc, eq, sql } from 'drizzle-orm'
import { formatRun } from '../../core/run.ts'
import {
  casos,
  casosHistoria,
  casosPreguntas,
  comunas,
  fiscaliaEnvios,
  regiones,
  unidades,
  users,
} from '../../db/schema/index.ts'
import { leerArchivo } from '../archivos/index.ts'
import { AppError } from '../errors.ts'
import type { Locale } from '../i18n/index.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database, Ports } from '../ports.ts'
import { lecturaDeDatos } from '../privacy/accesos.ts'
import type { ServiceContext } from '../service.ts'
import { runWrites } from '../writes.ts'
import { puedeActuar, puedeVer } from './alcance.ts'
import { type Caso, casoPorNumero, definicionDe } from './caso.ts'
import { envioDe } from './envio.ts'
import { unidadPropuesta } from './jurisdiccion.ts'
import { ACCIONES, type Accion, estadoParaCiudadano, pasoPermitido, type ServicioDeCasos } from './maquina.ts'
import { textoDeEntrada } from './palabras.ts'
import { casoPropio } from './preguntas.ts'
import { servicioDeCasos } from './servicios.ts'

/** What the citizen is told of each kind of entry, beyond its words. */
const DETALLE_VISIBLE: Partial<Record<Accion, readonly string[]>> = {
  derivar: ['unidad_nombre'],
  recibir_ruc: ['fiscalia_nombre', 'ruc'],
  cerrar: ['motivo', 'numero_anterior', 'donde_acudir'],
  marcar_duplicado: ['motivo', 'numero_anterior'],
  reclasificar: ['tipo'],
  remitir: ['destino', 'donde', 'motivo'],
  valorar: ['satisfecho'],
}

/** A case's history, in the order it was written (entries of one millisecond by their insertion). */
async function historiaDe(db: Database, casoId: string) {
  return db
    .select({
      at: casosHistoria.at,
      estado: casosHistoria.estado,
      actorTipo: casosHistoria.actorTipo,
      actorId: casosHistoria.actorId,
      detalle: casosHistoria.detalle,
      nombres: users.givenNames,
      apellidos: users.familyNames,
      unidad: unidades.name,
    })
    .from(casosHistoria)
    .leftJoin(users, eq(users.id, casosHistoria.actorId))
    .leftJoin(unidades, eq(unidades.code, users.unidadCode))
    .where(eq(casosHistoria.casoId, casoId))
    .orderBy(asc(casosHistoria.at), asc(sql`${casosHistoria}.rowid`))
}

async function preguntasDe(db: Database, casoId: string) {
  return db
    .select()
    .from(casosPreguntas)
    .where(eq(casosPreguntas.casoId, casoId))
    .orderBy(asc(casosPreguntas.at), asc(sql`${casosPreguntas}.rowid`))
}

const accionDe = (detalle: Record<string, string>): Accion => {
  const accion = detalle.accion
  return ACCIONES.find((known) => known === accion) ?? 'abrir'
}

/**
 * The citizen's own case (404 for anyone else's): its state and dated history in their words —
 * who (them, Carabineros or the system) and when, what they are told (the unit, the Fiscalía and
 * RUC, the reason), never which officer — the question waiting for their answer, and whether they
 * may still add information.
 *
 * @example
 * const vista = await vistaCiudadano(ctx, actor, 'WNDT7C4Z3T', 'es')
 */
export async function vistaCiudadano(ctx: ServiceContext, actor: Actor, numero: string, locale: Locale) {
  const caso = await casoPropio(ctx, actor, numero)
  const servicio = definicionDe(caso.servicio)
  // Its own view tells the citizen less (a family search's, decision 0064): not this one.
  if (servicio.vistaPropia) throw new AppError('not_found')
  const palabras = servicio.palabras[locale]
  const [historia, preguntas, enviando] = await Promise.all([
    historiaDe(ctx.db, caso.id),
    preguntasDe(ctx.db, caso.id),
    ctx.db.select({ id: fiscaliaEnvios.id }).from(fiscaliaEnvios).where(eq(fiscaliaEnvios.casoId, caso.id)),
  ])
  const textos = new Map(preguntas.map((p) => [p.id, p]))
  const pendiente = preguntas.find((p) => p.preguntadoPor !== null && p.respondidaAt === null)
  return {
    numero: caso.numero,
    servicio: caso.servicio,
    tramite: palabras.tramite,
    estado: caso.estado,
    estadoTexto: palabras.estados[caso.estado] ?? caso.estado,
    creadoAt: caso.createdAt.toISOString(),
    actualizadoAt: caso.updatedAt.toISOString(),
    preguntaPendiente:
      pendiente && pasoPermitido(servicio.maquina, 'responder', caso.estado)
        ? { texto: pendiente.pregunta ?? '', at: pendiente.at.toISOString() }
        : null,
    puedeAgregarInformacion:
      enviando.length === 0 &&
      pasoPermitido(servicio.maquina, 'agregar_informacion', caso.estado) !== undefined,
    historia: historia.flatMap((entrada) => {
      const accion = accionDe(entrada.detalle)
      if (accion !== 'abrir' && !servicio.maquina.pasos[accion]?.ciudadano) return []
      const visibles = DETALLE_VISIBLE[accion] ?? []
      const detalle = Object.fromEntries(
        Object.entries(entrada.detalle).filter(([key]) => visibles.includes(key)),
      )
      const pregunta = textos.get(entrada.detalle.pregunta ?? '')
      return [
        {
          at: entrada.at.toISOString(),
          estado: entrada.estado,
          accion,
          quien:
            entrada.actorTipo === 'ciudadano'
              ? 'usted'
              : entrada.actorTipo === 'sistema'
                ? 'sistema'
                : 'carabineros',
          texto: textoDeEntrada(palabras, locale, accion, entrada.estado, entrada.detalle),
          detalle,
          ...(accion === 'pedir_informacion' && pregunta ? { pregunta: pregunta.pregunta } : {}),
          ...((accion === 'responder' || accion === 'agregar_informacion') && pregunta
            ? { respuesta: pregunta.respuesta }
            : {}),
        },
      ]
    }),
  }
}

/**
 * A case as staff open it — its owner, comuna, unit, due date, full history with who did what,
 * questions and answers, the unit the jurisdiction proposes, the delivery to the
 * Fiscalía, the actions this staff member may take now, what the service shows of the request and
 * the other cases it finds of perhaps the same fact — and the record of the read in the owner's "Quién vio mis datos" (`personal_data.viewed`). 404 for a case
 * they may not see (another unit's).
 *
 * @example
 * const vista = await vistaFuncionario(ctx, actor, 'WNDT7C4Z3T')
 */
export async function vistaFuncionario(ctx: ServiceContext, actor: Actor, numero: string) {
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso) throw new AppError('not_found')
  const servicio = definicionDe(caso.servicio)
  if (!puedeVer(actor, servicio, caso)) throw new AppError('not_found')
  const [historia, preguntas, envio, lugar, propuesta, detalle, duplicados] = await Promise.all([
    historiaDe(ctx.db, caso.id),
    preguntasDe(ctx.db, caso.id),
    envioDe(ctx.db, caso.id),
    lugarDe(ctx.db, caso),
    caso.comunaCut ? unidadPropuesta(ctx.db, caso.comunaCut) : Promise.resolve(null),
    servicio.ganchos.detalle?.(ctx.db, caso) ?? Promise.resolve<Record<string, unknown>>({}),
    servicio.ganchos.posiblesDuplicados?.(ctx.db, caso) ?? Promise.resolve([]),
  ])
  await lecturaRegistrada(ctx, caso)
  const now = ctx.clock.now()
  return {
    numero: caso.numero,
    servicio: caso.servicio,
    estado: caso.estado,
    version: caso.version,
    creadoAt: caso.createdAt.toISOString(),
    venceAt: caso.venceAt?.toISOString() ?? null,
    vencida: caso.venceAt !== null && caso.venceAt < now,
    ...lugar,
    titular: caso.titular
      ? {
          nombre: `${caso.titular.nombres} ${caso.titular.apellidos}`.trim(),
          run: caso.titular.run ? formatRun(caso.titular.run) : null,
          /** A RUN only declared (an internal account) is shown as such: nobody checked it. */
          identidad: caso.prueba === 'claveunica' ? ('verificada' as const) : ('declarada' as const),
        }
      : null,
    historia: historia.map((entrada) => ({
      at: entrada.at.toISOString(),
      estado: entrada.estado,
      accion: accionDe(entrada.detalle),
      actor: {
        tipo: entrada.actorTipo,
        nombre: entrada.nombres === null ? null : `${entrada.nombres} ${entrada.apellidos ?? ''}`.trim(),
        unidad: entrada.actorTipo === 'funcionario' ? entrada.unidad : null,
      },
      detalle: entrada.detalle,
    })),
    preguntas: preguntas.map((p) => ({
      at: p.at.toISOString(),
      pregunta: p.pregunta,
      respuesta: p.respuesta,
      respondidaAt: p.respondidaAt?.toISOString() ?? null,
    })),
    propuesta,
    envio,
    acciones: envio ? [] : accionesPosibles(actor, servicio, caso),
    detalle,
    /** Other cases of perhaps the same fact, and what matched: only those this staff member may open. */
    posiblesDuplicados: duplicados.filter((otro) => puedeVer(actor, servicio, otro)),
  }
}

/** The staff actions this staff member may take on the case now. */
function accionesPosibles(actor: Actor, servicio: ServicioDeCasos, caso: Caso): Accion[] {
  return ACCIONES.filter((accion) => {
    const paso = pasoPermitido(servicio.maquina, accion, caso.estado)
    return (
      paso !== undefined && accion !== 'vincular_duplicado' && puedeActuar(actor, servicio, caso, paso.quien)
    )
  })
}

/** The case's comuna with its region, and the unit holding it. */
async function lugarDe(db: Database, caso: Caso) {
  const [[comuna], [unidad]] = await Promise.all([
    db
      .select({ cut: comunas.cut, nombre: comunas.name, region: regiones.name, regionCode: regiones.code })
      .from(comunas)
      .innerJoin(regiones, eq(regiones.code, comunas.regionCode))
      .where(eq(comunas.cut, caso.comunaCut ?? '')),
    db
      .select({ code: unidades.code, nombre: unidades.name })
      .from(unidades)
      .where(eq(unidades.code, caso.unidadCode ?? '')),
  ])
  return { comuna: comuna ?? null, unidad: unidad ?? null }
}

/**
 * The citizen's own cases, newest first, with each one's state in their words ("Mis trámites").
 *
 * @example
 * const { casos } = await misCasos(ctx, actor, 'es')
 */
export async function misCasos(ctx: ServiceContext, actor: Actor, locale: Locale) {
  const rows = await ctx.db
    .select({
      numero: casos.numero,
      servicio: casos.servicio,
      estado: casos.estado,
      createdAt: casos.createdAt,
      updatedAt: casos.updatedAt,
      triadaAt: casos.triadaAt,
      cerradoAt: casos.cerradoAt,
    })
    .from(casos)
    .where(eq(casos.userId, actor.userId))
    .orderBy(desc(casos.createdAt))
  return {
    casos: rows.flatMap((row) => {
      const servicio = servicioDeCasos(row.servicio)
      if (!servicio) return []
      const palabras = servicio.palabras[locale]
      // A state the service keeps among staff reads as the one the citizen knows.
      const estado = estadoParaCiudadano(servicio, row.estado)
      return [
        {
          numero: row.numero,
          servicio: row.servicio,
          tramite: palabras.tramite,
          estado,
          estadoTexto: palabras.estados[estado] ?? estado,
          creadoAt: row.createdAt.toISOString(),
          actualizadoAt: (servicio.vistaPropia ? ultimoCambioVisible(row) : row.updatedAt).toISOString(),
        },
      ]
    }),
  }
}

/**
 * When a case the citizen reads through its service's own view last changed as they see it: its
 * close, its triage or its receipt — never a step kept among staff (a note, a contact: decision 0064).
 */
function ultimoCambioVisible(row: { createdAt: Date; triadaAt: Date | null; cerradoAt: Date | null }): Date {
  return row.cerradoAt ?? row.triadaAt ?? row.createdAt
}

/** Staff read a case's personal data: recorded in its owner's "Quién vio mis datos". */
async function lecturaRegistrada(ctx: ServiceContext, caso: Caso): Promise<void> {
  if (!caso.titular?.run) return
  await runWrites(ctx, [
    lecturaDeDatos(
      ctx,
      caso.titular.run,
      { tipo: caso.servicio, code: caso.numero },
      'atencion_tramite',
      caso.userId,
    ),
  ])
}

/**
 * A file sent with a case, for staff who may see the case (404 otherwise, and for a file of
 * another case): its bytes streamed, the read recorded in its owner's "Quién vio mis datos".
 *
 * @example
 * return respuestaDeArchivo(c, await archivoParaFuncionario(ctx, ports, actor, numero, id))
 */
export async function archivoParaFuncionario(
  ctx: ServiceContext,
  ports: Pick<Ports, 'db' | 'files'>,
  actor: Actor,
  numero: string,
  id: string,
) {
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso || !puedeVer(actor, definicionDe(caso.servicio), caso)) throw new AppError('not_found')
  const found = await leerArchivo(ports, id)
  if (!found || found.archivo.casoId !== caso.id) throw new AppError('not_found')
  await lecturaRegistrada(ctx, caso)
  return found
}
