import { sql } from 'drizzle-orm'
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
    /** When its clock ran out and its personal data was removed (db/catalog.ts): code and figures stay. */
    depuradaAt: integer('depurada_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('constancias_voto_code_uq').on(t.code),
    uniqueIndex('constancias_voto_eleccion_run_uq').on(t.eleccionId, t.run),
    index('constancias_voto_user_idx').on(t.userId),
    // What the retention job still has to purge, by election (db/catalog.ts).
    index('constancias_voto_por_depurar_idx').on(t.eleccionId).where(sql`${t.depuradaAt} is null`),
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

/**
 * How a constancia was resolved at a police unit: by whom, where, on which identity document,
 * and at what distance from the polling place. One row per constancia (its key): of two officers
 * resolving the same code at once, the second one's whole batch fails on it.
 */
export const validacionesVoto = sqliteTable('validaciones_voto', {
  constanciaId: text('constancia_id')
    .primaryKey()
    .references(() => constanciasVoto.id),
  resultado: text('resultado', { enum: ['validada', 'rechazada'] }).notNull(),
  officerId: text('officer_id')
    .notNull()
    .references(() => users.id),
  unidadCode: text('unidad_code').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  documentoTipo: text('documento_tipo', { enum: ['cedula', 'pasaporte'] }),
  documentoNumero: text('documento_numero'),
  documentoVencimiento: text('documento_vencimiento'),
  distanciaKm: integer('distancia_km'),
  justificacion: text('justificacion'),
  motivoRechazo: text('motivo_rechazo'),
  /** The signed payload printed in the QR code, and the PDF in the file store. */
  token: text('token'),
  pdfKey: text('pdf_key'),
  /** Why the citizen came in person instead of online (the assisted path). */
  motivoAsistencia: text('motivo_asistencia', {
    enum: ['sin_internet', 'sin_claveunica', 'sin_habilidades_digitales'],
  }),
})
