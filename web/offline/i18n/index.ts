import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tw()`: the words of the outbox's waits on a sign-in, their chunk's counterpart of `t()`.
 * English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tw, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
