/**
 * `npm run import -- <kind> <file.csv>`: streams a CSV into the database with a progress bar, and
 * writes the rejected lines with their reasons to `<file>.rejected.txt`.
 *
 *   npm run import -- unidades cuarteles.csv
 *   npm run import -- jurisdiccion jurisdiccion.csv   (comuna_cut,unidad_code,fiscalia_code,fiscalia_nombre)
 *   npm run import -- vehiculos-robados encargos.csv   (patente,fecha,comuna_cut,denuncia,vigente)
 *   npm run import -- domicilios domicilios.csv   (run,direccion,comuna_cut,fuente,actualizado_el)
 *
 * DATABASE_URL selects the database (default the embedded file under data/); a Turso URL works
 * too, with TURSO_AUTH_TOKEN.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import cliProgress from 'cli-progress'
import { importJurisdiccion } from '../db/import/jurisdiccion.ts'
import {
  importDomicilios,
  importPadron,
  importRegistroCivil,
  importRestriccionesPenitenciarias,
  importRestriccionesSanitarias,
} from '../db/import/registros.ts'
import { importUnidades } from '../db/import/unidades.ts'
import { importVehiculosRobados } from '../db/import/vehiculos.ts'
import { auditLog } from '../db/schema/index.ts'
import { openDatabaseForScripts } from './database.ts'

const importers = {
  unidades: importUnidades,
  padron: importPadron,
  'registro-civil': importRegistroCivil,
  sanitario: importRestriccionesSanitarias,
  penitenciario: importRestriccionesPenitenciarias,
  jurisdiccion: importJurisdiccion,
  'vehiculos-robados': importVehiculosRobados,
  domicilios: importDomicilios,
} as const
type Kind = keyof typeof importers

const { positionals } = parseArgs({ allowPositionals: true })
const [kind, file] = positionals
if (!(kind && file && kind in importers)) {
  console.error(`usage: npm run import -- <${Object.keys(importers).join('|')}> <file.csv>`)
  process.exit(2)
}

await mkdir('data', { recursive: true })
const { db, close } = await openDatabaseForScripts()
const reportPath = `${file}.rejected.txt`
let report: WriteStream | undefined
const bar = new cliProgress.SingleBar(
  { format: '{bar} {percentage}% | {rows} filas | {eta_formatted}', hideCursor: true, noTTYOutput: true },
  cliProgress.Presets.shades_classic,
)
bar.start(100, 0, { rows: 0 })
const started = Date.now()
const result = await importers[kind as Kind](db, file, {
  onReject: (line, reason) => {
    report ??= createWriteStream(reportPath)
    report.write(`línea ${line}: ${reason}\n`)
  },
  onProgress: ({ bytes, totalBytes, rows }) => bar.update(Math.floor((bytes / totalBytes) * 100), { rows }),
})
bar.stop()
report?.end()
await db.insert(auditLog).values({
  id: crypto.randomUUID(),
  at: new Date(),
  actorKind: 'system',
  action:
    kind === 'unidades'
      ? 'reference.units_imported'
      : kind === 'jurisdiccion'
        ? 'reference.jurisdiccion_imported'
        : 'registry.imported',
  subjectType: 'file',
  subjectId: `${kind}:${file}`,
  detail: { ...result },
})
const seconds = (Date.now() - started) / 1000
console.log(`${result.imported} importadas, ${result.rejected} rechazadas en ${seconds.toFixed(1)} s`)
if (result.rejected > 0) console.log(`Líneas rechazadas y motivo: ${reportPath}`)
await close()
