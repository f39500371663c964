import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import { formatRun } from '../../core/run.ts'
import { avisosLegales, comunas, constanciasVoto, elecciones } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { abierta, describeEleccion, type Eleccion, eleccionRead } from '../elecciones/service.ts'
import { AppError, invalidField } from '../errors.ts'
import type { MailContext } from '../identity/accounts.ts'
import type { Actor } from '../identity/actor.ts'
import { ownedBy } from '../identity/owned-by.ts'
import { rowId } from '../ids.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, type Read, readOne, readRows, readTogether } from '../reads.ts'
import type { CivilRecord, Registries } from '../registries/index.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Rules } from '../submission.ts'
import { insertRow } from '../writes.ts'
import { contactoDistinto, vistaGuardada } from './contacto.ts'
import { codigoMail } from './mail.ts'
import type { SolicitudInput, SolicitudView } from './schema.ts'

type Row = typeof constanciasVoto.$inferSelect

function citizenRun(actor: Actor): string {
  if (!actor.run || actor.runProof !== 'claveunica') throw new AppError('claveunica_required')
  return actor.run
}

/**
 * Whose requests a citizen may see: all those of their RUN when ClaveÚnica proved it (assisted
 * ones made at a unit included), only their own account's otherwise — a self-declared RUN proves
 * nothing about the person.
 */
/**
 * A request as its citizen sees it; a `pendiente` one past its window's end reads `vencida`.
 */
export function viewOf(row: Row, eleccion: Eleccion, comuna: string, now: Date): SolicitudView {
  const vencida = row.estado === 'pendiente' && now > eleccion.ventanaFin
  return {
    code: row.code,
    estado: vencida ? 'vencida' : row.estado,
    eleccion: {
      id: eleccion.id,
      nombre: eleccion.nombre,
      fecha: eleccion.fecha,
      ventanaFin: eleccion.ventanaFin.toISOString(),
    },
    nombre: `${row.nombres} ${row.apellidos}`,
    run: formatRun(row.run),
    comunaVotacion: comuna,
    createdAt: row.createdAt.toISOString(),
    motivoRechazo: row.motivoRechazo,
    email: row.email,
    telefono: row.telefono,
  }
}

function withNames(db: ServiceContext['db']) {
  return db
    .select({ row: constanciasVoto, eleccion: elecciones, comuna: comunas.name })
    .from(constanciasVoto)
    .innerJoin(elecciones, eq(elecciones.id, constanciasVoto.eleccionId))
    .innerJoin(comunas, eq(comunas.cut, constanciasVoto.comunaVotacionCut))
}

/** The two look-ups of every request for a constancia, prepared once (worker/prepared.ts). */
const queries = preparedFor((db) => ({
  byEleccionRun: withNames(db)
    .where(
      and(
        eq(constanciasVoto.eleccionId, sql.placeholder('eleccionId')),
        eq(constanciasVoto.run, sql.placeholder('run')),
      ),
    )
    .prepare(),
  byCodeRun: withNames(db)
    .where(
      and(eq(constanciasVoto.code, sql.placeholder('code')), eq(constanciasVoto.run, sql.placeholder('run'))),
    )
    .prepare(),
  aviso: db
    .select()
    .from(avisosLegales)
    .where(
      and(
        eq(avisosLegales.userId, sql.placeholder('userId')),
        eq(avisosLegales.eleccionId, sql.placeholder('eleccionId')),
      ),
    )
    .prepare(),
}))

async function views(ctx: ServiceContext, where: SQL | undefined): Promise<SolicitudView[]> {
  const rows = await withNames(ctx.db).where(where).orderBy(desc(constanciasVoto.createdAt))
  const now = ctx.clock.now()
  return rows.map((r) => viewOf(r.row, r.eleccion, r.comuna, now))
}

/** The citizen's request for an election, if any, as a read. */
function solicitudRead(ctx: ServiceContext, eleccionId: string, run: string): Read<SolicitudView | null> {
  return readRows(queries(ctx.db).byEleccionRun, { eleccionId, run }, ([found]) =>
    found ? viewOf(found.row, found.eleccion, found.comuna, ctx.clock.now()) : null,
  )
}

/** A request with its election and polling comuna, as the reads give it. */
export type SolicitudFila = { row: Row; eleccion: Eleccion; comuna: string }

/**
 * A request of the citizen whose ClaveÚnica proved `run`, by code, as a read: a code of another
 * RUN is not there (worker/constancias-voto/contacto.ts).
 */
