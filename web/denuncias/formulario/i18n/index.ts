import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `td()`: the words of the denuncia's form, its chunk's counterpart of `t()`. English and Creole
 * load on demand; `ready` resolves once the current language is in.
 */
export const { t: td, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
