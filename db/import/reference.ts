import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import * as v from 'valibot'
import type * as schema from '../schema/index.ts'
import { comunas, regiones } from '../schema/index.ts'
import { importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>

/** Chile's comunas with their regions and points (sources in db/reference/SOURCES.md). */
export const COMUNAS_CSV = fileURLToPath(new URL('../reference/comunas.csv', import.meta.url))

const ComunaRow = v.object({
  cut: v.pipe(v.string(), v.regex(/^\d{5}$/)),
  comuna: v.pipe(v.string(), v.minLength(1)),
  provincia: v.pipe(v.string(), v.minLength(1)),
  region: v.pipe(v.string(), v.minLength(1)),
  region_code: v.pipe(v.string(), v.regex(/^\d{2}$/)),
  lat: v.pipe(v.string(), v.toNumber(), v.minValue(-90), v.maxValue(90)),
  lon: v.pipe(v.string(), v.toNumber(), v.minValue(-180), v.maxValue(180)),
})
type ComunaRow = v.InferOutput<typeof ComunaRow>

function parseComuna(record: Record<string, string>): RowResult<ComunaRow> {
  const result = v.safeParse(ComunaRow, record)
  if (!result.success) return { ok: false, reason: result.issues.map((i) => v.getDotPath(i)).join(', ') }
  return { ok: true, value: result.output }
}

/**
 * Loads (or refreshes) the regions and comunas; safe to run at every start-up.
 *
 * @example
 * await loadReferenceData(db) // 16 regiones, 346 comunas
 */
export async function loadReferenceData(db: Db): Promise<void> {
  await importCsv({
    path: COMUNAS_CSV,
    parseRow: parseComuna,
    chunkSize: 400,
    onReject: (line, reason) => {
      throw new Error(`${COMUNAS_CSV}:${line}: ${reason}`)
    },
    writeChunk: async (rows) => {
      const regions = new Map(rows.map((row) => [row.region_code, row.region]))
      await db.batch([
        db
          .insert(regiones)
          .values([...regions].map(([code, name]) => ({ code, name })))
          .onConflictDoUpdate({ target: regiones.code, set: { name: sql`excluded.name` } }),
        db
          .insert(comunas)
          .values(
            rows.map((row) => ({
              cut: row.cut,
              name: row.comuna,
              provincia: row.provincia,
              regionCode: row.region_code,
              lat: row.lat,
              lon: row.lon,
            })),
          )
          .onConflictDoUpdate({
            target: comunas.cut,
            set: {
              name: sql`excluded.name`,
              provincia: sql`excluded.provincia`,
              regionCode: sql`excluded.region_code`,
              lat: sql`excluded.lat`,
              lon: sql`excluded.lon`,
            },
          }),
      ])
    },
  })
}
