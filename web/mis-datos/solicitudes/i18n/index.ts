import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/** `tso()`: the words of the requests about one's data in "Mis trámites"; others load on demand. */
export const { t: tso, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
