import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tri()`: the words of the family reunification's landing pages (start, screener, the presunta
 * desgracia guidance). English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tri, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
