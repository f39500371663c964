import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { diasHabilesEntre, esHabil, sumarDiasHabiles } from '../../worker/plazos.ts'

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
