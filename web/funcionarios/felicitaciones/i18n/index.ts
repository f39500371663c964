import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tff()`: the words of the officers' commendation screens, their staff chunk's counterpart of
 * `t()`. English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tff, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
