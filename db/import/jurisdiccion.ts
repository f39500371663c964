import { fileURLToPath } from 'node:url'
import { isNull, sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import type * as schema from '../schema/index.ts'
import { comunas, jurisdiccion, unidades } from '../schema/index.ts'
import { type CsvImportOptions, type ImportReport, importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>
type Fila = typeof jurisdiccion.$inferInsert

/**
 * The demo jurisdiction: every comuna to a demo unit of its province (in Santiago's, of its
 * Fiscalía's zone) and to its Fiscalía Regional; not real data (db/reference/SOURCES.md).
 */
export const DEMO_JURISDICCION_CSV = fileURLToPath(
  new URL('../reference/jurisdiccion-demo.csv', import.meta.url),
)

/**
 * Checks one CSV record of the jurisdiction table. Columns:
 * `comuna_cut,unidad_code,fiscalia_code,fiscalia_nombre`; the comuna and the unit must exist.
 */
export function parseJurisdiccion(
  record: Record<string, string>,
  known: { comunas: Set<string>; unidades: Set<string> },
  now: Date,
): RowResult<Fila> {
  const cut = (record.comuna_cut ?? '').padStart(5, '0')
  if (!known.comunas.has(cut))
    return { ok: false, reason: `comuna_cut: unknown comuna "${record.comuna_cut ?? ''}"` }
  const unidad = record.unidad_code ?? ''
  if (!known.unidades.has(unidad)) return { ok: false, reason: `unidad_code: unknown unit "${unidad}"` }
  const code = record.fiscalia_code ?? ''
  const nombre = record.fiscalia_nombre ?? ''
  if (!/^[A-Z0-9-]{1,20}$/.test(code))
    return { ok: false, reason: 'fiscalia_code: 1 to 20 of A-Z, 0-9 and -' }
  if (nombre === '' || nombre.length > 200)
    return { ok: false, reason: 'fiscalia_nombre: required, at most 200 characters' }
  return {
    ok: true,
    value: { comunaCut: cut, unidadCode: unidad, fiscaliaCode: code, fiscaliaNombre: nombre, updatedAt: now },
  }
}

/**
 * Imports the jurisdiction table from a CSV file, one row per comuna. An operator's import
 * (`npm run import -- jurisdiccion file.csv`) replaces every comuna it lists; the demo's, loaded
 * at every start-up, leaves alone the comunas an administrator changed (`keepEdited`).
 *
 * @example
 * const report = await importJurisdiccion(db, 'jurisdiccion.csv', { onReject: (line, why) => console.log(line, why) })
 */
export async function importJurisdiccion(
  db: Db,
  path: string,
  options: Pick<CsvImportOptions<Fila>, 'onReject' | 'onProgress'> & { keepEdited?: boolean } = {},
): Promise<ImportReport> {
  const [cuts, codes] = await Promise.all([
    db.select({ cut: comunas.cut }).from(comunas),
    db.select({ code: unidades.code }).from(unidades),
  ])
  const known = { comunas: new Set(cuts.map((c) => c.cut)), unidades: new Set(codes.map((u) => u.code)) }
  const now = new Date()
  const { keepEdited, ...report } = options
  return importCsv({
    path,
    ...report,
    parseRow: (record) => parseJurisdiccion(record, known, now),
    writeChunk: async (chunk) => {
      await db
        .insert(jurisdiccion)
        .values(chunk)
        .onConflictDoUpdate({
          target: jurisdiccion.comunaCut,
          set: {
            unidadCode: sql`excluded.unidad_code`,
            fiscaliaCode: sql`excluded.fiscalia_code`,
            fiscaliaNombre: sql`excluded.fiscalia_nombre`,
            updatedAt: sql`excluded.updated_at`,
            updatedBy: null,
          },
          ...(keepEdited ? { setWhere: isNull(jurisdiccion.updatedBy) } : {}),
        })
    },
  })
}