export function solicitudPropiaRead(
  ctx: ServiceContext,
  code: string,
  run: string,
): Read<SolicitudFila | null> {
  return readRows(queries(ctx.db).byCodeRun, { code, run }, ([found]) => found ?? null)
}

/** Whether the citizen accepted the legal notice of an election, as a read. */
function avisoRead(ctx: ServiceContext, userId: string, eleccionId: string): Read<boolean> {
  return readRows(queries(ctx.db).aviso, { userId, eleccionId }, (rows) => rows.length > 0)
}

/** The signed-in citizen's requests, newest first ("Mis trámites"). */
export function misSolicitudes(ctx: ServiceContext, actor: Actor): Promise<SolicitudView[]> {
  return views(ctx, ownedBy(actor, constanciasVoto))
}

/** One of the citizen's own requests by code; another citizen's code is simply not found. */
export async function solicitudPropia(
  ctx: ServiceContext,
  actor: Actor,
  code: string,
): Promise<SolicitudView> {
  const [view] = await views(ctx, and(eq(constanciasVoto.code, code), ownedBy(actor, constanciasVoto)))
  if (!view) throw new AppError('not_found')
  return view
}

/**
 * What the form shows before the citizen types anything: the election, the registries' data,
 * whether the legal notice was accepted, and the request already made, if any.
 */
export async function ficha(ctx: ServiceContext, registries: Registries, actor: Actor, eleccion: Eleccion) {
  const run = citizenRun(actor)
  const { roll, aviso, solicitud } = await readTogether(ctx.db, {
    roll: registries.roll.lookup(run),
    aviso: avisoRead(ctx, actor.userId, eleccion.id),
    solicitud: solicitudRead(ctx, eleccion.id, run),
  })
  if (!roll) throw new AppError('not_in_roll')
  return {
    eleccion: describeEleccion(eleccion, ctx.clock.now()),
    registro: { ...roll, run: formatRun(roll.run) },
    avisoAceptado: aviso,
    solicitud,
  }
}

/**
 * The civil registry's record of a living person born on `fechaNacimiento`, or the birth date
 * refused on its field: the check of a request, of an assisted constancia, and of the form page.
 *
 * @example
 * const civil = registeredBirth(loaded.civil, input.fechaNacimiento)
 */
export function registeredBirth(civil: CivilRecord | null, fechaNacimiento: string): CivilRecord {
  if (!civil || civil.fechaDefuncion !== null || civil.fechaNacimiento !== fechaNacimiento) {
    throw invalidField('fechaNacimiento', 'birth_date_mismatch')
  }
  return civil
}

/**
 * The form page's check (`POST /api/constancias-voto/fecha-nacimiento`): is this the birth date
 * the civil registry holds for the signed-in citizen? Reads only; the request checks it again.
 */
export async function comprobarNacimiento(
  ctx: ServiceContext,
  registries: Registries,
  actor: Actor,
  fechaNacimiento: string,
): Promise<void> {
  registeredBirth(await readOne(ctx.db, registries.civil.lookup(citizenRun(actor))), fechaNacimiento)
}

/**
 * What a shard knows of an accepted notice before Turso has it (decision 0023): a request made
 * right after accepting it finds it there.
 */
function avisoKey(eleccionId: string, userId: string): string {
  return `aviso:${eleccionId}:${userId}`
}

/** Records that the citizen read and accepted the art. 210 notice for this election (it must be open). */
export function planAviso(
  ctx: ServiceContext,
  actor: Actor,
  eleccion: Eleccion | null,
  eleccionId: string,
): Planned<{ aceptado: true }> & { rules: Rules } {
  abierta(eleccion, ctx.clock.now())
  return {
    rules: { holds: [avisoKey(eleccionId, actor.userId)] },
    writes: [
      ctx.db
        .insert(avisosLegales)
        .values({ userId: actor.userId, eleccionId, acceptedAt: ctx.clock.now() })
        .onConflictDoNothing(),
      auditEntry(ctx, 'constancia_voto.legal_notice_accepted', { type: 'eleccion', id: eleccionId }),
    ],
    result: { aceptado: true },
  }
}

export type SolicitudPlan =
  | { kind: 'existing'; view: SolicitudView }
  | { kind: 'new'; planned: Planned<SolicitudView>; rules: Rules }

/**
 * What a request for a constancia reads, all at once: the election, the request already made, the
 * legal notice, the roll and the civil registry — for the RUN and account the caller claims (the
 * session, read in the same batch, confirms them before anything is decided).
 */
