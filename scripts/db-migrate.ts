/**
 * `npm run db:migrate`: applies the committed migrations and loads the reference data (regions,
 * comunas) and the initial permit types into the database of DATABASE_URL — how a Turso database is prepared before
 * `wrangler deploy`. The embedded default does this by itself at start-up.
 */
import { loadReferenceData } from '../db/import/reference.ts'
import { migrateDatabase } from '../db/migrate.ts'
import { loadPermisoRules } from '../worker/permisos/reglas.ts'
import { openDatabaseForScripts } from './database.ts'

const { db, close } = await openDatabaseForScripts()
await migrateDatabase(db)
await loadReferenceData(db)
await loadPermisoRules(db, new Date(), false)
console.log('Migraciones aplicadas y datos de referencia cargados.')
await close()
