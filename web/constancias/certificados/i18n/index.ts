import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tt()`: the words of the nine constancias every one of their screens needs (names, what each is
 * for, the next step), their chunk's counterpart of `t()`. English and Creole load on demand;
 * `ready` resolves once the current language is in.
 */
export const { t: tt, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
