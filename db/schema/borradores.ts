import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

/**
 * A signed-in citizen's unfinished form, kept on the server so that it can be continued on
 * another device (and, on a shared device, kept nowhere else): one per account and form, its
 * answers as the form holds them (all strings). Not a submission: nothing is issued, nothing is
 * counted, and it goes when the form is sent, when the citizen discards it, or after
 * `RETENCION.borradorDias` untouched (core/retention.ts).
 */
export const borradores = sqliteTable(
  'borradores',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The form's id, one of a closed list (worker/borradores/formularios.ts). */
    formulario: text('formulario').notNull(),
    respuestas: text('respuestas', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    /**
     * Grows with every save (the save's time in ms, or one more than the last when the clock has
     * not moved): a device that remembers the version it last saw knows whether another wrote since.
     */
    version: integer('version').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.formulario] }),
    // The retention rule's scan: the oldest first.
    index('borradores_updated_idx').on(t.updatedAt),
  ],
)
