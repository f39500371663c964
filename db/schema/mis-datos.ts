import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './users.ts'

/**
 * A citizen's requests about their own data (Ley 21.719): a rectification, answered by staff
 * within the legal term, or an erasure, decided at once record by record. The number (`code`)
 * is what the citizen quotes.
 */
export const solicitudesDatos = sqliteTable(
  'solicitudes_datos',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tipo: text('tipo', { enum: ['rectificacion', 'supresion'] }).notNull(),
    /** The record concerned (`constancia_voto`, `permiso`, `cuenta`) and its id; none for an erasure. */
    registroTipo: text('registro_tipo'),
    registroId: text('registro_id'),
    /** The field to correct, as the catalog names it, and the value the citizen says is right. */
    campo: text('campo'),
    valorSolicitado: text('valor_solicitado'),
    explicacion: text('explicacion'),
    estado: text('estado', { enum: ['pendiente', 'acogida', 'rechazada', 'resuelta'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** The legal term: the answer is due by then. */
    venceAt: integer('vence_at', { mode: 'timestamp_ms' }).notNull(),
    resueltaAt: integer('resuelta_at', { mode: 'timestamp_ms' }),
    resueltaPor: text('resuelta_por'),
    /** The answer the citizen reads; for an erasure, what was erased and what was kept and why. */
    respuesta: text('respuesta', { mode: 'json' }).$type<Record<string, unknown>>(),
  },
  (t) => [
    uniqueIndex('solicitudes_datos_code_uq').on(t.code),
    index('solicitudes_datos_user_idx').on(t.userId),
    index('solicitudes_datos_estado_idx').on(t.estado, t.venceAt),
  ],
)
