import { format, type Locale, locales } from '../../core/locales.ts'
import type { Catalog } from '../../worker/i18n/index.ts'

/*
 * What the shell needs of the server's catalogues: their languages, how a message's `{name}`
 * placeholders are filled, and the English and Creole catalogues once their language's chunk has
 * loaded. The Spanish one (worker/i18n/es.ts, 1.2 kB gz) is not here: it travels with
 * web/i18n/server-catalog.ts in the forms' chunk (vite.config.ts), so a page without a form —
 * the home page, "Mis datos", an issued constancia — does not download the API's messages.
 */

// The languages and `format` are core's (the server's too); the shell reads them from here.
export { format, locales }

const loaded: Partial<Record<Locale, Catalog>> = {}

/**
 * Makes a locale's server catalogue available to server-catalog.ts's `catalog`: the language
 * switch registers English's or Creole's when it loads their chunk.
 *
 * @example
 * registerCatalog('en', chunk.server)
 */
export function registerCatalog(locale: Locale, value: Catalog): void {
  loaded[locale] = value
}

/**
 * A locale's server catalogue if its chunk has loaded (never Spanish's: see server-catalog.ts).
 *
 * @example
 * registeredCatalog('en')?.validation.required
 */
export function registeredCatalog(locale: Locale): Catalog | undefined {
  return loaded[locale]
}
