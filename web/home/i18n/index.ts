import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `th()`: the home page's own words (the services' descriptions), in its chunk rather than the
 * shell every page downloads. English and Creole load on demand.
 */
export const { t: th, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
