import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tcaso()`: the words of a citizen's case, for every service with cases. English and Creole load on
 * demand; `ready` resolves once the current language is in.
 */
export const { t: tcaso, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
