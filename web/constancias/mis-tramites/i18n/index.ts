import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tv()`: the words of the citizen's constancias in “Mis trámites”, in its own chunk; English and Creole load on demand,
 * `ready` resolves once the current language is in.
 */
export const { t: tv, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
