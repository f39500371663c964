/**
 * The browser's stand-in for worker/i18n/index.ts (vite.config.ts points worker/validation.ts at
 * this file in the PWA build). The server module imports all three catalogues; here only Spanish
 * is bundled and the others are registered when their locale chunk loads, so a Spanish visitor
 * downloads no English or Creole. `fieldErrors` then runs unchanged and gives the very messages
 * the API gives. Not in the shell: in the forms' chunk with the Spanish catalogue (vite.config.ts);
 * the shell keeps the languages, `format` and the registered catalogues (server-locales.ts).
 */
import { es } from '../../worker/i18n/es.ts'
import type { Catalog, Locale } from '../../worker/i18n/index.ts'
import { format, locales, registeredCatalog } from './server-locales.ts'

export { defaultLocale } from '../../core/locales.ts'
export { format, locales } from './server-locales.ts'
export type { Catalog, Locale }

/** The catalogue of a locale; Spanish until that locale's chunk has loaded (keys are identical). */
export function catalog(locale: Locale): Catalog {
  return registeredCatalog(locale) ?? es
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

/**
 * Labels with a repeated group's template (`testigos.*.nombre`: «Nombre del testigo {n}») written
 * out for every place in a list of up to `max` items, then registered: `fieldLabel` reads labels as
 * they are.
 *
 * @example
 * registerFieldLabelTemplates(camposDenuncia, MAX_OBJETOS)
 */
export function registerFieldLabelTemplates(
  labels: Partial<Record<Locale, Record<string, string>>>,
  max: number,
): void {
  registerFieldLabels(
    Object.fromEntries(
      Object.entries(labels).map(([locale, own]) => [
        locale,
        Object.fromEntries(
          Object.entries(own).flatMap(([key, label]): [string, string][] =>
            key.includes('*')
              ? Array.from({ length: max + 1 }, (_, i) => [
                  key.replace('*', String(i)),
                  format(label, { n: i + 1 }),
                ])
              : [[key, label]],
          ),
        ),
      ]),
    ),
  )
}

/** Same as the server's `fieldLabel`. */
export function fieldLabel(locale: Locale, field: string): string {
  const fields: Record<string, string> = catalog(locale).fields
  return fields[field] ?? extraLabels[locale]?.[field] ?? field
}
