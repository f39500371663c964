import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { elecciones } from './registros.ts'
import { users } from './users.ts'

/**
 * Election constancias ("más de 200 kilómetros del local de votación"). One per citizen and
 * election; the code is what the citizen shows at a police unit. `vencida` is not stored: a
 * `pendiente` request past its window's end reads as vencida.
 */
export const constanciasVoto = sqliteTable(
  'constancias_voto',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    eleccionId: text('eleccion_id')
      .notNull()
      .references(() => elecciones.id),
    userId: text('user_id').references(() => users.id),
    run: text('run').notNull(),
    nombres: text('nombres').notNull(),
    apellidos: text('apellidos').notNull(),
    fechaNacimiento: text('fecha_nacimiento').notNull(),
    email: text('email').notNull(),
    telefono: text('telefono').notNull(),
    comunaVotacionCut: text('comuna_votacion_cut').notNull(),
    /** `online` (the citizen, with ClaveÚnica) or `asistida` (an officer at a unit). */
    canal: text('canal', { enum: ['online', 'asistida'] }).notNull(),
    estado: text('estado', { enum: ['pendiente', 'validada', 'rechazada'] }).notNull(),
    declaracionAt: integer('declaracion_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    resolvedAt: integer('resolved_at', { mode: 'timestamp_ms' }),
    resolvedBy: text('resolved_by'),
    resolvedUnidad: text('resolved_unidad'),
    motivoRechazo: text('motivo_rechazo'),
  },
  (t) => [
    uniqueIndex('constancias_voto_code_uq').on(t.code),
    uniqueIndex('constancias_voto_eleccion_run_uq').on(t.eleccionId, t.run),
    index('constancias_voto_user_idx').on(t.userId),
  ],
)

/** The legal notice (art. 210 Código Penal), accepted by a citizen for an election, and when. */
export const avisosLegales = sqliteTable(
  'avisos_legales',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    eleccionId: text('eleccion_id')
      .notNull()
      .references(() => elecciones.id),
    acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eleccionId] })],
)
