import { defaultLocale, format, type Locale, locales } from '../../core/locales.ts'
import { camposCertificado, validacionCertificado } from '../certificados/palabras.ts'
import { camposDenuncia, validacionDenuncia } from '../denuncias/palabras.ts'
import { camposFelicitacion, validacionFelicitacion } from '../felicitaciones/palabras.ts'
import { camposReclamo, validacionReclamo } from '../reclamos/palabras.ts'
import { camposReencuentro, validacionReencuentro } from '../reencuentro/palabras.ts'
import { apiErrors, apiFields, apiValidation } from './api-only.ts'
import { en } from './en.ts'
import { type Catalog, es } from './es.ts'
import { ht } from './ht.ts'

export type { Catalog }

// The locales and `format` are core's; exported here too because this module's interface is what
// the browser's stand-in (web/i18n/server-catalog.ts) mirrors in the PWA build.
export { defaultLocale, format, type Locale, locales }

/** The server's words: the shared catalogue and the API-only ones (api-only.ts), merged once. */
const serverCatalog = (locale: Locale, shared: Catalog) => ({
  errors: { ...shared.errors, ...apiErrors[locale] },
  validation: {
    ...shared.validation,
    ...apiValidation[locale],
    ...validacionDenuncia[locale],
    ...validacionReclamo[locale],
    ...validacionReencuentro[locale],
    ...validacionCertificado[locale],
    ...validacionFelicitacion[locale],
  },
  fields: {
    ...apiFields[locale],
    ...camposDenuncia[locale],
    ...camposReclamo[locale],
    ...camposReencuentro[locale],
    ...camposCertificado[locale],
    ...camposFelicitacion[locale],
    ...shared.fields,
  },
})
export type ServerCatalog = ReturnType<typeof serverCatalog>

const catalogs: Record<Locale, ServerCatalog> = {
  es: serverCatalog('es', es),
  en: serverCatalog('en', en),
  ht: serverCatalog('ht', ht),
}

/** The catalogue of a locale, API-only words included. */
export function catalog(locale: Locale): ServerCatalog {
  return catalogs[locale]
}

/**
 * The label of a form field in a locale, or the field's own name when it has none. A field of a
 * repeated group (`objetos.0.imei`) is labelled by its group's template (`objetos.*.imei`: «IMEI
 * del objeto {n}»), counting from one.
 *
 * @example
 * fieldLabel('es', 'objetos.1.imei') // 'IMEI del objeto 2'
 */
export function fieldLabel(locale: Locale, field: string): string {
  const fields: Record<string, string> = catalogs[locale].fields
  // Own labels only: a body may name a field `__proto__` or `toString`.
  if (Object.hasOwn(fields, field)) return fields[field] ?? field
  const index = /\.(\d+)(?=\.|$)/.exec(field)
  const group = index ? field.replace(index[0], '.*') : ''
  return index && Object.hasOwn(fields, group)
    ? format(fields[group] ?? field, { n: Number(index[1]) + 1 })
    : field
}
