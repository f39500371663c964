import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Chile's public holidays (db/reference/feriados.csv, its laws in SOURCES.md), replaced from the
 * file at every start like the comunas. `ambito` is `nacional`, `region:15` or `comunas:16101 16103`:
 * only national holidays move a national office's legal terms (decision 0051). Keyed by day and
 * name: a day may hold two (2025-06-29: San Pedro y San Pablo and the primaries).
 */
export const feriados = sqliteTable(
  'feriados',
  {
    fecha: text('fecha').notNull(),
    nombre: text('nombre').notNull(),
    tipo: text('tipo', { enum: ['civil', 'religioso'] }).notNull(),
    irrenunciable: integer('irrenunciable', { mode: 'boolean' }).notNull(),
    ambito: text('ambito').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.fecha, t.nombre] }),
    index('feriados_ambito_fecha_idx').on(t.ambito, t.fecha),
  ],
)
