import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/** `tav()`: the privacy notices' words; English and Creole load on demand. */
export const { t: tav, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
