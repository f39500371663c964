import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { comunas, unidades } from './territorio.ts'

/**
 * Which police unit has jurisdiction over each comuna, and which Fiscalía Regional of the
 * Ministerio Público receives that unit's denuncias: where a case is proposed to be derived
 * (worker/casos/jurisdiccion.ts). Imported from a CSV (`npm run import -- jurisdiccion file.csv`;
 * the demo's, db/reference/jurisdiccion-demo.csv, covers every comuna) and edited by
 * administrators one comuna at a time.
 */
export const jurisdiccion = sqliteTable('jurisdiccion', {
  comunaCut: text('comuna_cut')
    .primaryKey()
    .references(() => comunas.cut),
  unidadCode: text('unidad_code')
    .notNull()
    .references(() => unidades.code),
  /** Our code of the Fiscalía Regional (`FR-05`, `FR-13-CN`): the Ministerio Público publishes none. */
  fiscaliaCode: text('fiscalia_code').notNull(),
  fiscaliaNombre: text('fiscalia_nombre').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  /** The administrator who last changed the row; null when an import wrote it (a demo reload keeps edited rows). */
  updatedBy: text('updated_by'),
})
