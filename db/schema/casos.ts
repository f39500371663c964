import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { locales } from '../../core/locales.ts'
import { comunas, unidades } from './territorio.ts'
import { users } from './users.ts'

/** The services whose requests are cases: a number, a state, a dated history, questions to the citizen. */
export const SERVICIOS_CON_CASO = ['denuncia', 'reclamo', 'reencuentro'] as const

/**
 * A citizen's request that staff work on over days (a denuncia; later a complaint, a family
 * search): its number, where it stands and who holds it. What the request says lives in the
 * service's own table, keyed by the case's id.
 */
export const casos = sqliteTable(
  'casos',
  {
    id: text('id').primaryKey(),
    /** The número de trámite: a document code (worker/codes.ts), never reused. */
    numero: text('numero').notNull(),
    servicio: text('servicio', { enum: SERVICIOS_CON_CASO }).notNull(),
    /** The citizen who made it; null once its clock ran out (db/catalog.ts). */
    userId: text('user_id').references(() => users.id),
    /** The service's state (worker/casos): `recibida`, `en_analisis`… */
    estado: text('estado').notNull(),
    /** The unit that holds it now (derived to), if any. */
    unidadCode: text('unidad_code').references(() => unidades.code),
    /** When what it waits for now is due (triage in 24 hours, a legal term): the queue's age target. */
    venceAt: integer('vence_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    cerradoAt: integer('cerrado_at', { mode: 'timestamp_ms' }),
    depuradoAt: integer('depurado_at', { mode: 'timestamp_ms' }),
    /**
     * The comuna the case belongs to (for a denuncia, the complainant's home): it decides the unit
     * and the Fiscalía (the jurisdiction table) and where the case is counted (worker/cifras).
     */
    comunaCut: text('comuna_cut').references(() => comunas.cut),
    /** Where the citizen is told of each change; null: the account's address. */
    correo: text('correo'),
    /** The language of those e-mails; null: the account's. */
    locale: text('locale', { enum: locales }),
    /**
     * Moves by one with every entry of the history: a change is written only if the case is still
     * as its author saw it, so two officers acting at once cannot both apply (worker/casos/cambio.ts).
     */
    version: integer('version').notNull().default(0),
    /** When it was first answered (information asked, derived or closed): the triage's end. */
    triadaAt: integer('triada_at', { mode: 'timestamp_ms' }),
    /** When it was first derived to a unit. */
    derivadaAt: integer('derivada_at', { mode: 'timestamp_ms' }),
    /** When the Fiscalía gave it a RUC. */
    enviadaAt: integer('enviada_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('casos_numero_uq').on(t.numero),
    index('casos_user_idx').on(t.userId),
    index('casos_cola_idx').on(t.servicio, t.estado, t.createdAt),
    // A unit's queue, oldest first, read in the index's order.
    index('casos_unidad_idx').on(t.unidadCode, t.estado, t.createdAt),
    // Time to triage over a period (the supervisors' figures).
    index('casos_triada_idx').on(t.servicio, t.triadaAt),
  ],
)

/**
 * A case's history, append-only: every change of state, with who made it and when, and what the
 * citizen is told about it (a unit's name, a RUC, a reason, the earlier number of a duplicate).
 */
export const casosHistoria = sqliteTable(
  'casos_historia',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => casos.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    estado: text('estado').notNull(),
    actorTipo: text('actor_tipo', { enum: ['ciudadano', 'funcionario', 'sistema'] }).notNull(),
    /** The account that made the change; null for the system. */
    actorId: text('actor_id'),
    detalle: text('detalle', { mode: 'json' }).$type<Record<string, string>>().notNull().default(sql`'{}'`),
  },
  (t) => [index('casos_historia_caso_idx').on(t.casoId, t.at)],
)

/**
 * Questions staff ask the citizen about a case, with the answer (files attached to it are in the
 * file table, by question). A citizen adding information unasked is a row without a question.
 */
export const casosPreguntas = sqliteTable(
  'casos_preguntas',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => casos.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /** The staff member who asked; null when the citizen added information unasked. */
    preguntadoPor: text('preguntado_por'),
    pregunta: text('pregunta'),
    respuesta: text('respuesta'),
    respondidaAt: integer('respondida_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('casos_preguntas_caso_idx').on(t.casoId, t.at)],
)
