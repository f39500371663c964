import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `trc()`: the words of the staff screens for complaints, their staff chunk's counterpart of `t()`.
 * English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: trc, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
