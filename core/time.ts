/** Civil time in a time zone, from the runtime's own time-zone data (Intl), on Node and Workers alike. */

export const CHILE_TZ = 'America/Santiago'

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>()

/** Recent answers of partsAt: the same instants come back (an election's window, in every e-mail). */
const recentParts = new Map<string, ReturnType<typeof computeParts>>()

function partsAt(instant: number, timeZone: string) {
  const key = `${timeZone} ${instant}`
  let parts = recentParts.get(key)
  if (!parts) {
    if (recentParts.size >= 512) recentParts.clear()
    parts = computeParts(instant, timeZone)
    recentParts.set(key, parts)
  }
  return parts
}

function computeParts(instant: number, timeZone: string) {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  const parts = formatter.formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  }
}

/** The offset of a zone from UTC at an instant, in ms (Santiago in summer: −3 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsAt(instant, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUtc - Math.floor(instant / 1000) * 1000
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @example
 * localDate(new Date('2025-11-17T02:59:59Z')) // '2025-11-16' in Santiago
 */
export function localDate(instant: Date, timeZone = CHILE_TZ): string {
  const p = partsAt(instant.getTime(), timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/**
 * The first instant of a calendar date in a zone. Where the day starts with a jump (Chile moves its
 * clocks at midnight, so some days begin at 01:00), it is the first instant that exists.
 *
 * @example
 * startOfLocalDay('2025-11-16') // 2025-11-16T03:00:00.000Z
 */
export function startOfLocalDay(date: string, timeZone = CHILE_TZ): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const naive = Date.UTC(y, m - 1, d)
  const candidates = [naive - 12 * 3600_000, naive + 12 * 3600_000]
    .map((probe) => naive - offsetAt(probe, timeZone))
    .filter((instant) => localDate(new Date(instant), timeZone) === date)
  const start = Math.min(...candidates)
  if (!Number.isFinite(start)) throw new Error(`cannot place ${date} in ${timeZone}`)
  return new Date(start)
}

/**
 * The whole of a calendar date in a zone: from its first instant to its last millisecond.
 *
 * @example
 * localDayWindow('2025-11-16') // { start: 03:00Z on the 16th, end: 02:59:59.999Z on the 17th }
 */
export function localDayWindow(date: string, timeZone = CHILE_TZ): { start: Date; end: Date } {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
  return {
    start: startOfLocalDay(date, timeZone),
    end: new Date(startOfLocalDay(next, timeZone).getTime() - 1),
  }
}

/**
 * A calendar date (`YYYY-MM-DD`, or a month `YYYY-MM`) as Chilean documents write it,
 * `dd-mm-aaaa`: the one way the portal writes a date, on screen, in e-mails and in PDFs
 * (decision 0082).
 *
 * @example
 * formatCivilDate('2025-11-16') // '16-11-2025'
 * formatCivilDate('2026-03') // '03-2026'
 */
export function formatCivilDate(date: string): string {
  return date.slice(0, 10).split('-').reverse().join('-')
}

/**
 * The calendar day of an instant in a zone, `dd-mm-aaaa`.
 *
 * @example
 * formatLocalDay(new Date('2025-11-17T02:59:59Z')) // '16-11-2025' in Santiago
 */
export function formatLocalDay(instant: Date, timeZone = CHILE_TZ): string {
  return formatCivilDate(localDate(instant, timeZone))
}

/**
 * An instant as Chileans read it, for messages: `16-11-2025 00:00`.
 *
 * @example
 * formatLocal(new Date('2025-11-16T03:00:00Z')) // '16-11-2025 00:00'
 */
export function formatLocal(instant: Date, timeZone = CHILE_TZ): string {
  return `${formatLocalDay(instant, timeZone)} ${localTime(instant, timeZone)}`
}

/**
 * The instant of a civil date and time in a zone (`'2026-11-23', '14:30'`). A time that does not
 * exist (skipped by a clock change) is read as the same time in the offset before the change.
 *
 * @example
 * localInstant('2026-11-23', '14:30') // 2026-11-23T17:30:00.000Z (Santiago in summer, −3 h)
 */
export function localInstant(date: string, time: string, timeZone = CHILE_TZ): Date {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const [h = 0, min = 0] = time.split(':').map(Number)
  const naive = Date.UTC(y, m - 1, d, h, min)
  const guess = naive - offsetAt(naive, timeZone)
  return new Date(naive - offsetAt(guess, timeZone))
}

/**
 * The civil time of an instant in a zone, `HH:MM`.
 *
 * @example
 * localTime(new Date('2026-11-23T17:30:00Z')) // '14:30'
 */
export function localTime(instant: Date, timeZone = CHILE_TZ): string {
  const p = partsAt(instant.getTime(), timeZone)
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

/**
 * The ISO 8601 week of a calendar date (weeks start on Monday; week 1 holds the first Thursday).
 *
 * @example
 * isoWeek('2026-11-23') // '2026-W48'
 */
export function isoWeek(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  const day = new Date(Date.UTC(y, m - 1, d))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/** The day of the week of a calendar date: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}
