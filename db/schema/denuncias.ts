import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import type { CampoObjeto, DetalleId } from '../../core/denuncias/tipos.ts'
import { TIPOS_DENUNCIA } from '../../core/denuncias/tipos.ts'
import { casos } from './casos.ts'
import { columnasRecibo, columnasSolicitante } from './solicitante.ts'
import { comunas } from './territorio.ts'

/** What a report says beyond its columns: the things, the offence's own details, the people named. */
export interface RespuestasDenuncia {
  objetos: Partial<Record<CampoObjeto, string | number>>[]
  detalles: Partial<Record<DetalleId, string | number>>
  sospechosos: { descripcion: string; nombre?: string }[]
  testigos: { nombre: string; contacto?: string }[]
  /** The evidence's ids, names and SHA-256 (worker/archivos), as the receipt printed them. */
  archivos: { id: string; nombre: string; sha256: string }[]
}

/**
 * A citizen's report of an offence (a denuncia), as it was sent: keyed by its case (db/schema/casos.ts:
 * the number, the state and its history live there). Who made it is copied from the account at the
 * time, with how the identity was proven: staff must see a self-declared identity as such.
 */
export const denuncias = sqliteTable(
  'denuncias',
  {
    casoId: text('caso_id')
      .primaryKey()
      .references(() => casos.id),
    tipo: text('tipo', { enum: TIPOS_DENUNCIA }).notNull(),
    respuestas: text('respuestas', { mode: 'json' }).$type<RespuestasDenuncia>().notNull(),
    /** When it happened, or the span it happened in (`hecho_hasta` null: the exact time is known). */
    hechoDesde: integer('hecho_desde', { mode: 'timestamp_ms' }).notNull(),
    hechoHasta: integer('hecho_hasta', { mode: 'timestamp_ms' }),
    comunaCut: text('comuna_cut')
      .notNull()
      .references(() => comunas.cut),
    lugar: text('lugar').notNull(),
    lat: real('lat'),
    lon: real('lon'),
    relato: text('relato').notNull(),
    ...columnasSolicitante(),
    /** The complainant's home comuna: it decides the unit and the Fiscalía. */
    comunaDomicilio: text('comuna_domicilio')
      .notNull()
      .references(() => comunas.cut),
    ...columnasRecibo(),
  },
  (t) => [
    // A citizen's earlier reports of the same offence around a day: the duplicate warning.
    index('denuncias_run_tipo_idx').on(t.run, t.tipo, t.hechoDesde),
  ],
)

/**
 * What makes two reports likely the same fact, whoever made them (issue 15, point 6): each report's
 * keys, written with it — `imei:<15 digits>`, `patente:<plate as printed, no separators>`,
 * `serie:<serial, letters and digits>`, `lugar:<comuna>:<UTC hour>` for each hour its time touches
 * (worker/denuncias/claves.ts). Two reports share a key: an index lookup, not a read of every
 * report's answers. A place key carries the report's point, if it picked one, to tell two points
 * of one comuna apart.
 */
export const denunciasClaves = sqliteTable(
  'denuncias_claves',
  {
    casoId: text('caso_id')
      .notNull()
      .references(() => denuncias.casoId),
    clave: text('clave').notNull(),
    /** The report's point, on its place keys only. */
    lat: real('lat'),
    lon: real('lon'),
    /** Metres per degree of longitude at `lat`: the distance to another point by arithmetic alone. */
    escalaLon: real('escala_lon'),
  },
  (t) => [
    primaryKey({ columns: [t.casoId, t.clave] }),
    // The other reports that share a key.
    index('denuncias_claves_clave_idx').on(t.clave, t.casoId),
  ],
)
