import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tri()`: the words of the complaints' start page (a landing page: its words alone). English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tri, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
