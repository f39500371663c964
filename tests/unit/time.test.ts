import { describe, expect, it } from 'vitest'
import {
  formatLocal,
  isoWeek,
  localDate,
  localDayWindow,
  localInstant,
  localTime,
  weekday,
} from '../../core/time.ts'

describe('civil days in America/Santiago', () => {
  it('places election day 2025 (summer time, UTC−3)', () => {
    const { start, end } = localDayWindow('2025-11-16')
    expect(start.toISOString()).toBe('2025-11-16T03:00:00.000Z')
    expect(end.toISOString()).toBe('2025-11-17T02:59:59.999Z')
    expect(formatLocal(start)).toBe('16-11-2025 00:00')
    expect(formatLocal(end)).toBe('16-11-2025 23:59')
  })

  it('places a winter day (UTC−4)', () => {
    const { start, end } = localDayWindow('2025-06-29')
    expect(start.toISOString()).toBe('2025-06-29T04:00:00.000Z')
    expect(end.toISOString()).toBe('2025-06-30T03:59:59.999Z')
  })

  it('gives the day the clocks jump forward (7 Sep 2025) its 23 hours, starting at 01:00', () => {
    const { start, end } = localDayWindow('2025-09-07')
    expect(start.toISOString()).toBe('2025-09-07T04:00:00.000Z')
    expect(formatLocal(start)).toBe('07-09-2025 01:00')
    expect(end.getTime() + 1 - start.getTime()).toBe(23 * 3600_000)
    expect(localDate(new Date(start.getTime() - 1))).toBe('2025-09-06')
  })

  it('gives the day the clocks go back (4 Apr 2026) its 25 hours', () => {
    const { start, end } = localDayWindow('2026-04-04')
    expect(start.toISOString()).toBe('2026-04-04T03:00:00.000Z')
    expect(end.getTime() + 1 - start.getTime()).toBe(25 * 3600_000)
    expect(localDate(new Date(end.getTime() + 1))).toBe('2026-04-05')
  })
})

describe('civil times and weeks', () => {
  it('places a civil time on either side of a clock change', () => {
    expect(localInstant('2026-11-23', '14:30').toISOString()).toBe('2026-11-23T17:30:00.000Z')
    expect(localInstant('2026-06-23', '14:30').toISOString()).toBe('2026-06-23T18:30:00.000Z')
    expect(localInstant('2025-09-07', '08:00').toISOString()).toBe('2025-09-07T11:00:00.000Z')
    expect(localTime(localInstant('2025-09-07', '08:00'))).toBe('08:00')
    expect(localTime(new Date('2026-11-23T17:30:00Z'))).toBe('14:30')
  })

  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek('2026-11-23')).toBe('2026-W48')
    expect(isoWeek('2026-11-29')).toBe('2026-W48')
    expect(isoWeek('2026-11-30')).toBe('2026-W49')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
    expect(weekday('2026-11-28')).toBe(6)
  })
})
