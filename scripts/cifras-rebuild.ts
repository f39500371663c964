/**
 * `npm run cifras:rebuild`: rewrites every rollup of DATABASE_URL from its rows (worker/cifras),
 * in one transaction — after restoring a backup, or to check the counters kept with the writes.
 * Reads every counted row once: run it off the peak.
 */
import { rebuildCifras } from '../worker/cifras/recuento.ts'
import { openDatabaseForScripts } from './database.ts'

const { db, close } = await openDatabaseForScripts()
const started = performance.now()
const counters = await rebuildCifras(db)
console.log(`Cifras reconstruidas: ${counters} contadores en ${Math.round(performance.now() - started)} ms.`)
await close()
