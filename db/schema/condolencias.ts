import { sql } from 'drizzle-orm'
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { locales } from '../../core/locales.ts'
import { comunas } from './territorio.ts'
import { users } from './users.ts'

/**
 * A memorial: one page of the condolence book per officer fallen in the line of duty, published
 * by administrators (issue 19). The «general» one (slug `general`) holds the messages written
 * before memorials existed. `version` grows whenever what its readers see changes by a moderator's
 * hand (a message published or withdrawn): the first page of its messages is cached under it
 * (decision 0065).
 */
export const memoriales = sqliteTable(
  'memoriales',
  {
    id: text('id').primaryKey(),
    slug: text('slug').notNull(),
    nombre: text('nombre').notNull(),
    /** Rank, as the institution writes it. */
    grado: text('grado').notNull(),
    /** The unit they served in, as text. */
    unidad: text('unidad').notNull(),
    /** The day they fell, YYYY-MM-DD. */
    fecha: text('fecha').notNull(),
    texto: text('texto').notNull(),
    /** The photo's file-store key stem: `<stem>-320`, `-640`, `-960` (decision 0065). */
    foto: text('foto'),
    publicado: integer('publicado', { mode: 'boolean' }).notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('memoriales_slug_uq').on(t.slug), index('memoriales_fecha_idx').on(t.fecha)],
)

/** Where a message stands: waiting its delay, held by the first pass, public, or rejected/withdrawn. */
export const ESTADOS_CONDOLENCIA = ['pendiente', 'retenido', 'publicado', 'rechazado'] as const

/**
 * Libro de condolencias: a signed-in citizen's message on a memorial. Public from `publicarDesde`
 * on when `publicado`, or `pendiente` and that instant has passed (no sweep: the read rule,
 * decision 0065); a moderator who publishes early sets it to the moment they do, so that it is
 * also the order of the pages.
 */
export const condolencias = sqliteTable(
  'condolencias',
  {
    id: text('id').primaryKey(),
    memorialId: text('memorial_id')
      .notNull()
      .references(() => memoriales.id),
    /** The citizen who wrote it (null: written before accounts were required). */
    autorId: text('autor_id').references(() => users.id, { onDelete: 'set null' }),
    /** How they chose to sign (null: an old message, signed as typed). */
    firma: text('firma', { enum: ['completa', 'iniciales'] }),
    /** The signature shown: the full name, or initials and comuna. */
    firmaTexto: text('firma_texto').notNull(),
    comunaCut: text('comuna_cut').references(() => comunas.cut),
    mensaje: text('mensaje').notNull(),
    /** The language the author wrote in: a rejection is mailed in it. */
    locale: text('locale', { enum: locales }).notNull().default('es'),
    estado: text('estado', { enum: ESTADOS_CONDOLENCIA }).notNull().default('pendiente'),
    /** Why the first pass held it (`enlace`, `correo`, `run`, `telefono`, `insulto`, `reportes`), comma-separated. */
    motivoRetencion: text('motivo_retencion'),
    /** A moderator's reason for rejecting it, as mailed to the author. */
    motivoRechazo: text('motivo_rechazo'),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    publicarDesde: integer('publicar_desde', { mode: 'timestamp_ms' }).notNull(),
    moderadoPor: text('moderado_por').references(() => users.id, { onDelete: 'set null' }),
    moderadoAt: integer('moderado_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('condolencias_memorial_idx').on(t.memorialId, t.publicarDesde, t.id),
    index('condolencias_estado_idx').on(t.estado, t.receivedAt),
    index('condolencias_autor_idx').on(t.autorId),
    index('condolencias_received_idx').on(t.receivedAt),
  ],
)

/** A reader's report of a public message: one per reader (their account, or a hash of where they came from). */
export const condolenciaReportes = sqliteTable(
  'condolencia_reportes',
  {
    condolenciaId: text('condolencia_id')
      .notNull()
      .references(() => condolencias.id, { onDelete: 'cascade' }),
    lector: text('lector').notNull(),
    motivo: text('motivo', { enum: ['ofensivo', 'datos_personales', 'falso', 'otro'] }).notNull(),
    detalle: text('detalle'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.condolenciaId, t.lector] })],
)

/**
 * What makes a message public now (decision 0065): `now` in ms. Published or waiting, and its
 * instant passed — a moderator's publishing sets that instant to the moment, so every public
 * message has it behind: the memorial's index (`memorial_id`, `publicar_desde`) starts its range
 * at now, and the messages still waiting their two hours are never walked over.
 */
export const publicaSql = (now: number) =>
  sql`(${condolencias.publicarDesde} <= ${now} and ${condolencias.estado} in ('publicado', 'pendiente'))`