export function solicitudReads(
  ctx: ServiceContext,
  registries: Registries,
  eleccionId: string,
  caller: { userId: string; run: string | null } | null,
) {
  const run = caller?.run ?? ''
  return {
    eleccion: eleccionRead(ctx.db, eleccionId),
    existing: solicitudRead(ctx, eleccionId, run),
    aviso: avisoRead(ctx, caller?.userId ?? '', eleccionId),
    roll: registries.roll.lookup(run),
    civil: registries.civil.lookup(run),
  }
}

type SolicitudLoaded = Loaded<ReturnType<typeof solicitudReads>>

/**
 * A new request's row, pending: made online by the citizen or at a unit with an officer's help
 * (worker/constancias-voto/validacion.ts), their names as the civil registry has them.
 */
export function solicitudNueva(
  quien: Pick<Row, 'code' | 'eleccionId' | 'userId' | 'run' | 'canal'>,
  civil: { nombres: string; apellidos: string },
  input: Pick<Row, 'fechaNacimiento' | 'email' | 'telefono'>,
  comunaVotacionCut: string,
  now: Date,
): Row {
  return {
    id: rowId(),
    ...quien,
    nombres: civil.nombres,
    apellidos: civil.apellidos,
    fechaNacimiento: input.fechaNacimiento,
    email: input.email,
    telefono: input.telefono,
    comunaVotacionCut,
    estado: 'pendiente',
    declaracionAt: now,
    createdAt: now,
    resolvedAt: null,
    resolvedBy: null,
    resolvedUnidad: null,
    motivoRechazo: null,
    depuradaAt: null,
  }
}

/**
 * The citizen's request, checked as the instructions say: the window open by the server's clock,
 * the legal notice accepted, the citizen on the roll, the birth date the civil registry's. Asking
 * again gives the request already made, with its code.
 */
export function planSolicitud(
  ctx: ServiceContext,
  actor: Actor,
  input: SolicitudInput,
  loaded: SolicitudLoaded,
  mail: MailContext,
  code: string,
): SolicitudPlan {
  const run = citizenRun(actor)
  const now = ctx.clock.now()
  const eleccion = abierta(loaded.eleccion, now)
  if (loaded.existing) {
    // Asked again: the same request, unless it was sent to other contact details (decision 0080).
    const refused = contactoDistinto(loaded.existing, input)
    if (refused) throw refused
    return { kind: 'existing', view: loaded.existing }
  }
  const { roll } = loaded
  if (!roll) throw new AppError('not_in_roll')
  const civil = registeredBirth(loaded.civil, input.fechaNacimiento)
  const row = solicitudNueva(
    { code, eleccionId: eleccion.id, userId: actor.userId, run, canal: 'online' },
    civil,
    input,
    roll.comunaCut,
    now,
  )
  const view = viewOf(row, eleccion, roll.comuna, now)
  const { subject, text } = codigoMail[mail.locale]({
    nombre: civil.nombres,
    code: row.code,
    eleccion: eleccion.nombre,
    ventanaFin: eleccion.ventanaFin,
    fechaPrimarias: eleccion.fechaPrimarias,
    link: new URL(`/constancias/votacion/${row.code}`, mail.publicUrl).toString(),
  })
  return {
    kind: 'new',
    // One request per citizen and election; the notice accepted (perhaps moments ago, not yet in Turso).
    rules: {
      once: [
        {
          key: `constancia_voto:${eleccion.id}:${run}`,
          status: 200,
          // The first request, kept by the shard, was sent to other contact details: refused too.
          refusal: (held) => contactoDistinto(vistaGuardada(held.body), input),
        },
      ],
      requires: loaded.aviso
        ? []
        : [{ key: avisoKey(eleccion.id, actor.userId), refusal: new AppError('legal_notice_required') }],
      lookup: { owner: run, kind: 'constancia_voto' },
    },
    planned: {
      writes: [
        insertRow(constanciasVoto, row),
        auditEntry(ctx, 'constancia_voto.requested', { type: 'constancia_voto', id: row.id }),
        ...contar(ctx, 'constancias_voto', {
          evento: 'solicitada',
          en: now,
          comuna: row.comunaVotacionCut,
          ambito: eleccion.id,
        }),
        enqueueMail(now, new URL(mail.publicUrl).hostname, { to: input.email, subject, text }),
      ],
      result: view,
    },
  }
}
