import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm'
import { camposPermiso } from '../../core/permisos/campos.ts'
import { formatRun, maskRun } from '../../core/run.ts'
import { formatCivilDate, formatLocal, isoWeek, localDate, localInstant, localTime } from '../../core/time.ts'
import { comunas, permisos, permisosRechazados, tiposPermiso } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { contar } from '../cifras/contar.ts'
import { signDocument } from '../documents/signing.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import { ownedBy } from '../identity/owned-by.ts'
import { rowId } from '../ids.ts'
import type { Database, SigningKeys } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Loaded, readFirst, readRows } from '../reads.ts'
import type { Registries } from '../registries/index.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { Rules } from '../submission.ts'
import {
  faseRead,
  fasesVigentes,
  requierePermiso,
  type TipoPermiso,
  tipoActivoRead,
  tipos,
} from './reglas.ts'
import type { EstadoPermiso, PermisoInput, PermisoView } from './schema.ts'

type Row = typeof permisos.$inferSelect

/** How far ahead a permit may start, and how far back (the time it takes to fill the form). */
export const DIAS_ANTICIPACION = 7
const TOLERANCIA_MS = 15 * 60_000

function citizenRun(actor: Actor): string {
  if (!actor.run || actor.runProof !== 'claveunica') throw new AppError('claveunica_required')
  return actor.run
}

/** A permit's state at an instant: revocation first, then its validity window. */
export function estadoPermiso(row: Pick<Row, 'inicio' | 'fin' | 'revocadoAt'>, now: Date): EstadoPermiso {
  if (row.revocadoAt) return 'revocado'
  if (now < row.inicio) return 'por_comenzar'
  return now > row.fin ? 'vencido' : 'vigente'
}

export function viewOf(row: Row, tipo: string, comuna: string, now: Date): PermisoView {
  return {
    code: row.code,
    estado: estadoPermiso(row, now),
    tipo: { id: row.tipoId, nombre: tipo },
    comuna: { cut: row.comunaCut, nombre: comuna },
    destino: row.destino,
    campos: row.campos,
    inicio: row.inicio.toISOString(),
    fin: row.fin.toISOString(),
    nombre: `${row.nombres} ${row.apellidos}`,
    run: formatRun(row.run),
    token: row.token,
    createdAt: row.createdAt.toISOString(),
    revocadoAt: row.revocadoAt?.toISOString() ?? null,
  }
}

/** Permits with their type's and comuna's names, newest first. */
export async function permisosDonde(ctx: Pick<ServiceContext, 'db'>, where: SQL | undefined) {
  return ctx.db
    .select({ row: permisos, tipo: tiposPermiso.nombre, comuna: comunas.name })
    .from(permisos)
    .innerJoin(tiposPermiso, eq(tiposPermiso.id, permisos.tipoId))
    .innerJoin(comunas, eq(comunas.cut, permisos.comunaCut))
    .where(where)
    .orderBy(desc(permisos.createdAt))
}

/** The signed-in citizen's permits ("Mis trámites"). */
export async function misPermisos(ctx: ServiceContext, actor: Actor): Promise<PermisoView[]> {
  const now = ctx.clock.now()
  return (await permisosDonde(ctx, ownedBy(actor, permisos))).map((r) => viewOf(r.row, r.tipo, r.comuna, now))
}

/** One of the citizen's own permits; another person's code is simply not found. */
export async function permisoPropio(ctx: ServiceContext, actor: Actor, code: string): Promise<PermisoView> {
  const [found] = await permisosDonde(ctx, and(eq(permisos.code, code), ownedBy(actor, permisos)))
  if (!found) throw new AppError('not_found')
  return viewOf(found.row, found.tipo, found.comuna, ctx.clock.now())
}

