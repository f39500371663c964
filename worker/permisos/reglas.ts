import { and, asc, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm'
import { localDate, weekday } from '../../core/time.ts'
import { comunas, fasesComuna, tiposPermiso } from '../../db/schema/index.ts'
import { auditEntry } from '../audit.ts'
import { AppError, invalidField } from '../errors.ts'
import { rowId } from '../ids.ts'
import type { Database } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readFirst } from '../reads.ts'
import type { Planned, ServiceContext } from '../service.ts'
import type { FaseInput, TipoPermisoInput } from './schema.ts'

export type TipoPermiso = typeof tiposPermiso.$inferSelect
export type FaseComuna = typeof fasesComuna.$inferSelect

/** The permit types of the 2020 quarantines (Decreto 104 instructions), loaded where none exist. */
const TIPOS_INICIALES: (TipoPermisoInput & { id: string })[] = [
  {
    id: 'compras',
    nombre: 'Compras de insumos básicos',
    descripcion: 'Supermercado, feria, farmacia o almacén de su comuna.',
    duracionMaxMin: 180,
    horaDesde: '07:00',
    horaHasta: '22:00',
    cupoSemanal: 2,
    campos: [],
    activo: true,
  },
  {
    id: 'salud',
    nombre: 'Atención médica',
    descripcion: 'Consulta, examen o tratamiento en un establecimiento de salud.',
    duracionMaxMin: 240,
    horaDesde: '00:00',
    horaHasta: '23:59',
    cupoSemanal: 4,
    campos: ['establecimiento'],
    activo: true,
  },
  {
    id: 'funeral',
    nombre: 'Funeral de un familiar directo',
    descripcion: 'Asistir al funeral de un familiar directo.',
    duracionMaxMin: 300,
    horaDesde: '07:00',
    horaHasta: '22:00',
    cupoSemanal: 1,
    campos: ['fallecido'],
    activo: true,
  },
  {
    id: 'cuidado',
    nombre: 'Cuidado de un dependiente',
    descripcion: 'Asistir a un adulto mayor, un niño o una persona con discapacidad a su cargo.',
    duracionMaxMin: 180,
    horaDesde: '07:00',
    horaHasta: '22:00',
    cupoSemanal: 3,
    campos: ['dependiente'],
    activo: true,
  },
]

/** Demonstration phases: Santiago and Valparaíso in quarantine, Providencia in transition. */
const FASES_DEMO: (Omit<FaseComuna, 'updatedAt'> & { id: string })[] = [
  { id: 'demo-13101', comunaCut: '13101', fase: 'cuarentena', desde: '2026-11-01', hasta: null },
  { id: 'demo-05101', comunaCut: '05101', fase: 'cuarentena', desde: '2026-11-01', hasta: null },
  { id: 'demo-13123', comunaCut: '13123', fase: 'transicion', desde: '2026-11-01', hasta: null },
]

/**
 * Loads the initial permit types (an administrator's changes are kept) and, for demonstrations,
 * the demo restriction phases.
 */
export async function loadPermisoRules(db: Database, now: Date, demo: boolean): Promise<void> {
  await db
    .insert(tiposPermiso)
    .values(TIPOS_INICIALES.map((tipo) => ({ ...tipo, updatedAt: now })))
    .onConflictDoNothing()
  if (demo) {
    await db
      .insert(fasesComuna)
      .values(FASES_DEMO.map((fase) => ({ ...fase, updatedAt: now })))
      .onConflictDoNothing()
  }
}

/** Whether a phase requires a permit on a date: quarantine always, transition on weekends. */
export function requierePermiso(fase: FaseComuna['fase'], fecha: string): boolean {
  return fase === 'cuarentena' || [0, 6].includes(weekday(fecha))
}

