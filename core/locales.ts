/**
 * The portal's languages, Spanish first — the one list the database's `locale` columns, the
 * server's catalogues and the browser's language switch read — and how a message's `{name}`
 * placeholders are filled, the same on both sides.
 *
 * @example
 * format('«{field}» es obligatorio.', { field: 'RUN' }) // '«RUN» es obligatorio.'
 */
export const locales = ['es', 'en', 'ht'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'es'

/** Fills `{name}` placeholders; one left unfilled stays as written. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}