/** How many permits of each type a RUN has in each of `semanas` (ISO weeks): type → week → count. */
async function usados(
  ctx: ServiceContext,
  run: string,
  semanas: string[],
): Promise<Map<string, Map<string, number>>> {
  const rows = await ctx.db
    .select({ tipoId: permisos.tipoId, semana: permisos.semana, n: sql<number>`count(*)` })
    .from(permisos)
    .where(and(eq(permisos.run, run), inArray(permisos.semana, semanas)))
    .groupBy(permisos.tipoId, permisos.semana)
  const found = new Map<string, Map<string, number>>()
  for (const r of rows) found.set(r.tipoId, (found.get(r.tipoId) ?? new Map()).set(r.semana, r.n))
  return found
}

/** The calendar date `dias` days after `fecha` (both `YYYY-MM-DD`). */
function diasDespues(fecha: string, dias: number): string {
  const [y = 0, m = 1, d = 1] = fecha.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10)
}

/**
 * What the form shows first: who asks, the permit types with their use in each week a permit may
 * start in (the quota counts the week of the permit's day: this week's, and next week's when the
 * days ahead reach it), the comunas under restriction.
 */
export async function fichaPermisos(ctx: ServiceContext, actor: Actor) {
  const run = citizenRun(actor)
  const now = ctx.clock.now()
  const hoy = localDate(now)
  const estaSemana = isoWeek(hoy)
  const semanas = [...new Set([estaSemana, isoWeek(diasDespues(hoy, DIAS_ANTICIPACION))])]
  const [activos, fases, uso] = await Promise.all([
    tipos(ctx.db, true),
    fasesVigentes(ctx.db, now),
    usados(ctx, run, semanas),
  ])
  return {
    titular: { nombre: `${actor.givenNames} ${actor.familyNames}`, run: formatRun(run) },
    hoy,
    diasAnticipacion: DIAS_ANTICIPACION,
    tipos: activos.map(({ updatedAt: _, activo: __, ...tipo }) => {
      const porSemana = uso.get(tipo.id)
      return {
        ...tipo,
        usadosSemana: porSemana?.get(estaSemana) ?? 0,
        /** By ISO week (`2026-W48`), every week a permit may start in: what the form's hint counts. */
        usadosPorSemana: Object.fromEntries(semanas.map((semana) => [semana, porSemana?.get(semana) ?? 0])),
      }
    }),
    fases,
  }
}

/** Why a registry refused a request: kept in the audit log only. */
type Motivo = 'civil_sin_registro' | 'civil_fallecido' | 'civil_serie' | 'penitenciario' | 'sanitario'

export type PermisoPlan =
  | { kind: 'issued'; planned: Planned<PermisoView>; rules: Rules }
  | { kind: 'refused'; writes: Planned<null>['writes']; error: AppError }

