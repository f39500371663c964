import { describe, expect, it } from 'vitest'
import { formatInstant } from '../../web/i18n/dates.ts'

const SANTIAGO = 'America/Santiago'

describe('dates in the visitor’s language (web/i18n/dates.ts)', () => {
  it('writes a request’s date in Creole, not in French', () => {
    // 13:10 UTC is 10:10 in Santiago in December (summer time, UTC−3).
    const at = '2026-12-04T13:10:00.000Z'
    expect(formatInstant('ht', at, 'dateTime', SANTIAGO)).toBe('4 desanm 2026 a 10:10')
    expect(formatInstant('ht', at, 'date', SANTIAGO)).toBe('4 desanm 2026')
    expect(formatInstant('ht', at, 'time', SANTIAGO)).toBe('10:10')
    expect(formatInstant('ht', at, 'weekday', SANTIAGO)).toBe('vandredi')
    for (const shape of ['dateTime', 'date', 'weekday'] as const) {
      expect(formatInstant('ht', at, shape, SANTIAGO)).not.toMatch(/décembre|vendredi|à/)
    }
  })

  it('names every month and every day of the week in Creole', () => {
    const months = Array.from({ length: 12 }, (_, m) =>
      formatInstant('ht', new Date(Date.UTC(2026, m, 15, 12)), 'date', 'UTC'),
    )
    expect(months).toEqual([
      '15 janvye 2026',
      '15 fevriye 2026',
      '15 mas 2026',
      '15 avril 2026',
      '15 me 2026',
      '15 jen 2026',
      '15 jiyè 2026',
      '15 out 2026',
      '15 septanm 2026',
      '15 oktòb 2026',
      '15 novanm 2026',
      '15 desanm 2026',
    ])
    // 6 to 12 December 2026: Sunday to Saturday.
    const days = Array.from({ length: 7 }, (_, d) =>
      formatInstant('ht', new Date(Date.UTC(2026, 11, 6 + d, 12)), 'weekday', 'UTC'),
    )
    expect(days).toEqual(['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'])
  })

  it('takes the day and the hour in the zone asked for: midnight in Santiago is the day before in UTC', () => {
    const at = '2026-01-01T02:30:00.000Z'
    expect(formatInstant('ht', at, 'dateTime', SANTIAGO)).toBe('31 desanm 2025 a 23:30')
    expect(formatInstant('ht', at, 'dateTime', 'UTC')).toBe('1 janvye 2026 a 02:30')
    expect(formatInstant('ht', '2026-06-01T04:05:00.000Z', 'time', SANTIAGO)).toBe('00:05')
  })

  it('keeps Spanish and English as Intl writes them (its joining words vary by ICU version), on the 24-hour clock', () => {
    const at = '2026-12-04T16:10:00.000Z'
    expect(formatInstant('es', at, 'dateTime', SANTIAGO)).toMatch(/^4 de diciembre de 2026\D+13:10$/)
    expect(formatInstant('es', at, 'date', SANTIAGO)).toBe('4 de diciembre de 2026')
    expect(formatInstant('es', at, 'weekday', SANTIAGO)).toBe('viernes')
    expect(formatInstant('en', at, 'dateTime', SANTIAGO)).toMatch(/^4 December 2026\D+13:10$/)
    expect(formatInstant('en', at, 'time', SANTIAGO)).toBe('13:10')
  })
})
