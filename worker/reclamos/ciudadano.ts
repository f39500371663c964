/**
 * The complainant's side of a complaint (issue 18, point 4): their view of it — its legal due
 * date and working days left, the office's answer or derivation, their rating, their reopening —
 * and the two things they can do once the office has decided: say whether it satisfied them, and
 * reopen it once within 30 calendar days (decision 0056).
 */
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm'
import { localDate } from '../../core/time.ts'
import { casos, casosHistoria, reclamos, reclamosValoraciones, unidades } from '../../db/schema/index.ts'
import { type CambioContext, cambiarEstado } from '../casos/cambio.ts'
import { casoPorNumeroRead } from '../casos/caso.ts'
import { type EntradaCiudadano, paraCiudadano } from '../casos/historia.ts'
import { casosSuyos } from '../casos/suyos.ts'
import { contar } from '../cifras/contar.ts'
import { AppError } from '../errors.ts'
import { feriadosNacionalesRead } from '../feriados.ts'
import type { Actor } from '../identity/actor.ts'
import { rowId } from '../ids.ts'
import { diasRestantes, sumarDiasCorridos, venceReclamo } from '../plazos.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readRows, readTogether } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import { insertRow } from '../writes.ts'
import { RECLAMO } from './estados.ts'
import { type ColumnasDeDecision, reabrirHasta, resolucionDe } from './resolucion.ts'
import type { ReaperturaInput, ReclamoView, ValoracionInput } from './schema.ts'

/** The complainant's own complaint as read: what the view and the two steps need. */
interface Propio extends ColumnasDeDecision {
  casoId: string
  numero: string
  estado: string
  createdAt: Date
  venceAt: Date | null
  fecha: string
  unidad: string
  comunaCut: string
  pdfKey: string | null
  respuestaPdfKey: string | null
  reabiertoAt: Date | null
  reaperturaMotivo: string | null
  historia: EntradaCiudadano[]
  /** The latest rating, and the instant of the decision it rated. */
  valoracion: { respuestaAt: Date; at: Date; satisfecho: boolean; comentario: string | null } | null
}

/** A row of "Mis trámites": the complaint's número, state and due date. */
export interface ReclamoFila {
  numero: string
  estado: string
  createdAt: string
  venceAt: string | null
  unidad: string
}

/**
 * The citizen's complaints, newest first ("Mis trámites"): número, state, due date, unit.
 *
 * @example
 * const filas = await misReclamos(ctx, actor) // [{ numero: 'K7PXQ2MZ9A', estado: 'recibido', venceAt: '2027-01-07T02:59:59.999Z', … }]
 */
export async function misReclamos(ctx: Pick<ServiceContext, 'db'>, actor: Actor): Promise<ReclamoFila[]> {
  const rows = await ctx.db
    .select({
      numero: casos.numero,
      estado: casos.estado,
      createdAt: casos.createdAt,
      venceAt: casos.venceAt,
      unidad: unidades.name,
    })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .innerJoin(unidades, eq(unidades.code, reclamos.unidadCode))
    .where(casosSuyos(actor, reclamos))
    .orderBy(desc(casos.createdAt))
  return rows.map((r) =>
    filaDe({ ...r, createdAt: r.createdAt.toISOString(), venceAt: r.venceAt?.toISOString() ?? null }),
  )
}

/**
 * A complaint's row from its view (or from what a shard keeps of one not yet in the database).
 *
 * @example
 * filaDe(view) // { numero, estado, createdAt, venceAt, unidad }
 */
export function filaDe(view: ReclamoFila): ReclamoFila {
  return {
    numero: view.numero,
    estado: view.estado,
    createdAt: view.createdAt,
    venceAt: view.venceAt,
    unidad: view.unidad,
  }
}

const ph = (name: string) => sql.placeholder(name)

