import { createDraft, type Draft } from '../../../offline/draft.ts'
import { TIPOS, type TipoCertificado, type Valores, vacio } from './respuestas.ts'

const borradores = new Map<TipoCertificado, Draft<Valores>>()

/**
 * The one draft of a type's form (the offline kit: IndexedDB, saved on every keystroke; on the
 * account when the server keeps it), made the first time a page of that type asks for it.
 *
 * @example
 * const draft = borrador('extravio_celular')
 */
export function borrador(tipo: TipoCertificado): Draft<Valores> {
  const found = borradores.get(tipo)
  if (found) return found
  const draft = createDraft<Valores>(`certificados-${tipo}`, vacio(TIPOS[tipo]), { prefilled: ['run'] })
  borradores.set(tipo, draft)
  return draft
}
