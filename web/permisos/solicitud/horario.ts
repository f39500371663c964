import { isoWeek, localTime, weekday } from '../../../core/time.ts'
import type { TipoPermiso } from '../comun.ts'

const QUARTER = 15

const minutes = (hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  return h * 60 + m
}
const hhmm = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`

/**
 * The days a permit may start on: today (Chile's, from the server) and the `dias` that follow.
 *
 * @example
 * diasPosibles('2026-11-27', 2) // ['2026-11-27', '2026-11-28', '2026-11-29']
 */
export function diasPosibles(hoy: string, dias: number): string[] {
  const [y = 0, m = 1, d = 1] = hoy.split('-').map(Number)
  return Array.from({ length: dias + 1 }, (_, i) =>
    new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10),
  )
}

/** Whether two dates fall in the same ISO week, the week a permit's quota counts in. */
export function mismaSemana(a: string, b: string): boolean {
  return isoWeek(a) === isoWeek(b)
}

/** Saturday or Sunday: the days a comuna in transition requires a permit. */
export function esFinDeSemana(fecha: string): boolean {
  return [0, 6].includes(weekday(fecha))
}

/**
 * The quarter hours a permit of `tipo` may start at on `fecha`: within the type's hours so that it
 * ends the same day by `horaHasta`, and, today, from the next quarter hour on (Chile's time). With
 * no type chosen yet, every quarter hour of the day.
 *
 * @example
 * horasPosibles({ horaDesde: '07:00', horaHasta: '22:00', duracionMaxMin: 180 }, '2026-11-28', '2026-11-27')
 * // ['07:00', '07:15', …, '19:00']
 */
export function horasPosibles(
  tipo: Pick<TipoPermiso, 'horaDesde' | 'horaHasta' | 'duracionMaxMin'> | undefined,
  fecha: string,
  hoy: string,
  now = new Date(),
): string[] {
  const desde = tipo ? minutes(tipo.horaDesde) : 0
  const hasta = tipo ? minutes(tipo.horaHasta) - tipo.duracionMaxMin : 24 * 60 - QUARTER
  const ahora = fecha === hoy ? Math.ceil(minutes(localTime(now)) / QUARTER) * QUARTER : 0
  const first = Math.ceil(Math.max(desde, ahora) / QUARTER) * QUARTER
  const found: string[] = []
  for (let at = first; at <= hasta; at += QUARTER) found.push(hhmm(at))
  return found
}

/**
 * When a permit starting at `hora` ends, for the review page.
 *
 * @example
 * horaFin('10:00', 180) // '13:00'
 */
export function horaFin(hora: string, duracionMin: number): string {
  return hhmm(Math.min(minutes(hora) + duracionMin, 24 * 60 - 1))
}
