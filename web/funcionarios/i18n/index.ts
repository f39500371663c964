import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `ts()`: the officers' screens' own words, the staff chunk's counterpart of `t()`. English and
 * Creole load on demand into assets/staff/; `ready` resolves once the current language is in.
 */
export const { t: ts, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
