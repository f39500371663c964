import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tfp()`: the words of the officers' permit screens, their staff chunk's counterpart of `t()`.
 * English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tfp, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
