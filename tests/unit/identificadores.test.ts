import { describe, expect, it } from 'vitest'
import { formatPatente, parseImei, parsePatente, parseRit } from '../../core/identificadores.ts'
import { formatNumero } from '../../worker/denuncias/numero.ts'
import { enChile } from '../../worker/denuncias/schema.ts'

describe('identifiers as people copy them', () => {
  it('reads an IMEI as copied, and checks its last digit (Luhn)', () => {
    expect(parseImei('35-209900-176148-1')).toBe('352099001761481')
    expect(parseImei('35 209900 176148 1')).toBe('352099001761481')
    expect(parseImei('490154203237518')).toBe('490154203237518')
    for (const wrong of ['352099001761482', '35209900176148', '3520990017614810', '35209900176148a', ''])
      expect(parseImei(wrong), wrong).toBeNull()
  })

  it('reads a plate in both car formats and the motorcycles’, as printed', () => {
    expect(parsePatente('AB·12·34')).toEqual({ patente: 'AB1234', formato: 'antigua' })
    expect(parsePatente('ab-1234')).toEqual({ patente: 'AB1234', formato: 'antigua' })
    expect(parsePatente('BB·BB·12')).toEqual({ patente: 'BBBB12', formato: 'nueva' })
    expect(parsePatente('hjkl 99')).toEqual({ patente: 'HJKL99', formato: 'nueva' })
    expect(parsePatente('BBB·12')).toEqual({ patente: 'BBB12', formato: 'moto' })
  })

  it('refuses a vowel or M, N, Ñ, Q in the new format, a zero-led old number, and anything else', () => {
    for (const wrong of [
      'ABCD12',
      'BBMB12',
      'BBNB12',
      'BBQB12',
      'AB0123',
      'A1234',
      'ABC123',
      'BBBB123',
      'ÑBBB12',
      '',
    ])
      expect(parsePatente(wrong), wrong).toBeNull()
  })

  it('prints plates and numbers as they are read aloud', () => {
    expect(formatPatente('AB1234')).toBe('AB·12·34')
    expect(formatPatente('BBBB12')).toBe('BB·BB·12')
    expect(formatPatente('BBB12')).toBe('BBB·12')
    expect(formatNumero('K7PXQ2MZ9A')).toBe('K7P XQ2 MZ9A')
  })

  it('places a point in Chile: the continent, Easter Island, the Antarctic territory; not Buenos Aires', () => {
    expect(enChile(-33.45, -70.66)).toBe(true)
    expect(enChile(-27.11, -109.35)).toBe(true)
    expect(enChile(-62.2, -58.9)).toBe(true)
    expect(enChile(-34.6, -58.4)).toBe(false)
    expect(enChile(48.85, 2.35)).toBe(false)
  })

  it('reads a RIT as a court prints it: the kind of case, the number, the year', () => {
    // Family courts' contentious (C) and enforcement (Z) cases, a civil court's (C, V), a labour
    // court's (O, T, M), a juzgado de garantía's without a letter.
    expect(parseRit('C-1234-2024', 2026)).toBe('C-1234-2024')
    expect(parseRit('c 1234 2024', 2026)).toBe('C-1234-2024')
    expect(parseRit('Z-56-2023', 2026)).toBe('Z-56-2023')
    expect(parseRit('O-1520-2019', 2026)).toBe('O-1520-2019')
    expect(parseRit('T/88/2025', 2026)).toBe('T-88-2025')
    expect(parseRit('C-01234-2024', 2026)).toBe('C-1234-2024')
    expect(parseRit('1234-2024', 2026)).toBe('1234-2024')
    expect(parseRit('  v-3-2026 ', 2026)).toBe('V-3-2026')
  })

  it('refuses a RIT without its year, of a year to come or before the reformed courts, or with two letters', () => {
    for (const wrong of [
      'C-1234',
      'C-1234-24',
      'C-1234-2027',
      'C-1234-1999',
      'CC-1234-2024',
      'C-0-2024',
      'Ñ-1-2024',
      '',
    ])
      expect(parseRit(wrong, 2026), wrong).toBeNull()
  })
})
