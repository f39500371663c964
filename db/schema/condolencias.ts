import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Libro de condolencias: messages of sympathy for officers fallen in the line of duty. */
export const condolencias = sqliteTable(
  'condolencias',
  {
    id: text('id').primaryKey(),
    nombre: text('nombre').notNull(),
    mensaje: text('mensaje').notNull(),
    receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
    /** Hidden by a moderator: kept, never shown. */
    hiddenAt: integer('hidden_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('condolencias_received_idx').on(t.receivedAt)],
)
