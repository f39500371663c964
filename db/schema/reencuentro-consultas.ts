import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { REGISTROS_CONSULTABLES } from '../../core/reencuentro/tipos.ts'
import { casos } from './casos.ts'
import { users } from './users.ts'

/**
 * Every registry look-up the reencuentro team made for a family search: which registry, the RUN
 * asked, the reason the officer gave, who and when, and a summary of the answer. Staff-only: the
 * case page lists them; the requester never sees them (the audit log holds the same look-up).
 */
export const reencuentroConsultas = sqliteTable(
  'reencuentro_consultas',
  {
    id: text('id').primaryKey(),
    casoId: text('caso_id')
      .notNull()
      .references(() => casos.id),
    registro: text('registro', { enum: REGISTROS_CONSULTABLES }).notNull(),
    /** The RUN looked up, canonical (`12345678-5`); null once the case's clock ran out. */
    run: text('run'),
    motivo: text('motivo'),
    funcionarioId: text('funcionario_id')
      .notNull()
      .references(() => users.id),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    /**
     * What the registry answered, in a few words (`no_encontrado`, `vivo`, `fallecido`,
     * `domicilio`): the answer itself is not kept, the registry is asked again when needed.
     */
    resultado: text('resultado', { enum: ['no_encontrado', 'vivo', 'fallecido', 'domicilio'] }).notNull(),
  },
  (t) => [index('reencuentro_consultas_caso_idx').on(t.casoId, t.at)],
)
