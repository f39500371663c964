import { once } from 'node:events'
import { createWriteStream, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDigit } from '../../core/run.ts'
import { loadReferenceData } from '../../db/import/reference.ts'
import { importPadron } from '../../db/import/registros.ts'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'

/** SERVEL's 2025 roll: what one import has to get through. */
export const REAL_ROLL = 15_779_102

/**
 * Writes a roll of `rows` synthetic voters as CSV, imports it into a fresh database through the
 * same streaming importer as `npm run import -- padron`, and reports rows/s and peak memory.
 */
export async function benchRollImport(rows: number) {
  const dir = mkdtempSync(join(tmpdir(), 'cv-roll-'))
  const csv = join(dir, 'padron.csv')
  const out = createWriteStream(csv)
  out.write('run,nombres,apellidos,domicilio_electoral,comuna_cut,local_votacion,mesa\n')
  for (let i = 0; i < rows; i += 1) {
    const numero = 5_000_000 + i
    const line = `${numero}-${checkDigit(numero)},Nombre ${i},Apellido Apellido,Calle ${i % 997} #${i % 3000},13101,Escuela ${i % 500},${i % 80}\n`
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  const { client, db } = await openFileDatabase(`file:${join(dir, 'roll.db')}`)
  await migrateDatabase(db)
  await loadReferenceData(db)
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const started = performance.now()
  const report = await importPadron(db, csv)
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  await client.close()
  return { ...report, seconds, rowsPerSecond: report.imported / seconds, peakRssMb: peak / 2 ** 20 }
}
