import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { informaciones } from './informacion.ts'

/**
 * A tipster's file (información anónima, decision 0046): ciphertext made in the browser (AES-256-GCM
 * in chunks, a key of its own that travels inside the sealed tip), uploaded in parts before the tip
 * is sent and attached to it in the tip's batch. Nothing about who sent it or when but the day; the
 * server cannot tell its name or type (both are inside the tip).
 */
export const informacionArchivos = sqliteTable(
  'informacion_archivos',
  {
    /** Random (UUID v4: no time in it). */
    id: text('id').primaryKey(),
    /** SHA-256 (hex) of the bearer token that may add parts: the token itself is never kept. */
    tokenHash: text('token_hash').notNull(),
    /** The ciphertext's size, declared when the batch began. */
    bytes: integer('bytes').notNull(),
    /** How many bytes are stored: where the next part starts. */
    recibidos: integer('recibidos').notNull().default(0),
    /** The length of each stored part, in order (worker/archivos/partes.ts). */
    partes: text('partes', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    /** Hex SHA-256 of the whole ciphertext, computed from the stored parts with the last one. */
    sha256: text('sha256'),
    /** The file store's folder of its parts (`informacion/<id>`). */
    clave: text('clave').notNull(),
    /** The day the batch began (YYYY-MM-DD, Chile): never the time. */
    dia: text('dia').notNull(),
    /** 1 once every byte is stored. */
    completo: integer('completo').notNull().default(0),
    /** The tip it was sent with; null until then (and deleted a day later if never sent). */
    informacionId: text('informacion_id').references(() => informaciones.id, { onDelete: 'cascade' }),
    /** The tipster's later message it came with, if any (a message's id; the tip is set too). */
    mensajeId: text('mensaje_id'),
    /** Times it was attached: at most once, whatever two tips race to do. */
    adjuntado: integer('adjuntado').notNull().default(0),
  },
  (t) => [
    index('informacion_archivos_tip_idx').on(t.informacionId),
    index('informacion_archivos_sueltos_idx').on(t.dia).where(sql`${t.informacionId} is null`),
    check('informacion_archivos_adjunto_completo', sql`${t.informacionId} is null or ${t.completo} = 1`),
    check('informacion_archivos_adjunto_una_vez', sql`${t.adjuntado} <= 1`),
  ],
)
