import { formatTime } from '../i18n/dates.ts'

/** Dates as the officers' screens read and write them. */

/** `2026-03-27` → `27-03-2026`, as Chilean documents write dates. */
export { formatCivilDate as fechaCorta } from '../../core/time.ts'

/** Day, month and year answers as the API's `YYYY-MM-DD` ('' when nothing was typed). */
export function isoDate(day: string, month: string, year: string): string {
  const parts = [day.trim(), month.trim(), year.trim()]
  if (parts.every((part) => part === '')) return ''
  const [d = '', m = '', y = ''] = parts
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
}

/** An instant's time of day in Chile (`14:05`), in the current language's conventions. */
export const horaChile = (iso: string) => formatTime(iso, 'America/Santiago')
