import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { casos } from './casos.ts'

/**
 * Denuncias on their way to the Fiscalía: written with the officer's "enviar a la Fiscalía" in
 * one batch, delivered at least once (the Node loop, or the edge's queue), retried with a growing
 * delay until the Fiscalía answers a RUC, which moves the case to `enviada_fiscalia`. One per case
 * (the Fiscalía is idempotent by número de trámite, and so is this table).
 */
export const fiscaliaEnvios = sqliteTable(
  'fiscalia_envios',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => casos.id),
    /** The número de trámite: the Fiscalía's idempotency key. */
    numero: text('numero').notNull(),
    fiscaliaCode: text('fiscalia_code').notNull(),
    fiscaliaNombre: text('fiscalia_nombre').notNull(),
    /** What is sent, as signed; cleared once the RUC arrives (the Fiscalía has it then). */
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    /** The officer who sent it. */
    solicitadoPor: text('solicitado_por').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    lastError: text('last_error'),
    /** When the failures were alerted (once, after several). */
    alertadoAt: integer('alertado_at', { mode: 'timestamp_ms' }),
    ruc: text('ruc'),
    recibidoAt: integer('recibido_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    uniqueIndex('fiscalia_envios_caso_uq').on(t.casoId),
    uniqueIndex('fiscalia_envios_numero_uq').on(t.numero),
    index('fiscalia_envios_due_idx').on(t.nextAttemptAt).where(sql`${t.recibidoAt} is null`),
  ],
)
