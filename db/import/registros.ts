import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import { canonicalRun, parseRun } from '../../worker/identity/run.ts'
import type * as schema from '../schema/index.ts'
import { comunas, padronElectoral, registroCivil } from '../schema/index.ts'
import { type CsvImportOptions, type ImportReport, importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>
type Options<T> = Pick<CsvImportOptions<T>, 'onReject' | 'onProgress'>

/** Demo registry rows for the local ClaveÚnica's citizens (not real people). */
export const DEMO_PADRON_CSV = fileURLToPath(new URL('../reference/demo-padron.csv', import.meta.url))
export const DEMO_REGISTRO_CIVIL_CSV = fileURLToPath(
  new URL('../reference/demo-registro-civil.csv', import.meta.url),
)

function runOf(text: string | undefined): string | null {
  const run = parseRun(text ?? '')
  return run ? canonicalRun(run) : null
}

function isDate(text: string | undefined): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

function required(record: Record<string, string>, names: string[]): string | null {
  const missing = names.filter((name) => !record[name])
  return missing.length > 0 ? `${missing.join(', ')}: required` : null
}

type PadronRow = typeof padronElectoral.$inferInsert
type CivilRow = typeof registroCivil.$inferInsert

/**
 * Imports the electoral roll: `run,nombres,apellidos,domicilio_electoral,comuna_cut,local_votacion,mesa`.
 * A bad RUN or an unknown comuna rejects the line; a known RUN is updated.
 */
export async function importPadron(
  db: Db,
  path: string,
  options: Options<PadronRow> = {},
): Promise<ImportReport> {
  const known = new Set((await db.select({ cut: comunas.cut }).from(comunas)).map((row) => row.cut))
  return importCsv<PadronRow>({
    path,
    ...options,
    chunkSize: 1000,
    parseRow: (record): RowResult<PadronRow> => {
      const run = runOf(record.run)
      if (!run) return { ok: false, reason: `run: not a valid RUN "${record.run ?? ''}"` }
      const missing = required(record, ['nombres', 'apellidos', 'domicilio_electoral', 'local_votacion'])
      if (missing) return { ok: false, reason: missing }
      const cut = (record.comuna_cut ?? '').padStart(5, '0')
      if (!known.has(cut))
        return { ok: false, reason: `comuna_cut: unknown comuna "${record.comuna_cut ?? ''}"` }
      return {
        ok: true,
        value: {
          run,
          nombres: record.nombres ?? '',
          apellidos: record.apellidos ?? '',
          domicilioElectoral: record.domicilio_electoral ?? '',
          comunaCut: cut,
          localVotacion: record.local_votacion ?? '',
          mesa: record.mesa || null,
        },
      }
    },
    writeChunk: async (rows) => {
      await db
        .insert(padronElectoral)
        .values(rows)
        .onConflictDoUpdate({
          target: padronElectoral.run,
          set: {
            nombres: sql`excluded.nombres`,
            apellidos: sql`excluded.apellidos`,
            domicilioElectoral: sql`excluded.domicilio_electoral`,
            comunaCut: sql`excluded.comuna_cut`,
            localVotacion: sql`excluded.local_votacion`,
            mesa: sql`excluded.mesa`,
          },
        })
    },
  })
}

/**
 * Imports the civil registry: `run,nombres,apellidos,fecha_nacimiento,fecha_defuncion,serie_cedula`
 * (dates `YYYY-MM-DD`; the last two may be empty).
 */
export async function importRegistroCivil(
  db: Db,
  path: string,
  options: Options<CivilRow> = {},
): Promise<ImportReport> {
  return importCsv<CivilRow>({
    path,
    ...options,
    chunkSize: 1000,
    parseRow: (record): RowResult<CivilRow> => {
      const run = runOf(record.run)
      if (!run) return { ok: false, reason: `run: not a valid RUN "${record.run ?? ''}"` }
      const missing = required(record, ['nombres', 'apellidos'])
      if (missing) return { ok: false, reason: missing }
      if (!isDate(record.fecha_nacimiento))
        return { ok: false, reason: 'fecha_nacimiento: not a date YYYY-MM-DD' }
      if (record.fecha_defuncion && !isDate(record.fecha_defuncion)) {
        return { ok: false, reason: 'fecha_defuncion: not a date YYYY-MM-DD' }
      }
      return {
        ok: true,
        value: {
          run,
          nombres: record.nombres ?? '',
          apellidos: record.apellidos ?? '',
          fechaNacimiento: record.fecha_nacimiento,
          fechaDefuncion: record.fecha_defuncion || null,
          serieCedula: record.serie_cedula || null,
        },
      }
    },
    writeChunk: async (rows) => {
      await db
        .insert(registroCivil)
        .values(rows)
        .onConflictDoUpdate({
          target: registroCivil.run,
          set: {
            nombres: sql`excluded.nombres`,
            apellidos: sql`excluded.apellidos`,
            fechaNacimiento: sql`excluded.fecha_nacimiento`,
            fechaDefuncion: sql`excluded.fecha_defuncion`,
            serieCedula: sql`excluded.serie_cedula`,
          },
        })
    },
  })
}
