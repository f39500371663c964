import { informacionMesas } from '../../db/schema/index.ts'
import type { Database } from '../ports.ts'
import type { Mesa } from './schema.ts'

/**
 * The Carabineros unit behind each desk (issue 17, point 1): OS-7 investigates drug trafficking,
 * the SEBV (Sección de Encargo y Búsqueda de Vehículos) stolen vehicles, OS-9 criminal
 * organisations. The starting names; administrators may edit the rows.
 */
export const UNIDAD_DE_MESA: Record<Mesa, string> = {
  drogas: 'OS-7 (Drogas)',
  vehiculos: 'SEBV (Encargo y Búsqueda de Vehículos)',
  crimen_organizado: 'OS-9 (Crimen organizado)',
}

/**
 * The three desks, each without a key (decision 0044, 10: a key made here would have been seen
 * by whoever ran this; a desk gets its first key from its first analyst's browser). Safe to run
 * again: a desk already there, with its key version and an edited unit name, is left as it is.
 *
 * @example
 * await loadMesas(db)
 */
export async function loadMesas(db: Database): Promise<void> {
  await db
    .insert(informacionMesas)
    .values(Object.entries(UNIDAD_DE_MESA).map(([id, unidad]) => ({ id, unidad, claveVersion: null })))
    .onConflictDoNothing()
}
