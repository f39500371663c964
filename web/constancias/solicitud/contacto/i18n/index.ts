import { featureCatalog } from '../../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tc()`: the words of the correction of a pending request's contact, in its own chunk; English
 * and Creole load on demand, `ready` resolves once the current language is in.
 */
export const { t: tc, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
