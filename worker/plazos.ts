/**
 * Legal terms in working days (días hábiles): Ley 19.880, art. 25 — Saturdays, Sundays and
 * public holidays do not count (decision record of issue 18). Pure: the holidays come in as a
 * set of `YYYY-MM-DD` days (db/reference/feriados.csv, loaded like the comunas), so the same
 * rule runs in the Worker, on Node and in the browser.
 */
import { weekday } from './time.ts'

/** The calendar day after `date` (`YYYY-MM-DD`). */
function siguiente(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/**
 * Whether a day counts towards a term: neither a weekend nor a holiday.
 *
 * @example
 * esHabil('2026-12-08', new Set(['2026-12-08'])) // false: Inmaculada Concepción
 */
export function esHabil(date: string, feriados: ReadonlySet<string>): boolean {
  const dia = weekday(date)
  return dia !== 0 && dia !== 6 && !feriados.has(date)
}

/**
 * The day a term of `dias` working days ends, counted from the day after `desde` (the day
 * something was received does not count: art. 25 counts from the day after notification or
 * receipt).
 *
 * @example
 * sumarDiasHabiles('2026-12-04', 20, feriados) // '2027-01-06' (8 and 25 December, 1 January skipped)
 */
export function sumarDiasHabiles(desde: string, dias: number, feriados: ReadonlySet<string>): string {
  let dia = desde
  for (let contados = 0; contados < dias; ) {
    dia = siguiente(dia)
    if (esHabil(dia, feriados)) contados += 1
  }
  return dia
}

/**
 * Working days from `desde` (exclusive) to `hasta` (inclusive); negative when `hasta` is before
 * `desde` (an overdue term: how many working days late). What the office's queue shows as "days
 * left".
 *
 * @example
 * diasHabilesEntre('2026-12-04', '2026-12-09', feriados) // 2 (7 and 9 December; the 8th is a holiday)
 */
export function diasHabilesEntre(desde: string, hasta: string, feriados: ReadonlySet<string>): number {
  if (hasta < desde) return -diasHabilesEntre(hasta, desde, feriados)
  let contados = 0
  for (let dia = desde; dia < hasta; ) {
    dia = siguiente(dia)
    if (esHabil(dia, feriados)) contados += 1
  }
  return contados
}
