import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/** Chile's regions, keyed by their two-digit code (`01`..`16`), kept as text so the zero stays. */
export const regiones = sqliteTable('regiones', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
})

/**
 * The 346 comunas, keyed by their código único territorial (`13101`), with one point each
 * (the main town) used for distances such as the election constancia's 200 km rule.
 */
export const comunas = sqliteTable(
  'comunas',
  {
    cut: text('cut').primaryKey(),
    name: text('name').notNull(),
    provincia: text('provincia').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regiones.code),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
  },
  (t) => [index('comunas_region_idx').on(t.regionCode)],
)

/** Police units (comisarías, subcomisarías, tenencias, retenes) where officers work and citizens go. */
export const unidades = sqliteTable(
  'unidades',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ['comisaria', 'subcomisaria', 'tenencia', 'reten', 'avanzada', 'puesto', 'prefectura'],
    }).notNull(),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    address: text('address'),
    phone: text('phone'),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [index('unidades_comuna_idx').on(t.comunaCut)],
)
