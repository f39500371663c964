import { desc, type SQL } from 'drizzle-orm'
import { memoriales } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import type { MemorialResumen } from './schema.ts'

/** What names a memorial in every list and page: its slug, name, rank, unit and date. */
export type CabeceraMemorial = Pick<MemorialResumen, 'slug' | 'nombre' | 'grado' | 'unidad' | 'fecha'>

/**
 * A memorial's row as its heading.
 *
 * @example
 * ({ ...cabeceraMemorial(row), texto: row.texto })
 */
export function cabeceraMemorial(row: typeof memoriales.$inferSelect): CabeceraMemorial {
  return { slug: row.slug, nombre: row.nombre, grado: row.grado, unidad: row.unidad, fecha: row.fecha }
}

/**
 * The memorials (those `where` keeps, else all), newest `fecha` first, then newest created.
 *
 * @example
 * const rows = await memorialesPorFecha(db, eq(memoriales.publicado, true))
 */
export function memorialesPorFecha(db: Database, where?: SQL) {
  return db.select().from(memoriales).where(where).orderBy(desc(memoriales.fecha), desc(memoriales.createdAt))
}