function duracion(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

const queries = preparedFor((db) => ({
  comuna: db
    .select()
    .from(comunas)
    .where(eq(comunas.cut, sql.placeholder('cut')))
    .prepare(),
  usados: db
    .select({ n: sql<number>`count(*)` })
    .from(permisos)
    .where(
      and(
        eq(permisos.run, sql.placeholder('run')),
        eq(permisos.tipoId, sql.placeholder('tipoId')),
        eq(permisos.semana, sql.placeholder('semana')),
      ),
    )
    .prepare(),
}))

/**
 * What a permit request reads, all at once: its type, its comuna and the comuna's phase on that
 * day, and the three registries for the RUN the caller claims (the session, read in the same
 * batch, confirms it before anything is decided).
 */
export function permisoReads(
  db: Database,
  registries: Registries,
  input: PermisoInput,
  caller: { run: string | null } | null,
) {
  const run = caller?.run ?? ''
  const cut = input.comunaCut.padStart(5, '0')
  return {
    tipo: tipoActivoRead(db, input.tipoId),
    comuna: readFirst(queries(db).comuna, { cut }),
    fase: faseRead(db, cut, input.fecha),
    civil: registries.civil.lookup(run),
    prison: registries.prison.restriction(run, input.fecha, input.fecha),
    health: registries.health.restriction(run, input.fecha, input.fecha),
    usados: readRows(
      queries(db).usados,
      { run, tipoId: input.tipoId, semana: isoWeek(input.fecha) },
      ([row]) => Number(row?.n ?? 0),
    ),
  }
}

type PermisoLoaded = Loaded<ReturnType<typeof permisoReads>>

/** The request's own rules: the type, the comuna's phase on that day, the window and hours. */
function checkRules(now: Date, input: PermisoInput, { tipo, comuna, fase }: PermisoLoaded) {
  if (!tipo) throw invalidField('tipoId', 'invalid_option')
  if (!comuna) throw invalidField('comunaCut', 'invalid_option')
  const inicio = localInstant(input.fecha, input.hora)
  if (
    inicio.getTime() < now.getTime() - TOLERANCIA_MS ||
    inicio.getTime() > now.getTime() + DIAS_ANTICIPACION * 86_400_000
  ) {
    throw invalidField('fecha', 'permit_start_range', { dias: DIAS_ANTICIPACION })
  }
  if (!fase || !requierePermiso(fase.fase, input.fecha)) {
    throw invalidField('comunaCut', 'permit_not_required', { comuna: comuna.name })
  }
  const fin = new Date(inicio.getTime() + tipo.duracionMaxMin * 60_000)
  if (input.hora < tipo.horaDesde || localDate(fin) !== input.fecha || localTime(fin) > tipo.horaHasta) {
    throw invalidField('hora', 'outside_permit_hours', {
      duracion: duracion(tipo.duracionMaxMin),
      desde: tipo.horaDesde,
      hasta: tipo.horaHasta,
    })
  }
  const campos: Row['campos'] = {}
  for (const id of tipo.campos) {
    const value = input.campos[id]
    if (!value) throw invalidField(`campos.${id}`, 'required')
    campos[id] = value
  }
  return { tipo, comuna, inicio, fin, campos }
}

/** The three registries' answers; the first refusal in the order of the law's gravity. */
function checkRegistries({ civil, prison, health }: PermisoLoaded, serie: string): Motivo | null {
  if (!civil) return 'civil_sin_registro'
  if (civil.fechaDefuncion !== null) return 'civil_fallecido'
  if (civil.serieCedula !== serie) return 'civil_serie'
  if (prison) return 'penitenciario'
  if (health) return 'sanitario'
  return null
}

function refusalError(motivo: Motivo): AppError {
  switch (motivo) {
    case 'civil_serie':
      return invalidField('serieCedula', 'serial_mismatch')
    case 'civil_sin_registro':
    case 'civil_fallecido':
      return new AppError('permit_refused_civil')
    case 'penitenciario':
      return new AppError('permit_refused_prison')
    case 'sanitario':
      return new AppError('permit_refused_health')
  }
}

/** The Monday a week's quota renews, for the message (`30-11-2026`). */
function nextMonday(fecha: string): string {
  const [y = 0, m = 1, d = 1] = fecha.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7 || 7))
  return formatCivilDate(day.toISOString())
}

/** The error a request gets when its write broke the weekly quota's CHECK. */
export function quotaError(tipo: Pick<TipoPermiso, 'cupoSemanal' | 'nombre'>, fecha: string): AppError {
  return new AppError('quota_exceeded', {
    params: { cupo: String(tipo.cupoSemanal), tipo: tipo.nombre, lunes: nextMonday(fecha) },
  })
}

/**
 * A citizen's permit: the rules checked, then the civil registry (the RUN exists, is alive, and
 * the identity card's serial is the current one), the prison service and the health authority.
 * A refusal is recorded and audited with its reason, which only the citizen is told. An issued
 * permit is signed at once; its weekly quota is enforced by the INSERT itself (see
 * db/schema/permisos.ts), so concurrent requests cannot pass it.
 */
