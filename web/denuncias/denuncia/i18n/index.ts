import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tn()`: the words of a denuncia's own pages and of its list in "Mis trámites". English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tn, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
