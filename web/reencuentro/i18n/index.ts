import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tre()`: the words of the family reunification's form and its request's page.
 */
export const { t: tre, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
