import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tq()`: the words of an issued permit and of the permits in "Mis trámites", their chunks'
 * counterpart of `t()`. English and Creole load on demand; `ready` resolves once the current
 * language is in.
 */
export const { t: tq, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
