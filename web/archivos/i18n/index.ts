import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `ta()`: the words of the file upload component, its chunk's counterpart of `t()`. English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: ta, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
