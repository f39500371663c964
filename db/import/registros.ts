import { fileURLToPath } from 'node:url'
import { sql } from 'drizzle-orm'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import { isIsoDate } from '../../core/iso-date.ts'
import { canonicalRun, parseRun } from '../../core/run.ts'
import type * as schema from '../schema/index.ts'
import {
  comunas,
  padronElectoral,
  registroCivil,
  registroDomicilios,
  restriccionesPenitenciarias,
  restriccionesSanitarias,
} from '../schema/index.ts'
import { type CsvImportOptions, type ImportReport, importCsv, type RowResult } from './csv.ts'

type Db = LibSQLDatabase<typeof schema>
type Options<T> = Pick<CsvImportOptions<T>, 'onReject' | 'onProgress'>

/** Demo registry rows for the local ClaveÚnica's citizens (not real people). */
export const DEMO_PADRON_CSV = fileURLToPath(new URL('../reference/demo-padron.csv', import.meta.url))
export const DEMO_REGISTRO_CIVIL_CSV = fileURLToPath(
  new URL('../reference/demo-registro-civil.csv', import.meta.url),
)
export const DEMO_DOMICILIOS_CSV = fileURLToPath(new URL('../reference/demo-domicilios.csv', import.meta.url))
export const DEMO_SANITARIO_CSV = fileURLToPath(
  new URL('../reference/demo-restricciones-sanitarias.csv', import.meta.url),
)
export const DEMO_PENITENCIARIO_CSV = fileURLToPath(
  new URL('../reference/demo-restricciones-penitenciarias.csv', import.meta.url),
)

/** What every registry line is checked for first: its RUN, its required columns, its comuna. */
interface Linea {
  /** The columns that may not be empty. */
  required: string[]
  /** The comunas a `comuna_cut` column may name, when the file has one. */
  comunas?: Set<string>
}

/**
 * Imports a registry's CSV keyed by RUN, 1,000 lines per chunk: a line with a bad RUN, an empty
 * required column or an unknown comuna is refused with its reason; the rest is `parse`'s.
 */
function importByRun<Row>(
  path: string,
  options: Options<Row>,
  linea: Linea,
  parse: (record: Record<string, string>, checked: { run: string; cut: string }) => RowResult<Row>,
  writeChunk: (rows: Row[]) => Promise<void>,
): Promise<ImportReport> {
  return importCsv<Row>({
    path,
    ...options,
    chunkSize: 1000,
    parseRow: (record): RowResult<Row> => {
      const parsed = parseRun(record.run ?? '')
      if (!parsed) return { ok: false, reason: `run: not a valid RUN "${record.run ?? ''}"` }
      const missing = linea.required.filter((name) => !record[name])
      if (missing.length > 0) return { ok: false, reason: `${missing.join(', ')}: required` }
      const cut = (record.comuna_cut ?? '').padStart(5, '0')
      if (linea.comunas && !linea.comunas.has(cut))
        return { ok: false, reason: `comuna_cut: unknown comuna "${record.comuna_cut ?? ''}"` }
      return parse(record, { run: canonicalRun(parsed), cut })
    },
    writeChunk,
  })
}

