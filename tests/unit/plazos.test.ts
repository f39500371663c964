import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import {
  diasHabilesEntre,
  diasRestantes,
  esHabil,
  REAPERTURA_DIAS_CORRIDOS,
  sumarDiasCorridos,
  sumarDiasHabiles,
  venceReclamo,
} from '../../worker/plazos.ts'

/** The national holidays of the reference file (regional ones do not move a national office's term). */
const FERIADOS = new Set(
  readFileSync(new URL('../../db/reference/feriados.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((cols) => cols[4] === 'nacional')
    .map((cols) => cols[0] ?? ''),
)

describe('working days (Ley 19.880, art. 25)', () => {
  it('skips weekends and the reference file’s holidays', () => {
    expect(esHabil('2026-12-07', FERIADOS)).toBe(true) // Monday
    expect(esHabil('2026-12-05', FERIADOS)).toBe(false) // Saturday
    expect(esHabil('2026-12-08', FERIADOS)).toBe(false) // Inmaculada Concepción, a Tuesday
    expect(esHabil('2027-06-28', FERIADOS)).toBe(false) // San Pedro y San Pablo moved to Monday
  })

  it('ends a 20-working-day term across Christmas and New Year', () => {
    // Received Friday 4 December 2026: counted from Monday 7; 8 and 25 December and 1 January skipped.
    expect(sumarDiasHabiles('2026-12-04', 20, FERIADOS)).toBe('2027-01-06')
    // Received on a Saturday: the first working day counted is Monday.
    expect(sumarDiasHabiles('2026-12-05', 1, FERIADOS)).toBe('2026-12-07')
    expect(sumarDiasHabiles('2026-12-07', 1, FERIADOS)).toBe('2026-12-09')
  })

  it('counts the working days left, negative once overdue', () => {
    expect(diasHabilesEntre('2026-12-04', '2026-12-09', FERIADOS)).toBe(2)
    expect(diasHabilesEntre('2026-12-09', '2026-12-09', FERIADOS)).toBe(0)
    expect(diasHabilesEntre('2026-12-11', '2026-12-09', FERIADOS)).toBe(-2)
  })
})

describe('a complaint’s due date and days left (decision 0051)', () => {
  it('ends at the close of the 20th working day in Chile, across Christmas and New Year', () => {
    // Friday 4 December 2026, noon in Santiago: due Wednesday 6 January 2027, 23:59:59.999 (−3 h).
    const vence = venceReclamo(new Date('2026-12-04T15:00:00Z'), FERIADOS)
    expect(vence.toISOString()).toBe('2027-01-07T02:59:59.999Z')
    // Received on Christmas Eve: counted from Monday 28 December, 1 January skipped.
    expect(venceReclamo(new Date('2026-12-24T15:00:00Z'), FERIADOS).toISOString()).toBe(
      '2027-01-26T02:59:59.999Z',
    )
  })

  it('counts a Saturday’s complaint from Monday: due the same day as Friday’s', () => {
    const viernes = venceReclamo(new Date('2026-12-04T15:00:00Z'), FERIADOS)
    const sabado = venceReclamo(new Date('2026-12-05T15:00:00Z'), FERIADOS)
    expect(sabado).toEqual(viernes)
  })

  it('takes the day of receipt in Chile, not in UTC, across the clock changes', () => {
    // Thursday 3 September 2026, 23:30 in Santiago (−4 h) is already Friday in UTC. Counted from
    // Friday 4 (18 September skipped): Friday 2 October, which ends at −3 h (summer time from 6 Sep).
    expect(venceReclamo(new Date('2026-09-04T03:30:00Z'), FERIADOS).toISOString()).toBe(
      '2026-10-03T02:59:59.999Z',
    )
    // Half an hour later it is Friday in Santiago too: counted from Monday 7, due Monday 5 October.
    expect(venceReclamo(new Date('2026-09-04T04:00:00Z'), FERIADOS).toISOString()).toBe(
      '2026-10-06T02:59:59.999Z',
    )
    // Thursday 12 March 2026, 23:30 (−3 h): Good Friday skipped, due Friday 10 April, after the
    // clocks went back (−4 h on 5 April).
    expect(venceReclamo(new Date('2026-03-13T02:30:00Z'), FERIADOS).toISOString()).toBe(
      '2026-04-11T03:59:59.999Z',
    )
  })

  it('shows the working days left, 0 on the due day, negative once overdue', () => {
    const recibido = new Date('2026-12-04T15:00:00Z')
    const vence = venceReclamo(recibido, FERIADOS)
    expect(diasRestantes(vence, recibido, FERIADOS)).toBe(20)
    expect(diasRestantes(vence, new Date('2027-01-04T15:00:00Z'), FERIADOS)).toBe(2) // the supervisor's e-mail
    expect(diasRestantes(vence, new Date('2027-01-07T02:59:00Z'), FERIADOS)).toBe(0) // 23:59 on the due day
    expect(diasRestantes(vence, new Date('2027-01-07T03:00:00Z'), FERIADOS)).toBe(-1) // midnight: overdue
    expect(diasRestantes(vence, new Date('2027-01-08T15:00:00Z'), FERIADOS)).toBe(-2)
  })

  it('reads a term that ran out on a Friday as overdue on the weekend', () => {
    // Received Wednesday 9 December 2026: due Friday 8 January 2027.
    const vence = venceReclamo(new Date('2026-12-09T15:00:00Z'), FERIADOS)
    expect(localDate(vence)).toBe('2027-01-08')
    expect(diasRestantes(vence, new Date('2027-01-09T15:00:00Z'), FERIADOS)).toBe(-1) // Saturday
    expect(diasRestantes(vence, new Date('2027-01-11T15:00:00Z'), FERIADOS)).toBe(-1) // Monday
    expect(diasRestantes(vence, new Date('2027-01-12T15:00:00Z'), FERIADOS)).toBe(-2) // Tuesday
  })

  it('counts the reopening window in calendar days', () => {
    expect(sumarDiasCorridos('2026-12-25', REAPERTURA_DIAS_CORRIDOS)).toBe('2027-01-24')
  })
})
