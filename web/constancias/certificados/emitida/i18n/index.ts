import { featureCatalog } from '../../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `te()`: the words of an issued constancia's page and of Mis trámites' constancias. English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: te, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
