// Apart from core/time.ts and worker/text.ts: a form that checks a date need not load Chile's clock,
// and one that checks none need not load this.
import * as v from 'valibot'

/**
 * Whether a text is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isIsoDate('2026-02-30') // false
 */
export function isIsoDate(text: string | undefined): text is string {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text)
}

/**
 * A day as a form sends it: `YYYY-MM-DD`, a real one (not 30 February), trimmed; empty is missing.
 *
 * @example
 * const FaseInput = v.strictObject({ desde: isoDate() })
 */
export function isoDate() {
  return v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.check((text) => isIsoDate(text), 'invalid_date'),
  )
}