/** The reads of one complaint by its número, each a statement of one batch (decision 0023). */
const queries = preparedFor((db) => ({
  reclamo: db
    .select({
      casoId: casos.id,
      estado: casos.estado,
      createdAt: casos.createdAt,
      venceAt: casos.venceAt,
      fecha: reclamos.hechoFecha,
      unidad: unidades.name,
      comunaCut: reclamos.comunaCut,
      pdfKey: reclamos.pdfKey,
      reabiertoAt: reclamos.reabiertoAt,
      reaperturaMotivo: reclamos.reaperturaMotivo,
      respuestaTexto: reclamos.respuestaTexto,
      respuestaAt: reclamos.respuestaAt,
      respuestaPdfKey: reclamos.respuestaPdfKey,
      derivacionDestino: reclamos.derivacionDestino,
      derivacionDonde: reclamos.derivacionDonde,
      derivacionMotivo: reclamos.derivacionMotivo,
      derivacionAt: reclamos.derivacionAt,
    })
    .from(reclamos)
    .innerJoin(casos, eq(casos.id, reclamos.casoId))
    .innerJoin(unidades, eq(unidades.code, reclamos.unidadCode))
    // Their account's, or — `run` given only when proven by ClaveÚnica — a ClaveÚnica session's of the same RUN.
    .where(
      and(
        eq(casos.numero, ph('numero')),
        or(
          eq(casos.userId, ph('userId')),
          and(eq(reclamos.run, ph('run')), eq(reclamos.identidad, 'claveunica')),
        ),
      ),
    )
    .prepare(),
  historia: db
    .select({ at: casosHistoria.at, estado: casosHistoria.estado, detalle: casosHistoria.detalle })
    .from(casosHistoria)
    .innerJoin(casos, eq(casos.id, casosHistoria.casoId))
    .where(and(eq(casos.numero, ph('numero')), eq(casos.servicio, 'reclamo')))
    .orderBy(asc(casosHistoria.at), asc(casosHistoria.id))
    .prepare(),
  valoracion: db
    .select({
      respuestaAt: reclamosValoraciones.respuestaAt,
      at: reclamosValoraciones.at,
      satisfecho: reclamosValoraciones.satisfecho,
      comentario: reclamosValoraciones.comentario,
    })
    .from(reclamosValoraciones)
    .innerJoin(casos, eq(casos.id, reclamosValoraciones.casoId))
    .where(eq(casos.numero, ph('numero')))
    .orderBy(desc(reclamosValoraciones.at))
    .limit(1)
    .prepare(),
}))

/** A year either side of today: every term's working days, late or not, fall in it. */
const VENTANA_FERIADOS_DIAS = 366

/** Whose complaint is read: the account's, or (`run`) a ClaveÚnica-proven RUN's. */
interface Dueno {
  userId: string
  run: string | null
}

/**
 * The reads of one of the citizen's own complaints, with its history, its latest rating and the
 * national holidays around today, each a statement of ONE batch (at the edge every round trip
 * crosses the continent). Another person's is simply not found: their history is read in the
 * same batch and dropped.
 */
function propioReads(db: ServiceContext['db'], numero: string, dueno: Dueno, now: Date) {
  const hoy = localDate(now)
  const q = queries(db)
  return {
    reclamo: readRows(q.reclamo, { numero, ...dueno }, (rows) => rows[0] ?? null),
    historia: readRows(q.historia, { numero }, (rows) =>
      rows
        .filter((h) => paraCiudadano('reclamo', h.detalle.accion))
        .map((h) => ({ at: h.at.toISOString(), estado: h.estado, detalle: h.detalle })),
    ),
    valoracion: readRows(q.valoracion, { numero }, (rows) => rows[0] ?? null),
    feriados: feriadosNacionalesRead(
      db,
      sumarDiasCorridos(hoy, -VENTANA_FERIADOS_DIAS),
      sumarDiasCorridos(hoy, VENTANA_FERIADOS_DIAS),
    ),
  }
}

/** The complaint as {@link propioReads} found it, or 404. */
function propioDe(leido: Loaded<ReturnType<typeof propioReads>>, numero: string) {
  if (!leido.reclamo) throw new AppError('not_found')
  const r: Propio = { ...leido.reclamo, numero, historia: leido.historia, valoracion: leido.valoracion }
  return { r, feriados: leido.feriados }
}

/** One of the citizen's own complaints (see {@link propioReads}), read in one batch. */
async function propio(db: ServiceContext['db'], actor: Actor, numero: string, now: Date) {
  const dueno = { userId: actor.userId, run: actor.runProof === 'claveunica' ? actor.run : null }
  return propioDe(await readTogether(db, propioReads(db, numero, dueno, now)), numero)
}

const decidido = (estado: string) => RECLAMO.maquina.terminales.some((t) => t === estado)