export async function planPermiso(
  ctx: ServiceContext,
  keys: SigningKeys,
  actor: Actor,
  input: PermisoInput,
  loaded: PermisoLoaded,
  code: string,
): Promise<PermisoPlan & { tipo: TipoPermiso }> {
  const run = citizenRun(actor)
  const now = ctx.clock.now()
  const { tipo, comuna, inicio, fin, campos } = checkRules(now, input, loaded)
  const motivo = checkRegistries(loaded, input.serieCedula)
  if (motivo) {
    const id = rowId()
    return {
      kind: 'refused',
      tipo,
      error: refusalError(motivo),
      writes: [
        ctx.db
          .insert(permisosRechazados)
          .values({ id, at: now, userId: actor.userId, tipoId: tipo.id, comunaCut: comuna.cut }),
        auditEntry(
          ctx,
          'permiso.refused',
          { type: 'permiso_rechazado', id },
          { motivo, tipoId: tipo.id, comunaCut: comuna.cut },
        ),
        ...contar(ctx, 'permisos', { evento: 'rechazado', en: now, comuna: comuna.cut }),
      ],
    }
  }
  const token = await signDocument(keys, {
    t: 'permiso',
    c: code,
    n: `${actor.givenNames} ${actor.familyNames}`,
    r: maskRun(run),
    i: Math.floor(now.getTime() / 1000),
    d: Math.floor(inicio.getTime() / 1000),
    x: Math.floor(fin.getTime() / 1000),
    e: `${tipo.nombre} · ${comuna.name}`,
  })
  const semana = isoWeek(input.fecha)
  const row: Row = {
    id: rowId(),
    code,
    userId: actor.userId,
    run,
    nombres: actor.givenNames,
    apellidos: actor.familyNames,
    tipoId: tipo.id,
    comunaCut: comuna.cut,
    destino: input.destino,
    campos,
    inicio,
    fin,
    semana,
    cupo: tipo.cupoSemanal,
    ordinal: 0,
    token,
    createdAt: now,
    revocadoAt: null,
    revocadoPor: null,
    motivoRevocacion: null,
    depuradoAt: null,
  }
  const ordinal = sql`(select count(*) + 1 from ${permisos} where ${permisos.run} = ${run} and ${permisos.tipoId} = ${tipo.id} and ${permisos.semana} = ${semana})`
  return {
    kind: 'issued',
    tipo,
    // The week's quota: on Node the INSERT counts (decision 0008); at the edge the citizen's shard does.
    rules: {
      counters: [
        {
          key: `permiso:${run}:${tipo.id}:${semana}`,
          max: tipo.cupoSemanal,
          baseline: loaded.usados,
          refusal: quotaError(tipo, input.fecha),
        },
      ],
      lookup: { owner: run, kind: 'permiso' },
    },
    planned: {
      writes: [
        ctx.db.insert(permisos).values({ ...row, ordinal }),
        auditEntry(
          ctx,
          'permiso.issued',
          { type: 'permiso', id: row.id },
          { tipoId: tipo.id, comunaCut: comuna.cut },
        ),
        ...contar(ctx, 'permisos', { evento: 'emitido', en: now, comuna: comuna.cut }),
      ],
      result: viewOf(row, tipo.nombre, comuna.name, now),
    },
  }
}

const CAMPO_PDF = {
  establecimiento: 'Establecimiento de salud',
  fallecido: 'Persona fallecida',
  dependiente: 'Persona a su cuidado',
} as const

/** The lines of a permit's PDF and e-mail: what it allows, to whom, where, when. */
export function permisoFields(view: PermisoView): [string, string][] {
  return [
    ['Titular', view.nombre],
    ['RUN', view.run],
    ['Tipo de permiso', view.tipo.nombre],
    ['Comuna', view.comuna.nombre],
    ['Destino', view.destino],
    ...camposPermiso.flatMap((id): [string, string][] => {
      const value = view.campos[id]
      return value ? [[CAMPO_PDF[id], value]] : []
    }),
    ['Válido desde', `${formatLocal(new Date(view.inicio))} (hora de Chile continental)`],
    ['Válido hasta', `${formatLocal(new Date(view.fin))} (hora de Chile continental)`],
  ]
}
