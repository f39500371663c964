import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { comunas, unidades } from './territorio.ts'
import { users } from './users.ts'

/**
 * A citizen's commendation (felicitación, issue 18) of a police unit or of one of its officers.
 * The citizen's name is in the row only when they chose to show it to the unit (`firma`): what the
 * unit must not learn is not kept where the unit reads. The officer, as the citizen typed them, is
 * matched to a staff account of the unit at once when exactly one fits, else a supervisor of the
 * unit assigns it (decision 0059).
 */
export const felicitaciones = sqliteTable(
  'felicitaciones',
  {
    id: text('id').primaryKey(),
    /** The receipt's número: a document code, unique among every kind of document. */
    numero: text('numero').notNull(),
    /** The citizen who sent it: their own list, and Mis datos. Never in what staff receive. */
    userId: text('user_id').references(() => users.id),
    unidadCode: text('unidad_code')
      .notNull()
      .references(() => unidades.code),
    /** The unit's comuna, copied: the figures count by place (worker/cifras). */
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    /** The officer as the citizen named them (name, and rank as read on the uniform); null: the unit. */
    funcionarioNombre: text('funcionario_nombre'),
    funcionarioGrado: text('funcionario_grado'),
    /** The staff account the commendation reached: matched at once, or assigned by a supervisor. */
    funcionarioId: text('funcionario_id').references(() => users.id),
    asignadaAt: integer('asignada_at', { mode: 'timestamp_ms' }),
    mensaje: text('mensaje').notNull(),
    /** The citizen's name as shown to the unit, or null: not shown (the default). */
    firma: text('firma'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('felicitaciones_numero_uq').on(t.numero),
    index('felicitaciones_unidad_idx').on(t.unidadCode, t.createdAt),
    index('felicitaciones_funcionario_idx').on(t.funcionarioId, t.createdAt),
    index('felicitaciones_user_idx').on(t.userId, t.createdAt),
  ],
)
