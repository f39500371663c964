import { featureCatalog } from '../../../../i18n/index.ts'
import { type FormularioMessageKey, messages } from './es.ts'

/**
 * `tf()`: the words of the constancias' form, its chunk's counterpart of `t()`. English and Creole
 * load on demand; `ready` resolves once the current language is in.
 */
export const { t: tf, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)

/**
 * Whether the catalogue has a word: a question's own label or hint, by type and field, where
 * there may be none (then the form uses `campo.<id>`, or no hint). The other languages have the
 * same keys (tests/e2e/i18n.test.ts).
 *
 * @example
 * tiene('extravio_celular.imei.hint') // true
 */
export function tiene(key: string): key is FormularioMessageKey {
  return Object.hasOwn(messages, key)
}
