import { featureCatalog } from '../../../i18n/index.ts'
import { messages, type TiposMessageKey } from './es.ts'

/**
 * `tt()`: the words of the nine constancias every one of their screens needs (names, what each is
 * for, the next step), their chunk's counterpart of `t()`. English and Creole load on demand;
 * `ready` resolves once the current language is in.
 */
export const { t: tt, ready } = featureCatalog(messages, (code) =>
  code === 'en' ? import('./en.ts') : import('./ht.ts'),
)

/**
 * A type's name in the citizen's language.
 *
 * @example
 * nombreTipo('extravio_celular') // 'Extravío de teléfono celular'
 */
export const nombreTipo = (tipo: string) => tt(`${tipo}.nombre` as TiposMessageKey)