const queries = preparedFor((db) => {
  const comunaCut = sql.placeholder('comunaCut')
  const fecha = sql.placeholder('fecha')
  return {
    fase: db
      .select()
      .from(fasesComuna)
      .where(
        and(
          eq(fasesComuna.comunaCut, comunaCut),
          lte(fasesComuna.desde, fecha),
          or(isNull(fasesComuna.hasta), gte(fasesComuna.hasta, fecha)),
        ),
      )
      .orderBy(desc(fasesComuna.desde))
      .limit(1)
      .prepare(),
    tipoActivo: db
      .select()
      .from(tiposPermiso)
      .where(and(eq(tiposPermiso.id, sql.placeholder('id')), eq(tiposPermiso.activo, true)))
      .prepare(),
  }
})

/**
 * The phase a comuna is in on a date, if any (the latest started, when an administrator
 * overlapped two), as a read.
 */
export function faseRead(db: Database, comunaCut: string, fecha: string): Read<FaseComuna | null> {
  return readFirst(queries(db).fase, { comunaCut, fecha })
}

/** An active permit type by its id, as a read. */
export function tipoActivoRead(db: Database, id: string): Read<TipoPermiso | null> {
  return readFirst(queries(db).tipoActivo, { id })
}

/** Every permit type, active or not, for administrators; `activos` for citizens. */
export async function tipos(db: Database, activos = false): Promise<TipoPermiso[]> {
  return db
    .select()
    .from(tiposPermiso)
    .where(activos ? eq(tiposPermiso.activo, true) : undefined)
    .orderBy(asc(tiposPermiso.nombre))
}

/** The phases in force today or later, with their comuna's name. */
export async function fasesVigentes(db: Database, now: Date) {
  const today = localDate(now)
  return db
    .select({
      id: fasesComuna.id,
      comunaCut: fasesComuna.comunaCut,
      comuna: comunas.name,
      fase: fasesComuna.fase,
      desde: fasesComuna.desde,
      hasta: fasesComuna.hasta,
    })
    .from(fasesComuna)
    .innerJoin(comunas, eq(comunas.cut, fasesComuna.comunaCut))
    .where(or(isNull(fasesComuna.hasta), gte(fasesComuna.hasta, today)))
    .orderBy(asc(comunas.name), asc(fasesComuna.desde))
}

/** An administrator creates or changes a permit type; citizens see it on their next visit. */
export function planTipo(ctx: ServiceContext, id: string, input: TipoPermisoInput): Planned<TipoPermiso> {
  if (input.horaHasta <= input.horaDesde) throw invalidField('horaHasta', 'invalid')
  const row: TipoPermiso = { id, ...input, updatedAt: ctx.clock.now() }
  return {
    writes: [
      ctx.db.insert(tiposPermiso).values(row).onConflictDoUpdate({ target: tiposPermiso.id, set: row }),
      auditEntry(ctx, 'permiso.rules_changed', { type: 'tipo_permiso', id }, { ...input }),
    ],
    result: row,
  }
}

/** An administrator sets a comuna's phase (a new one, or `id` to change its dates). */
export async function planFase(
  ctx: ServiceContext,
  id: string | null,
  input: FaseInput,
): Promise<Planned<FaseComuna>> {
  const [comuna] = await ctx.db
    .select()
    .from(comunas)
    .where(eq(comunas.cut, input.comunaCut.padStart(5, '0')))
  if (!comuna) throw invalidField('comunaCut', 'invalid_option')
  if (input.hasta !== null && input.hasta < input.desde) throw invalidField('hasta', 'invalid')
  if (id !== null) {
    const [existing] = await ctx.db.select().from(fasesComuna).where(eq(fasesComuna.id, id))
    if (!existing) throw new AppError('not_found')
  }
  const row: FaseComuna = {
    id: id ?? rowId(),
    ...input,
    comunaCut: comuna.cut,
    updatedAt: ctx.clock.now(),
  }
  return {
    writes: [
      ctx.db.insert(fasesComuna).values(row).onConflictDoUpdate({ target: fasesComuna.id, set: row }),
      auditEntry(ctx, 'permiso.rules_changed', { type: 'fase_comuna', id: row.id }, { ...input }),
    ],
    result: row,
  }
}
