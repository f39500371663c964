import { featureCatalog } from '../../i18n/index.ts'
import { messages } from './es.ts'

/**
 * `tm()`: the words of "Mis datos" and of what its screens share (records, fields, states,
 * reasons, purposes), its chunk's counterpart of `t()`. English and Creole load on demand;
 * `ready` resolves once the current language is in.
 */
export const { t: tm, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)
