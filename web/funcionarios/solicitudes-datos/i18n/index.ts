import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tsd()`: the words of the staff screens for requests about personal data, their staff chunk's
 * counterpart of `t()`. English and Creole load on demand; `ready` resolves once the current
 * language is in.
 */
export const { t: tsd, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
