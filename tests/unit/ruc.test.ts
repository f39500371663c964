import { describe, expect, it } from 'vitest'
import { esRuc, formatoRuc } from '../../worker/casos/fiscalia/ruc.ts'

describe('the RUC (Rol Único de Causa)', () => {
  it('is two digits of the year, eight of the sequence, a dash and a modulo-11 check digit', () => {
    expect(formatoRuc(2026, 12345)).toBe('2600012345-4')
    expect(formatoRuc(2026, 1)).toBe('2600000001-8')
    expect(esRuc('2600012345-4')).toBe(true)
    for (let n = 1; n <= 200; n++) expect(esRuc(formatoRuc(2026, n))).toBe(true)
  })

  it('has K for a check digit of ten', () => {
    const withK = Array.from({ length: 200 }, (_, n) => formatoRuc(2025, n + 1)).find((ruc) =>
      ruc.endsWith('-K'),
    )
    expect(withK).toBeDefined()
    expect(esRuc(withK ?? '')).toBe(true)
  })

  it('refuses a wrong check digit and other shapes', () => {
    for (const text of [
      '2600012345-5',
      '2600012345',
      '260001234-4',
      '2600012345-k',
      ' 2600012345-4',
      '26000123454',
      'AB00012345-4',
    ])
      expect(esRuc(text), text).toBe(false)
  })
})
