import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `ts()`: the words of the permit request (form, review, waiting, refusal), its chunks' counterpart
 * of `t()`. English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: ts, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
