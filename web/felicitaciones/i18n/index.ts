import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tf()`: the commendation's own words, its chunk's counterpart of `t()`. English and Creole
 * load on demand; `ready` resolves once the current language is in.
 */
export const { t: tf, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
