import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tfe()`: the words of the family reunification's staff screens. English and Creole load on
 * demand; `ready` resolves once the current language is in.
 */
export const { t: tfe, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
