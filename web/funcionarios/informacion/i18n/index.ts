import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tin()`: the words of the analysts' key screens, their staff chunk's counterpart of `t()`.
 * English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tin, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
