/**
 * The browser's stand-in for worker/i18n/index.ts (vite.config.ts points worker/validation.ts at
 * this file in the PWA build). The server module imports all three catalogues; here only Spanish
 * is bundled and the others are registered when their locale chunk loads, so a Spanish visitor
 * downloads no English or Creole. `fieldErrors` then runs unchanged and gives the very messages
 * the API gives.
 */
import { es } from '../../worker/i18n/es.ts'
import type { Catalog, Locale } from '../../worker/i18n/index.ts'

export type { Catalog, Locale }

export const locales = ['es', 'en', 'ht'] as const satisfies readonly Locale[]
export const defaultLocale: Locale = 'es'

const loaded: Partial<Record<Locale, Catalog>> = { es }

/** Makes a locale's server catalogue available to {@link catalog}. */
export function registerCatalog(locale: Locale, value: Catalog): void {
  loaded[locale] = value
}

/** The catalogue of a locale; Spanish until that locale's chunk has loaded (keys are identical). */
export function catalog(locale: Locale): Catalog {
  return loaded[locale] ?? es
}

/** Same as the server's `format`: fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

const extraLabels: Partial<Record<Locale, Record<string, string>>> = {}

/**
 * Labels of fields only the API names (worker/i18n/api-only.ts), brought by the lazily loaded
 * screens whose forms ask them, so their messages name the field as the server's do.
 *
 * @example
 * registerFieldLabels(apiFields)
 */
export function registerFieldLabels(labels: Partial<Record<Locale, Record<string, string>>>): void {
  for (const locale of locales) extraLabels[locale] = { ...extraLabels[locale], ...labels[locale] }
}

/** Same as the server's `fieldLabel`. */
export function fieldLabel(locale: Locale, field: string): string {
  const fields: Record<string, string> = catalog(locale).fields
  return fields[field] ?? extraLabels[locale]?.[field] ?? field
}