/** The comunas of the reference data, by CUT. */
async function comunasConocidas(db: Db): Promise<Set<string>> {
  return new Set((await db.select({ cut: comunas.cut }).from(comunas)).map((row) => row.cut))
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
  const known = await comunasConocidas(db)
  return importByRun<PadronRow>(
    path,
    options,
    { required: ['nombres', 'apellidos', 'domicilio_electoral', 'local_votacion'], comunas: known },
    (record, { run, cut }) => {
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
    async (rows) => {
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
  )
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
  return importByRun<CivilRow>(
    path,
    options,
    { required: ['nombres', 'apellidos'] },
    (record, { run }) => {
      if (!isIsoDate(record.fecha_nacimiento))
        return { ok: false, reason: 'fecha_nacimiento: not a date YYYY-MM-DD' }
      if (record.fecha_defuncion && !isIsoDate(record.fecha_defuncion)) {
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
    async (rows) => {
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
  )
}

type DomicilioRow = typeof registroDomicilios.$inferInsert

/**
 * Imports the address registry: `run,direccion,comuna_cut,fuente,actualizado_el` (the last known
 * address, the organ it comes from — `Registro Civil`, `Servel`, `Fonasa`… — and the day that
 * source last updated it, `YYYY-MM-DD`). A bad RUN, an unknown comuna or a bad date rejects the
 * line; a known RUN is replaced, so the newest file wins.
 */
export async function importDomicilios(
  db: Db,
  path: string,
  options: Options<DomicilioRow> = {},
): Promise<ImportReport> {
  const known = await comunasConocidas(db)
  return importByRun<DomicilioRow>(
    path,
    options,
    { required: ['direccion', 'fuente'], comunas: known },
    (record, { run, cut }) => {
      if (!isIsoDate(record.actualizado_el))
        return { ok: false, reason: 'actualizado_el: not a date YYYY-MM-DD' }
      return {
        ok: true,
        value: {
          run,
          direccion: record.direccion ?? '',
          comunaCut: cut,
          fuente: record.fuente ?? '',
          actualizadoEl: record.actualizado_el,
        },
      }
    },
    async (rows) => {
      await db
        .insert(registroDomicilios)
        .values(rows)
        .onConflictDoUpdate({
          target: registroDomicilios.run,
          set: {
            direccion: sql`excluded.direccion`,
            comunaCut: sql`excluded.comuna_cut`,
            fuente: sql`excluded.fuente`,
            actualizadoEl: sql`excluded.actualizado_el`,
          },
        })
    },
  )
}

type SanitariaRow = typeof restriccionesSanitarias.$inferInsert
const TIPOS_SANITARIOS = ['caso_confirmado', 'contacto_estrecho'] as const

/** A period's dates: both valid, the end not before the start (an empty end allowed when `open`). */
function period(record: Record<string, string>, open: boolean): string | null {
  if (!isIsoDate(record.desde)) return 'desde: not a date YYYY-MM-DD'
  if (!record.hasta && open) return null
  if (!isIsoDate(record.hasta)) return 'hasta: not a date YYYY-MM-DD'
  return record.hasta < record.desde ? 'hasta: before desde' : null
}

/**
 * Imports the health authority's restrictions: `run,tipo,desde,hasta` (`tipo` is `caso_confirmado`
 * or `contacto_estrecho`; the isolation period's dates inclusive). A known RUN and start is updated.
 */
export async function importRestriccionesSanitarias(
  db: Db,
  path: string,
  options: Options<SanitariaRow> = {},
): Promise<ImportReport> {
  return importByRun<SanitariaRow>(
    path,
    options,
    { required: [] },
    (record, { run }) => {
      const tipo = TIPOS_SANITARIOS.find((t) => t === record.tipo)
      if (!tipo) return { ok: false, reason: `tipo: not one of ${TIPOS_SANITARIOS.join(', ')}` }
      const bad = period(record, false)
      if (bad) return { ok: false, reason: bad }
      return { ok: true, value: { run, tipo, desde: record.desde ?? '', hasta: record.hasta ?? '' } }
    },
    async (rows) => {
      await db
        .insert(restriccionesSanitarias)
        .values(rows)
        .onConflictDoUpdate({
          target: [restriccionesSanitarias.run, restriccionesSanitarias.desde],
          set: { tipo: sql`excluded.tipo`, hasta: sql`excluded.hasta` },
        })
    },
  )
}

type PenitenciariaRow = typeof restriccionesPenitenciarias.$inferInsert

/**
 * Imports the prison service's movement restrictions: `run,medida,desde,hasta` (`hasta` empty:
 * open-ended). A known RUN and start is updated.
 */
export async function importRestriccionesPenitenciarias(
  db: Db,
  path: string,
  options: Options<PenitenciariaRow> = {},
): Promise<ImportReport> {
  return importByRun<PenitenciariaRow>(
    path,
    options,
    { required: ['medida'] },
    (record, { run }) => {
      const bad = period(record, true)
      if (bad) return { ok: false, reason: bad }
      return {
        ok: true,
        value: { run, medida: record.medida ?? '', desde: record.desde ?? '', hasta: record.hasta || null },
      }
    },
    async (rows) => {
      await db
        .insert(restriccionesPenitenciarias)
        .values(rows)
        .onConflictDoUpdate({
          target: [restriccionesPenitenciarias.run, restriccionesPenitenciarias.desde],
          set: { medida: sql`excluded.medida`, hasta: sql`excluded.hasta` },
        })
    },
  )
}
