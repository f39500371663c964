import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { casos, casosPreguntas } from './casos.ts'
import { users } from './users.ts'

/**
 * Files citizens send with a request (evidence of a denuncia, an answer to staff's question, a
 * complaint's attachment), uploaded in parts that survive a dropped connection
 * (docs/decisions/0030-resumable-uploads.md). The bytes are in the file store, one object per
 * part under `clave`; the row says which parts make the file, what its content turned out to be,
 * and its SHA-256 once complete (printed on the receipt: chain of custody).
 */
export const archivos = sqliteTable(
  'archivos',
  {
    id: text('id').primaryKey(),
    /** The citizen who uploads it: the only one who may add to it or read it as a citizen. */
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    /** The case it was sent with, set in the submission's own batch; null until then. */
    casoId: text('caso_id').references(() => casos.id),
    /** The staff question it answers, if sent as an answer. */
    preguntaId: text('pregunta_id').references(() => casosPreguntas.id),
    /** The name the citizen's device gave it, shown back to them and to staff; never its type. */
    nombre: text('nombre').notNull(),
    /** The media type its first bytes say (worker/archivos/tipo.ts); null until the first part. */
    tipo: text('tipo'),
    /** The size declared when the upload began (at most MAX_BYTES). */
    bytes: integer('bytes').notNull(),
    /** How many bytes are stored: where the next part starts. */
    recibidos: integer('recibidos').notNull().default(0),
    /** The length of each stored part, in order: part i starts where parts 0…i-1 end. */
    partes: text('partes', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    /** Hex SHA-256 of the whole file, computed from the stored parts when the last one arrived. */
    sha256: text('sha256'),
    /** The file store's folder of its parts (`archivos/<id>`). */
    clave: text('clave').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** The last part's arrival: an incomplete upload untouched for a day is abandoned. */
    actualizadoAt: integer('actualizado_at', { mode: 'timestamp_ms' }).notNull(),
    completadoAt: integer('completado_at', { mode: 'timestamp_ms' }),
    /** Times it was attached to a case: at most once, whatever two submissions race to do. */
    adjuntado: integer('adjuntado').notNull().default(0),
  },
  (t) => [
    index('archivos_user_idx').on(t.userId),
    index('archivos_caso_idx').on(t.casoId),
    // The retention job's two queues: uploads never finished, files never sent with a case.
    index('archivos_pendientes_idx').on(t.actualizadoAt).where(sql`${t.completadoAt} is null`),
    index('archivos_sueltos_idx').on(t.completadoAt).where(sql`${t.casoId} is null`),
    check('archivos_adjunto_completo', sql`${t.casoId} is null or ${t.completadoAt} is not null`),
    check('archivos_adjunto_una_vez', sql`${t.adjuntado} <= 1`),
  ],
)
