import { loadDemoData } from '../db/import/demo.ts'
import { loadReferenceData } from '../db/import/reference.ts'
import { migrateDatabase } from '../db/migrate.ts'
import { rebuildCifrasIfMissing } from './cifras/recuento.ts'
import { loadElecciones } from './elecciones/service.ts'
import { loadMesas } from './informacion/mesas.ts'
import { loadPermisoRules } from './permisos/reglas.ts'
import type { Database } from './ports.ts'

/**
 * Everything a database holds before the portal serves from it: the migrations, Chile's regions
 * and comunas, the elections of record, the initial permit types and
 * información anónima's three desks (without keys); with `demo`, also the demo
 * police units and registries, an election held on `now`'s day and the demo restriction phases.
 * One function for both runtimes, so that they serve the same data: the embedded default runs it
 * at every start-up, `npm run db:migrate` before a Turso-backed deploy (the Worker loads nothing
 * itself). Safe to run again: rows an administrator changed are kept. `migrate: false` for a
 * database shared by several servers, which an operator migrates once (decision 0021).
 *
 * @example
 * await prepareDatabase(db, { now: new Date(), demo: false })
 */
export async function prepareDatabase(
  db: Database,
  options: { now: Date; demo: boolean; migrate?: boolean },
): Promise<void> {
  if (options.migrate !== false) await migrateDatabase(db)
  await loadReferenceData(db)
  await loadMesas(db)
  if (options.demo) await loadDemoData(db)
  await loadElecciones(db, options.now, options.demo)
  await loadPermisoRules(db, options.now, options.demo)
  // A database from before the rollups: its figures, counted once from its rows.
  await rebuildCifrasIfMissing(db)
}
