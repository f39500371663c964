import { describe, expect, it } from 'vitest'
import { formatCivilDate, formatLocal } from '../../core/time.ts'
import { formatInstant } from '../../web/i18n/dates.ts'

const SANTIAGO = 'America/Santiago'

describe('dates, written one way (core/time.ts, web/i18n/dates.ts; decision 0082)', () => {
  it('writes a day dd-mm-aaaa in every language, its time on the 24-hour clock joined in the language’s words', () => {
    // 13:10 UTC is 10:10 in Santiago in December (summer time, UTC−3).
    const at = '2026-12-04T13:10:00.000Z'
    expect(formatInstant('es', at, 'dateTime', SANTIAGO)).toBe('04-12-2026 a las 10:10')
    expect(formatInstant('en', at, 'dateTime', SANTIAGO)).toBe('04-12-2026 at 10:10')
    expect(formatInstant('ht', at, 'dateTime', SANTIAGO)).toBe('04-12-2026 a 10:10')
    for (const locale of ['es', 'en', 'ht'] as const) {
      expect(formatInstant(locale, at, 'date', SANTIAGO)).toBe('04-12-2026')
      expect(formatInstant(locale, at, 'time', SANTIAGO)).toBe('10:10')
    }
    // The e-mails' and PDFs' own writing of the same instant and of a calendar date.
    expect(formatLocal(new Date(at))).toBe('04-12-2026 10:10')
    expect(formatCivilDate('2026-12-04')).toBe('04-12-2026')
    expect(formatCivilDate('2026-03')).toBe('03-2026')
  })

  it('names every day of the week in Creole, not in French', () => {
    // 6 to 12 December 2026: Sunday to Saturday.
    const days = Array.from({ length: 7 }, (_, d) =>
      formatInstant('ht', new Date(Date.UTC(2026, 11, 6 + d, 12)), 'weekday', 'UTC'),
    )
    expect(days).toEqual(['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'])
    expect(formatInstant('es', '2026-12-04T16:10:00.000Z', 'weekday', SANTIAGO)).toBe('viernes')
    expect(formatInstant('en', '2026-12-04T16:10:00.000Z', 'weekday', SANTIAGO)).toBe('Friday')
  })

  it('takes the day and the hour in the zone asked for: midnight in Santiago is the day before in UTC', () => {
    const at = '2026-01-01T02:30:00.000Z'
    expect(formatInstant('ht', at, 'dateTime', SANTIAGO)).toBe('31-12-2025 a 23:30')
    expect(formatInstant('ht', at, 'dateTime', 'UTC')).toBe('01-01-2026 a 02:30')
    expect(formatInstant('es', '2026-06-01T04:05:00.000Z', 'time', SANTIAGO)).toBe('00:05')
  })
})
