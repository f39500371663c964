/**
 * Dates and times in the visitor's language: the one place the PWA turns an instant into words.
 * Spanish and English through Intl; Haitian Creole by hand, because Chromium's Intl has no data for
 * `ht` and falls back to French ("4 décembre 2026 à 10:10"), which a Creole reader should not get.
 */
import type { Locale } from '../../worker/i18n/index.ts'
import { locale } from './index.ts'

/** The months in Creole, in its standard spelling, January first. */
const MONTHS_HT = [
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè',
  'out',
  'septanm',
  'oktòb',
  'novanm',
  'desanm',
] as const
/** The days of the week in Creole, Sunday first (as `Date#getUTCDay` counts). */
const WEEKDAYS_HT = ['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'] as const

/**
 * What to say of an instant: its day and time (`dateTime`), its day (`date`), its time of day
 * (`time`), or the name of its day of the week (`weekday`).
 */
export type DateShape = 'dateTime' | 'date' | 'time' | 'weekday'

// 24-hour clock everywhere: Spanish "p. m." would end a sentence in a double full stop.
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
const INTL: Record<DateShape, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' },
  date: { dateStyle: 'long' },
  time: TIME,
  weekday: { weekday: 'long' },
}

/** The calendar day and time of an instant in a zone, as numbers (no language involved). */
function parts(instant: Date, timeZone: string | undefined) {
  const found = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    ...TIME,
    timeZone,
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => found.find((p) => p.type === type)?.value ?? ''
  const [year, month, day] = [Number(part('year')), Number(part('month')), Number(part('day'))]
  return { year, month, day, time: `${part('hour')}:${part('minute')}` }
}

/** Creole as people write it: "4 desanm 2026 a 10:10", "4 desanm 2026", "10:10", "vandredi". */
function creole(instant: Date, shape: DateShape, timeZone: string | undefined): string {
  const { year, month, day, time } = parts(instant, timeZone)
  const date = `${day} ${MONTHS_HT[month - 1] ?? ''} ${year}`
  if (shape === 'date') return date
  if (shape === 'time') return time
  if (shape === 'weekday') return WEEKDAYS_HT[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? ''
  return `${date} a ${time}`
}

/**
 * An instant in words, in a language, in the device's time zone or `timeZone`.
 *
 * @example
 * formatInstant('ht', '2026-12-04T13:10:00Z', 'dateTime', 'America/Santiago') // '4 desanm 2026 a 10:10'
 * formatInstant('es', '2026-12-04T13:10:00Z', 'date', 'America/Santiago') // '4 de diciembre de 2026'
 */
export function formatInstant(
  locale: Locale,
  instant: string | Date,
  shape: DateShape,
  timeZone?: string,
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  if (locale === 'ht') return creole(date, shape, timeZone)
  const tag = locale === 'es' ? 'es-CL' : 'en-GB'
  return new Intl.DateTimeFormat(tag, { ...INTL[shape], timeZone }).format(date)
}

/**
 * Formats a date and time for the current language, in the device's time zone or `timeZone`
 * (every date the PWA shows goes through web/i18n/dates.ts: Creole's months are its own).
 *
 * @example
 * formatDate('2026-12-04T13:10:00.000Z', 'America/Santiago') // '4 de diciembre de 2026 a las 10:10'
 */
export function formatDate(iso: string, timeZone?: string): string {
  return formatInstant(locale(), iso, 'dateTime', timeZone)
}

/**
 * A day without its time, as `formatDate` writes it.
 *
 * @example
 * formatDay('2026-12-04T18:00:00.000Z', 'America/Santiago') // '4 de diciembre de 2026'
 */
export function formatDay(iso: string, timeZone?: string): string {
  return formatInstant(locale(), iso, 'date', timeZone)
}

/**
 * An instant's time of day on the 24-hour clock.
 *
 * @example
 * formatTime('2026-12-04T13:10:00.000Z', 'America/Santiago') // '10:10'
 */
export function formatTime(iso: string, timeZone?: string): string {
  return formatInstant(locale(), iso, 'time', timeZone)
}

/**
 * The name of an instant's day of the week, in lower case as each language writes it.
 *
 * @example
 * formatWeekday('2026-12-04T12:00:00.000Z', 'UTC') // 'viernes' ('vandredi' in Creole)
 */
export function formatWeekday(iso: string, timeZone?: string): string {
  return formatInstant(locale(), iso, 'weekday', timeZone)
}