/** What the complainant may do now, and until when: the rules of both steps, in one place. */
function posibilidades(r: Propio, now: Date) {
  const resolucion = resolucionDe(r.numero, r)
  const hasta = resolucion ? reabrirHasta(resolucion.at) : null
  const enResolucion = decidido(r.estado) && resolucion !== null
  return {
    resolucion,
    hasta,
    // Once per decision: the rating names the decision it is of.
    puedeValorar: enResolucion && r.valoracion?.respuestaAt.getTime() !== resolucion.at.getTime(),
    // Once per complaint, within the 30 days.
    puedeReabrir: enResolucion && r.reabiertoAt === null && hasta !== null && now <= hasta,
  }
}

/** The view of a complaint read (or about to be written: `r` as it will be). */
function vista(r: Propio, now: Date, feriados: ReadonlySet<string>): ReclamoView {
  const { resolucion, hasta, puedeValorar, puedeReabrir } = posibilidades(r, now)
  const v = r.valoracion
  return {
    numero: r.numero,
    estado: r.estado,
    createdAt: r.createdAt.toISOString(),
    venceAt: r.venceAt?.toISOString() ?? null,
    diasRestantes: r.venceAt ? diasRestantes(r.venceAt, now, feriados) : null,
    fecha: r.fecha,
    unidad: r.unidad,
    historia: r.historia,
    ...(resolucion?.tipo === 'respuesta' ? { respuesta: resolucion.respuesta } : {}),
    ...(resolucion?.tipo === 'derivacion' ? { derivacion: resolucion.derivacion } : {}),
    ...(v
      ? {
          satisfaccion: {
            satisfecho: v.satisfecho,
            ...(v.comentario ? { comentario: v.comentario } : {}),
            at: v.at.toISOString(),
          },
        }
      : {}),
    puedeValorar,
    ...(r.reabiertoAt
      ? { reapertura: { at: r.reabiertoAt.toISOString(), motivo: r.reaperturaMotivo ?? '' } }
      : {}),
    puedeReabrir,
    ...(hasta && !r.reabiertoAt ? { reabrirHasta: hasta.toISOString() } : {}),
  }
}

/**
 * The citizen's own complaint (404 for anyone else's): its state and dated history, its legal due
 * date with the working days left, the office's answer or derivation, their rating and reopening
 * and whether they may still rate or reopen it; with its receipt's key.
 *
 * @example
 * const { view, pdfKey } = await reclamoPropio(ctx, actor, 'K7PXQ2MZ9A')
 */
export async function reclamoPropio(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  actor: Actor,
  numero: string,
): Promise<{ view: ReclamoView; pdfKey: string | null; respuestaPdfKey: string | null }> {
  const now = ctx.clock.now()
  const { r, feriados } = await propio(ctx.db, actor, numero, now)
  return { view: vista(r, now, feriados), pdfKey: r.pdfKey, respuestaPdfKey: r.respuestaPdfKey }
}

/**
 * What a rating or a reopening reads, in ONE batch with the caller's session and key
 * (worker/casos/cambio-ciudadano.ts, decision 0063): the complaint as {@link reclamoPropio} reads
 * it and its case as the case pieces change it. The reads run before the session is confirmed:
 * the caller's RUN is looked for as if proven, and {@link paraCambiar} drops a complaint found only
 * by it when it was not.
 *
 * @example
 * reads: (c, input, caller) => reclamoCambioReads(db, numero, caller, clock.now())
 */
export function reclamoCambioReads(
  db: ServiceContext['db'],
  numero: string,
  caller: Dueno | null,
  now: Date,
) {
  return {
    ...propioReads(db, numero, { userId: caller?.userId ?? '', run: caller?.run ?? null }, now),
    caso: casoPorNumeroRead(db, numero),
  }
}

/** What {@link reclamoCambioReads} found. */
export type ReclamoLeido = Loaded<ReturnType<typeof reclamoCambioReads>>

/** The complainant's own complaint and its case as the case pieces change it, from what was read. */
function paraCambiar(ctx: ServiceContext, actor: Actor, numero: string, leido: ReclamoLeido) {
  const now = ctx.clock.now()
  const { r, feriados } = propioDe(leido, numero)
  const { caso } = leido
  // Found by the RUN alone: theirs only if this session proved it with ClaveÚnica.
  if (!caso || (caso.userId !== actor.userId && actor.runProof !== 'claveunica'))
    throw new AppError('not_found')
  return { r, caso, now, feriados }
}

