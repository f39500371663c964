import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import type { CampoPermiso } from '../../core/permisos/campos.ts'
import { comunas } from './territorio.ts'
import { users } from './users.ts'

/**
 * Permit types, managed by administrators: how long a permit lasts, between which hours of the
 * day, how many a person may have per ISO week, and what it asks.
 */
export const tiposPermiso = sqliteTable('tipos_permiso', {
  id: text('id').primaryKey(),
  nombre: text('nombre').notNull(),
  descripcion: text('descripcion').notNull(),
  duracionMaxMin: integer('duracion_max_min').notNull(),
  /** `HH:MM`, Chile's time: the permit starts no earlier and ends no later on the same day. */
  horaDesde: text('hora_desde').notNull(),
  horaHasta: text('hora_hasta').notNull(),
  cupoSemanal: integer('cupo_semanal').notNull(),
  campos: text('campos', { mode: 'json' }).$type<CampoPermiso[]>().notNull(),
  activo: integer('activo', { mode: 'boolean' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
})

/**
 * Restriction phases per comuna, from one date to another (inclusive, Chile's calendar; no end:
 * until changed). Under `cuarentena` every trip needs a permit; under `transicion`, trips on
 * Saturdays and Sundays do. A comuna with no phase on a date needs none.
 */
export const fasesComuna = sqliteTable(
  'fases_comuna',
  {
    id: text('id').primaryKey(),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    fase: text('fase', { enum: ['cuarentena', 'transicion'] }).notNull(),
    desde: text('desde').notNull(),
    hasta: text('hasta'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('fases_comuna_cut_idx').on(t.comunaCut, t.desde)],
)

/**
 * The health authority's registry: confirmed cases and close contacts with their isolation
 * period (dates inclusive). Behind the `HealthRegistry` interface (worker/registries).
 */
export const restriccionesSanitarias = sqliteTable(
  'restricciones_sanitarias',
  {
    run: text('run').notNull(),
    tipo: text('tipo', { enum: ['caso_confirmado', 'contacto_estrecho'] }).notNull(),
    desde: text('desde').notNull(),
    hasta: text('hasta').notNull(),
  },
  (t) => [primaryKey({ columns: [t.run, t.desde] }), index('restricciones_sanitarias_hasta_idx').on(t.hasta)],
)

/**
 * The prison service's registry (Gendarmería): people under a movement restriction (house arrest,
 * a night curfew…), from a date, until one or open-ended. Behind the `PrisonRegistry` interface.
 */
export const restriccionesPenitenciarias = sqliteTable(
  'restricciones_penitenciarias',
  {
    run: text('run').notNull(),
    medida: text('medida').notNull(),
    desde: text('desde').notNull(),
    hasta: text('hasta'),
  },
  (t) => [
    primaryKey({ columns: [t.run, t.desde] }),
    index('restricciones_penitenciarias_hasta_idx').on(t.hasta),
  ],
)

/**
 * Issued permits. The weekly quota is enforced by the write itself: `ordinal` is computed in the
 * INSERT from the rows already there (SQLite runs one write at a time), the CHECK refuses an
 * ordinal past the type's quota, and the unique key refuses two permits with the same one.
 */
export const permisos = sqliteTable(
  'permisos',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    /** Null once the permit's clock ran out (db/catalog.ts): nothing links it to a person then. */
    userId: text('user_id').references(() => users.id),
    run: text('run').notNull(),
    nombres: text('nombres').notNull(),
    apellidos: text('apellidos').notNull(),
    tipoId: text('tipo_id')
      .notNull()
      .references(() => tiposPermiso.id),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    destino: text('destino').notNull(),
    campos: text('campos', { mode: 'json' }).$type<Partial<Record<CampoPermiso, string>>>().notNull(),
    inicio: integer('inicio', { mode: 'timestamp_ms' }).notNull(),
    fin: integer('fin', { mode: 'timestamp_ms' }).notNull(),
    /** The ISO week of the start, Chile's calendar (`2026-W48`): the quota's period. */
    semana: text('semana').notNull(),
    cupo: integer('cupo').notNull(),
    ordinal: integer('ordinal').notNull(),
    /** The signed payload its QR code carries. */
    token: text('token').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    revocadoAt: integer('revocado_at', { mode: 'timestamp_ms' }),
    revocadoPor: text('revocado_por'),
    /** Internal: never shown on a verification, public or an officer's. */
    motivoRevocacion: text('motivo_revocacion'),
    /** When its clock ran out and its personal data was removed (db/catalog.ts): code and figures stay. */
    depuradoAt: integer('depurado_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('permisos_code_uq').on(t.code),
    uniqueIndex('permisos_cupo_uq').on(t.run, t.tipoId, t.semana, t.ordinal),
    index('permisos_user_idx').on(t.userId),
    index('permisos_run_idx').on(t.run),
    index('permisos_created_idx').on(t.createdAt),
    // What the retention job still has to purge, by end date (db/catalog.ts).
    index('permisos_por_depurar_idx').on(t.fin).where(sql`${t.depuradoAt} is null`),
    check('permisos_cupo_check', sql`${t.ordinal} <= ${t.cupo}`),
  ],
)

/**
 * Requests refused on a registry's answer, for supervisors' figures. The reason is only in the
 * audit log: it is the person's health or legal situation, for no one else to read.
 */
export const permisosRechazados = sqliteTable(
  'permisos_rechazados',
  {
    id: text('id').primaryKey(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    userId: text('user_id').references(() => users.id),
    tipoId: text('tipo_id').notNull(),
    comunaCut: text('comuna_cut').notNull(),
  },
  (t) => [
    index('permisos_rechazados_at_idx').on(t.at),
    index('permisos_rechazados_por_depurar_idx').on(t.at).where(sql`${t.userId} is not null`),
  ],
)
