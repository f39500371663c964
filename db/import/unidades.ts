import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import type * as schema from '../schema/index.ts'
import { comunas, unidades } from '../schema/index.ts'
import { type CsvImportOptions, type ImportReport, importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>
type Unidad = typeof unidades.$inferInsert
type Kind = Unidad['kind']

/** The demo police units: a comisaría in each regional capital and a few more (not real data). */
export const DEMO_UNIDADES_CSV = fileURLToPath(new URL('../reference/unidades-demo.csv', import.meta.url))

/**
 * Unit types as our CSV writes them and as the official layer "Cuarteles de Carabineros" does
 * (`TIPO_DE_UN`: COMISARIA, TENENCIA CARRETERAS, PUESTO DE CONTROL…), accents and case aside.
 */
const KINDS: Record<string, Kind> = {
  comisaria: 'comisaria',
  subcomisaria: 'subcomisaria',
  'subcomisaria carreteras': 'subcomisaria',
  tenencia: 'tenencia',
  'tenencia carreteras': 'tenencia',
  reten: 'reten',
  avanzada: 'avanzada',
  puesto: 'puesto',
  'puesto de control': 'puesto',
  'garita comunitaria': 'puesto',
  prefectura: 'prefectura',
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim()
}

function coordinate(text: string | undefined, min: number, max: number): number | null | 'bad' {
  if (text === undefined || text === '') return null
  const value = Number(text)
  return Number.isFinite(value) && value >= min && value <= max ? value : 'bad'
}

/**
 * Checks one CSV record of a police unit. Columns: `code,name,kind,comuna_cut,address,phone,lat,lon`;
 * without lat/lon the unit stands at its comuna's point.
 */
export function parseUnidad(
  record: Record<string, string>,
  comunaPoints: Map<string, { lat: number; lon: number }>,
): RowResult<Unidad> {
  const code = record.code ?? ''
  const name = record.name ?? ''
  if (code === '' || code.length > 40) return { ok: false, reason: 'code: required, at most 40 characters' }
  if (name === '' || name.length > 200) return { ok: false, reason: 'name: required, at most 200 characters' }
  const kind = KINDS[fold(record.kind ?? '')]
  if (kind === undefined) return { ok: false, reason: `kind: unknown unit type "${record.kind ?? ''}"` }
  const cut = (record.comuna_cut ?? '').padStart(5, '0')
  const point = comunaPoints.get(cut)
  if (point === undefined)
    return { ok: false, reason: `comuna_cut: unknown comuna "${record.comuna_cut ?? ''}"` }
  // Chile's territory, Easter Island and the Antarctic claim included.
  const lat = coordinate(record.lat, -90, -17)
  const lon = coordinate(record.lon, -110, -53)
  if (lat === 'bad' || lon === 'bad' || (lat === null) !== (lon === null)) {
    return { ok: false, reason: 'lat/lon: both or neither, within Chile' }
  }
  return {
    ok: true,
    value: {
      code,
      name,
      kind,
      comunaCut: cut,
      address: record.address || null,
      phone: record.phone || null,
      lat: lat ?? point.lat,
      lon: lon ?? point.lon,
      active: true,
    },
  }
}

/**
 * Imports police units from a CSV file, adding new codes and updating known ones.
 *
 * @example
 * const report = await importUnidades(db, 'cuarteles.csv', { onReject: (line, why) => console.log(line, why) })
 */
export async function importUnidades(
  db: Db,
  path: string,
  options: Pick<CsvImportOptions<Unidad>, 'onReject' | 'onProgress'> = {},
): Promise<ImportReport> {
  const rows = await db.select({ cut: comunas.cut, lat: comunas.lat, lon: comunas.lon }).from(comunas)
  const comunaPoints = new Map(rows.map((row) => [row.cut, { lat: row.lat, lon: row.lon }]))
  return importCsv({
    path,
    ...options,
    parseRow: (record) => parseUnidad(record, comunaPoints),
    writeChunk: async (chunk) => {
      await db
        .insert(unidades)
        .values(chunk)
        .onConflictDoUpdate({
          target: unidades.code,
          set: {
            name: sql`excluded.name`,
            kind: sql`excluded.kind`,
            comunaCut: sql`excluded.comuna_cut`,
            address: sql`excluded.address`,
            phone: sql`excluded.phone`,
            lat: sql`excluded.lat`,
            lon: sql`excluded.lon`,
            active: sql`excluded.active`,
          },
        })
    },
  })
}
