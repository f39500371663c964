/**
 * Legal terms in working days (días hábiles): Ley 19.880, art. 25 — Saturdays, Sundays and
 * public holidays do not count (decision record of issue 18). Pure: the holidays come in as a
 * set of `YYYY-MM-DD` days (db/reference/feriados.csv, loaded like the comunas), so the same
 * rule runs in the Worker, on Node and in the browser.
 */
import { localDate, localDayWindow, weekday } from '../core/time.ts'

/**
 * The calendar day `dias` days after `date` (`YYYY-MM-DD`; calendar days, días corridos).
 *
 * @example
 * sumarDiasCorridos('2026-12-25', 30) // '2027-01-24'
 */
export function sumarDiasCorridos(date: string, dias: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + dias)).toISOString().slice(0, 10)
}

function siguiente(date: string): string {
  return sumarDiasCorridos(date, 1)
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

/** A complaint's answer term in working days (Ley 19.880, art. 24; decision 0051). */
export const PLAZO_RECLAMO_DIAS_HABILES = 20

/** The office's supervisor is e-mailed when this many working days are left (decision 0051). */
export const AVISO_SUPERVISOR_DIAS_HABILES = 2

/** An answered complaint can be reopened once within this many calendar days (decision 0051). */
export const REAPERTURA_DIAS_CORRIDOS = 30

/**
 * When a complaint received at `recibido` must be answered: the last millisecond, in Chile, of
 * the 20th working day after the day it was received there (a complaint sent at 23:30 on a
 * Monday in Santiago counts from Tuesday even though it is already Tuesday in UTC). `feriados`
 * are the national holidays only (decision 0051).
 *
 * @example
 * venceReclamo(new Date('2026-12-04T15:00:00Z'), feriados) // 2027-01-07T02:59:59.999Z (end of 6 Jan in Santiago)
 */
export function venceReclamo(recibido: Date, feriados: ReadonlySet<string>): Date {
  return localDayWindow(sumarDiasHabiles(localDate(recibido), PLAZO_RECLAMO_DIAS_HABILES, feriados)).end
}

/**
 * What the office's queue shows: working days left until `vence` (0 on the due day itself),
 * or, once `vence` has passed, how many working days late as a negative number — never less
 * late than −1, so a term that ran out on a Friday reads as overdue on the Saturday.
 *
 * @example
 * diasRestantes(venceReclamo(recibido, feriados), new Date('2026-12-04T15:00:00Z'), feriados) // 20
 */
export function diasRestantes(vence: Date, now: Date, feriados: ReadonlySet<string>): number {
  const dias = diasHabilesEntre(localDate(now), localDate(vence), feriados)
  if (now.getTime() > vence.getTime()) return Math.min(dias, -1)
  return dias
}
