/**
 * `npm run db:migrate`: prepares the database of DATABASE_URL exactly as the embedded default
 * prepares its own at start-up (worker/prepare-database.ts): the committed migrations, the regions and
 * comunas, the elections of record and the initial permit types — how a Turso database is made
 * ready before `wrangler deploy`, since the Worker loads nothing itself. `DEMO_DATA=1` adds the
 * demo data (units, registries, an election today, restriction phases), never in production.
 */
import { prepareDatabase } from '../worker/prepare-database.ts'
import { openDatabaseForScripts } from './database.ts'

const demo = process.env.DEMO_DATA === '1' || process.env.DEMO_DATA === 'true'
const { db, close } = await openDatabaseForScripts()
await prepareDatabase(db, { now: new Date(), demo })
console.log(
  demo
    ? 'Migraciones aplicadas; datos de referencia y de demostración cargados.'
    : 'Migraciones aplicadas y datos de referencia cargados.',
)
await close()
