import { featureCatalog } from '../../../i18n/index.ts'
import { messages } from './es.ts'

/** A key of these screens' words. */
export type FcKey = keyof typeof messages

/**
 * `tfc()`: the words of the staff's condolence-book screens, their staff chunk's counterpart of
 * `t()`. English and Creole load on demand; `ready` resolves once the current language is in.
 */
export const { t: tfc, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
