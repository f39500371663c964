import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tr()`: the words of the complaint's form and its page. English and Creole load on demand;
 * `ready` resolves once the current language is in.
 */
export const { t: tr, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
