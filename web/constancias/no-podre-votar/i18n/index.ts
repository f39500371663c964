import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tg()`: the words of the guide «¿No podrá votar?», its chunk's counterpart of `t()`. English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tg, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
