import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tvol()`: the way back's own words (`/informacion/volver`), apart from the tip's catalogue so
 * that the start page's first visit does not carry them. English and Creole load on demand.
 */
export const { t: tvol, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
