import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tdc()`: the words of the shared-device choice, their chunk's counterpart of `t()`. English and
 * Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tdc, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
