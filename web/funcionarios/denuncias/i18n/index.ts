import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tdn()`: the words of the staff screens for denuncias, their staff chunk's counterpart of `t()`.
 * English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tdn, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
