/**
 * The national holidays a legal term skips, read from the `feriados` table (loaded from
 * db/reference/feriados.csv at every start). A Read, so that a submission computing its due date
 * gathers it with its other reads in one batch (decision 0023). Regional holidays are left out:
 * they do not move a national office's terms (decision 0051).
 */
import { and, eq, gte, lte, sql } from 'drizzle-orm'
import { localDate } from '../core/time.ts'
import { feriados } from '../db/schema/index.ts'
import { sumarDiasCorridos } from './plazos.ts'
import type { Database } from './ports.ts'
import { preparedFor } from './prepared.ts'
import { type Read, readRows } from './reads.ts'

const queries = preparedFor((db) => ({
  nacionales: db
    .selectDistinct({ fecha: feriados.fecha })
    .from(feriados)
    .where(
      and(
        eq(feriados.ambito, 'nacional'),
        gte(feriados.fecha, sql.placeholder('desde')),
        lte(feriados.fecha, sql.placeholder('hasta')),
      ),
    )
    .prepare(),
}))

/**
 * The national holidays from `desde` to `hasta` (both `YYYY-MM-DD`, both included), as a set of days.
 *
 * @example
 * const { feriados } = await readTogether(db, { feriados: feriadosNacionalesRead(db, '2026-12-01', '2027-01-31') })
 * feriados.has('2026-12-25') // true
 */
export function feriadosNacionalesRead(db: Database, desde: string, hasta: string): Read<Set<string>> {
  return readRows(queries(db).nacionales, { desde, hasta }, (rows) => new Set(rows.map((row) => row.fecha)))
}

/**
 * Days after the day of receipt that always hold a term of 20 working days: 28 calendar days for
 * its four weeks, plus room for the most holidays that fall in any such span (five working-day
 * holidays from 18 September to 1 November at most; a month's margin).
 */
const VENTANA_DIAS = 62

/**
 * The national holidays a term starting at `recibido` can meet: from its day (in Chile) to
 * `VENTANA_DIAS` later — enough for `venceReclamo`.
 *
 * @example
 * const { feriados } = await readTogether(db, { feriados: feriadosDelPlazoRead(db, now) })
 * venceReclamo(now, feriados)
 */
export function feriadosDelPlazoRead(db: Database, recibido: Date): Read<Set<string>> {
  const desde = localDate(recibido)
  return feriadosNacionalesRead(db, desde, sumarDiasCorridos(desde, VENTANA_DIAS))
}
