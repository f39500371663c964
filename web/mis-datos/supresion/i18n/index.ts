import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/** `tsu()`: the words of the erasure; English and Creole load on demand. */
export const { t: tsu, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
