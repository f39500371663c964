import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import { parsePatente } from '../../core/identificadores.ts'
import { isIsoDate } from '../../core/iso-date.ts'
import type * as schema from '../schema/index.ts'
import { comunas, registroVehiculosRobados } from '../schema/index.ts'
import { type CsvImportOptions, type ImportReport, importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>
type Row = typeof registroVehiculosRobados.$inferInsert

/** Demo theft reports (invented plates, not real vehicles) for the vehicles desk's analysts. */
export const DEMO_VEHICULOS_ROBADOS_CSV = fileURLToPath(
  new URL('../reference/demo-vehiculos-robados.csv', import.meta.url),
)

/**
 * Imports the stolen-vehicle registry: `patente,fecha,comuna_cut,denuncia,vigente` — the plate as
 * printed (`AB·12·34`, `BBBB-12`; stored canonical), the report's day `YYYY-MM-DD`, the comuna's
 * code, the report's number (may be empty), and `si`/`no` (a recovered vehicle's report is no
 * longer in force). A bad plate, date, comuna or flag rejects the line; a known plate and day is updated.
 *
 * @example
 * await importVehiculosRobados(db, 'encargos.csv') // { rows, rejected, … }
 */
export async function importVehiculosRobados(
  db: Db,
  path: string,
  options: Pick<CsvImportOptions<Row>, 'onReject' | 'onProgress'> = {},
): Promise<ImportReport> {
  const known = new Set((await db.select({ cut: comunas.cut }).from(comunas)).map((row) => row.cut))
  return importCsv<Row>({
    path,
    ...options,
    chunkSize: 1000,
    parseRow: (record): RowResult<Row> => {
      const patente = parsePatente(record.patente ?? '')
      if (!patente) return { ok: false, reason: `patente: not a Chilean plate "${record.patente ?? ''}"` }
      if (!isIsoDate(record.fecha)) return { ok: false, reason: 'fecha: not a date YYYY-MM-DD' }
      const cut = (record.comuna_cut ?? '').padStart(5, '0')
      if (!known.has(cut))
        return { ok: false, reason: `comuna_cut: unknown comuna "${record.comuna_cut ?? ''}"` }
      const vigente = { si: true, no: false }[record.vigente ?? '']
      if (vigente === undefined) return { ok: false, reason: 'vigente: not si or no' }
      return {
        ok: true,
        value: {
          patente: patente.patente,
          fecha: record.fecha,
          comunaCut: cut,
          denuncia: record.denuncia || null,
          vigente,
        },
      }
    },
    writeChunk: async (rows) => {
      await db
        .insert(registroVehiculosRobados)
        .values(rows)
        .onConflictDoUpdate({
          target: [registroVehiculosRobados.patente, registroVehiculosRobados.fecha],
          set: {
            comunaCut: sql`excluded.comuna_cut`,
            denuncia: sql`excluded.denuncia`,
            vigente: sql`excluded.vigente`,
          },
        })
    },
  })
}
