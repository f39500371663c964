/**
 * Dates and times in the visitor's language: the one place the PWA turns an instant into words.
 */
import type { Locale } from '../../worker/i18n/index.ts'
import { locale } from './index.ts'

/** The days of the week in Creole, Sunday first (as `Date#getUTCDay` counts). */
const WEEKDAYS_HT = ['dimanch', 'lendi', 'madi', 'mèkredi', 'jedi', 'vandredi', 'samdi'] as const

/** What joins a day and its time of day: "16-11-2025 a las 00:00". */
const AT: Record<Locale, string> = { es: 'a las', en: 'at', ht: 'a' }

/**
 * What to say of an instant: its day and time (`dateTime`), its day (`date`), its time of day
 * (`time`), or the name of its day of the week (`weekday`).
 */
export type DateShape = 'dateTime' | 'date' | 'time' | 'weekday'

/**
 * The calendar day (`dd-mm-aaaa`), time (`HH:MM`) and day of the week of an instant in a zone.
 * core/time.ts's parts written again on purpose: a page that shows an instant would otherwise load
 * core/time's calendar arithmetic (0.8 kB gzip) for a few lines, over the first-visit budget.
 */
function parts(instant: Date, timeZone: string | undefined) {
  const found = new Intl.DateTimeFormat('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) => found.find((p) => p.type === type)?.value ?? ''
  const [year, month, day] = [part('year'), part('month'), part('day')]
  return {
    date: `${day}-${month}-${year}`,
    time: `${part('hour')}:${part('minute')}`,
    weekday: new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay(),
  }
}

/**
 * An instant in words, in a language, in the device's time zone or `timeZone`. Days are written
 * `dd-mm-aaaa` in every language, as Chilean documents and the portal's e-mails and PDFs write
 * them (core/time.ts's `formatLocal`, decision 0082); times on the 24-hour clock.
 *
 * @example
 * formatInstant('es', '2026-12-04T13:10:00Z', 'dateTime', 'America/Santiago') // '04-12-2026 a las 10:10'
 * formatInstant('ht', '2026-12-04T13:10:00Z', 'weekday', 'America/Santiago') // 'vandredi'
 */
export function formatInstant(
  locale: Locale,
  instant: string | Date,
  shape: DateShape,
  timeZone?: string,
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const p = parts(date, timeZone)
  if (shape === 'date') return p.date
  if (shape === 'time') return p.time
  if (shape === 'dateTime') return `${p.date} ${AT[locale]} ${p.time}`
  // Chromium's Intl has no Creole and would answer in French.
  if (locale === 'ht') return WEEKDAYS_HT[p.weekday] ?? ''
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-CL' : 'en-GB', { weekday: 'long', timeZone }).format(
    date,
  )
}

/**
 * Formats a date and time for the current language, in the device's time zone or `timeZone`
 * (every date the PWA shows goes through web/i18n/dates.ts: Creole's months are its own).
 *
 * @example
 * formatDate('2026-12-04T13:10:00.000Z', 'America/Santiago') // '04-12-2026 a las 10:10'
 */
export function formatDate(iso: string, timeZone?: string): string {
  return formatInstant(locale(), iso, 'dateTime', timeZone)
}

/**
 * A day without its time, as `formatDate` writes it.
 *
 * @example
 * formatDay('2026-12-04T18:00:00.000Z', 'America/Santiago') // '04-12-2026'
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
