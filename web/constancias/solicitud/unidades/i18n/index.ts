import { featureCatalog } from '../../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tu()`: the words of the search for the nearest police units, in its own chunk with the search
 * itself; English and Creole load on demand, `ready` resolves once the current language is in.
 */
export const { t: tu, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
