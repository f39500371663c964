import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tv()`: the words of what a rejected request still allows, in their own chunk; English and
 * Creole load on demand, `ready` resolves once the current language is in.
 */
export const { t: tv, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