/**
 * The complainant says whether the office's answer (or derivation) satisfied them, and why if
 * they wish: once per decision, only while the complaint is `respondido` or `derivado` (409
 * otherwise). A rating row the figures count, a dated note in the history (whether, not why),
 * the counter — one batch, guarded on the case's version like every change.
 *
 * @example
 * const planned = await planValoracion(ctx, actor, 'K7PXQ2MZ9A', leido, { satisfecho: false, comentario: 'No respondió lo que pedí.' }, publicUrl)
 */
export async function planValoracion(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  leido: ReclamoLeido,
  input: ValoracionInput,
  publicUrl: string,
): Promise<Planned<ReclamoView>> {
  const { r, caso, now, feriados } = paraCambiar(ctx, actor, numero, leido)
  const { resolucion, puedeValorar } = posibilidades(r, now)
  if (!puedeValorar || !resolucion) throw new AppError('conflict')
  const cambio: CambioContext = { ...ctx, publicUrl }
  const satisfecho = input.satisfecho
  const writes = [
    ...cambiarEstado(cambio, RECLAMO, caso, {
      accion: 'valorar',
      autor: { tipo: 'ciudadano', id: actor.userId },
      detalle: { satisfecho: satisfecho ? 'si' : 'no' },
    }),
    insertRow(reclamosValoraciones, {
      id: rowId(),
      casoId: r.casoId,
      respuestaAt: resolucion.at,
      at: now,
      satisfecho,
      comentario: input.comentario ?? null,
      comunaCut: r.comunaCut,
    }),
    ...contar(ctx, 'reclamos', {
      evento: satisfecho ? 'satisfecho' : 'insatisfecho',
      en: now,
      comuna: r.comunaCut,
    }),
  ]
  const despues: Propio = {
    ...r,
    historia: [
      ...r.historia,
      {
        at: now.toISOString(),
        estado: r.estado,
        detalle: { accion: 'valorar', satisfecho: satisfecho ? 'si' : 'no' },
      },
    ],
    valoracion: { respuestaAt: resolucion.at, at: now, satisfecho, comentario: input.comentario ?? null },
  }
  return { writes, result: vista(despues, now, feriados) }
}

/**
 * The complainant reopens the office's decision: once per complaint, within 30 calendar days of
 * it (409 otherwise). The case goes back to `en_analisis` — in the office's queue again — on a
 * new legal term of 20 working days from today (Ley 19.880 art. 24, decision 0051), through the
 * machine's `reabrir` step; the reason is kept with the complaint, and the supervisors' reminder
 * is re-armed for the new term (its mark cleared). One batch, guarded.
 *
 * @example
 * const planned = await planReapertura(ctx, actor, 'K7PXQ2MZ9A', leido, { motivo: 'La respuesta no considera el video que adjunté.' }, publicUrl)
 */
export async function planReapertura(
  ctx: ServiceContext,
  actor: Actor,
  numero: string,
  leido: ReclamoLeido,
  input: ReaperturaInput,
  publicUrl: string,
): Promise<Planned<ReclamoView>> {
  const { r, caso, now, feriados } = paraCambiar(ctx, actor, numero, leido)
  if (!posibilidades(r, now).puedeReabrir) throw new AppError('conflict')
  const venceAt = venceReclamo(now, feriados)
  const writes = [
    ...cambiarEstado({ ...ctx, publicUrl }, RECLAMO, caso, {
      accion: 'reabrir',
      autor: { tipo: 'ciudadano', id: actor.userId },
      venceAt,
    }),
    ctx.db
      .update(reclamos)
      // The supervisors' reminder (decision 0055) is re-armed: the new term is reminded too.
      .set({ reabiertoAt: now, reaperturaMotivo: input.motivo, avisoSupervisorAt: null })
      // Once: a second reopening finds it set (and the case's version moved: the batch is refused).
      .where(and(eq(reclamos.casoId, r.casoId), isNull(reclamos.reabiertoAt))),
  ]
  const despues: Propio = {
    ...r,
    estado: 'en_analisis',
    venceAt,
    reabiertoAt: now,
    reaperturaMotivo: input.motivo,
    historia: [
      ...r.historia,
      { at: now.toISOString(), estado: 'en_analisis', detalle: { accion: 'reabrir' } },
    ],
  }
  return { writes, result: vista(despues, now, feriados) }
}
