import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Rollups: the commanders' figures as counters, kept in the same transaction as the writes that
 * change them (worker/cifras), so a dashboard reads a few hundred rows whatever the day's volume.
 * Two grains per event: the country by hour (`comuna_cut` empty), and each comuna by day or, for
 * services counted by a scope such as an election, over the whole scope (`periodo` 0).
 */
export const cifras = sqliteTable(
  'cifras',
  {
    /** The registered service (`permisos`, `constancias_voto`…). */
    servicio: text('servicio').notNull(),
    /** What the figures are read by besides time: an election's id; empty when nothing. */
    ambito: text('ambito').notNull(),
    /** The start of the hour, of Chile's day, or 0 (the whole scope), in ms. */
    periodo: integer('periodo').notNull(),
    comunaCut: text('comuna_cut').notNull(),
    /** What happened: `emitido`, `rechazado`, `solicitada`, `validada`… */
    evento: text('evento').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.servicio, t.ambito, t.periodo, t.comunaCut, t.evento] })],
)
