import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/** `tco()`: the words of "Pedir una corrección"; English and Creole load on demand. */
export const { t: tco, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
