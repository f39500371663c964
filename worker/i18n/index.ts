import { apiFields } from './api-fields.ts'
import { en } from './en.ts'
import { type Catalog, es } from './es.ts'
import { ht } from './ht.ts'

export type { Catalog }

/** The portal's locales, Spanish first. */
export const locales = ['es', 'en', 'ht'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'es'

const catalogs: Record<Locale, Catalog> = { es, en, ht }

/** The catalogue of a locale. */
export function catalog(locale: Locale): Catalog {
  return catalogs[locale]
}

/**
 * Fills `{name}` placeholders.
 *
 * @example
 * format('«{field}» es obligatorio.', { field: 'RUN' }) // '«RUN» es obligatorio.'
 */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

/** The label of a form field in a locale, or the field's own name when it has none. */
export function fieldLabel(locale: Locale, field: string): string {
  const fields: Record<string, string> = { ...apiFields[locale], ...catalogs[locale].fields }
  return fields[field] ?? field
}
