import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import * as v from 'valibot'
import type * as schema from '../schema/index.ts'
import { comunas, feriados, regiones } from '../schema/index.ts'
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

/** Chile's public holidays 2025–2027, national and regional (laws and sources in SOURCES.md). */
export const FERIADOS_CSV = fileURLToPath(new URL('../reference/feriados.csv', import.meta.url))

const FeriadoRow = v.object({
  fecha: v.pipe(v.string(), v.isoDate()),
  nombre: v.pipe(v.string(), v.minLength(1)),
  tipo: v.picklist(['civil', 'religioso']),
  irrenunciable: v.pipe(
    v.picklist(['si', 'no']),
    v.transform((value) => value === 'si'),
  ),
  ambito: v.pipe(v.string(), v.regex(/^(nacional|region:\d{2}|comunas:\d{5}( \d{5})*)$/)),
})

/** A CSV row checked against `schema`, or the fields that failed. */
function parser<S extends v.GenericSchema>(
  schema: S,
): (record: Record<string, string>) => RowResult<v.InferOutput<S>> {
  return (record) => {
    const result = v.safeParse(schema, record)
    if (!result.success) return { ok: false, reason: result.issues.map((i) => v.getDotPath(i)).join(', ') }
    return { ok: true, value: result.output }
  }
}

function rejectLine(path: string): (line: number, reason: string) => never {
  return (line, reason) => {
    throw new Error(`${path}:${line}: ${reason}`)
  }
}

/**
 * Loads (or refreshes) the regions, comunas and public holidays; safe to run at every start-up.
 *
 * @example
 * await loadReferenceData(db) // 16 regiones, 346 comunas, 57 feriados
 */
export async function loadReferenceData(db: Db): Promise<void> {
  await loadComunas(db)
  await loadFeriados(db, FERIADOS_CSV)
}

async function loadComunas(db: Db): Promise<void> {
  await importCsv<v.InferOutput<typeof ComunaRow>>({
    path: COMUNAS_CSV,
    parseRow: parser(ComunaRow),
    chunkSize: 400,
    onReject: rejectLine(COMUNAS_CSV),
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

/**
 * Replaces the holidays with the file's, in one transaction: a holiday removed from the file
 * (a moved election day) goes, a corrected name is the new one, and a reader sees the old list
 * or the new, never none. The whole file is read before anything is written, so a bad line
 * changes nothing, and a file with no rows (truncated) is refused rather than emptying the table.
 *
 * @example
 * await loadFeriados(db, FERIADOS_CSV) // 57 rows
 */
export async function loadFeriados(db: Db, path: string): Promise<void> {
  const rows: v.InferOutput<typeof FeriadoRow>[] = []
  await importCsv<v.InferOutput<typeof FeriadoRow>>({
    path,
    parseRow: parser(FeriadoRow),
    onReject: rejectLine(path),
    writeChunk: async (chunk) => {
      rows.push(...chunk)
    },
  })
  if (rows.length === 0) throw new Error(`${path}: no holidays`)
  await db.batch([db.delete(feriados), db.insert(feriados).values(rows)])
}
