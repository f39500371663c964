import { FelicitacionInput, MENSAJE_MAX } from '../../worker/felicitaciones/schema.ts'
import { createDraft } from '../offline/draft.ts'

export { FelicitacionInput, MENSAJE_MAX }

export const SERVICE_ID = 'felicitaciones'

/** The answers as the draft keeps them: text only; `mostrarNombre` is `si` or `no` (the default). */
export const draft = createDraft(SERVICE_ID, {
  unidadCode: '',
  funcionarioNombre: '',
  funcionarioGrado: '',
  mensaje: '',
  mostrarNombre: 'no',
})
export type Respuestas = ReturnType<typeof draft.values>

/**
 * The answers as the API takes them: an officer's name or rank left blank is left out (the
 * commendation is then the unit's), the choice a boolean.
 *
 * @example
 * aEntrada({ unidadCode: 'X', funcionarioNombre: '', funcionarioGrado: '', mensaje: '…', mostrarNombre: 'no' })
 */
export function aEntrada(values: Respuestas): Record<string, unknown> {
  const nombre = values.funcionarioNombre.trim()
  return {
    unidadCode: values.unidadCode,
    ...(nombre ? { funcionarioNombre: values.funcionarioNombre } : {}),
    ...(nombre && values.funcionarioGrado.trim() ? { funcionarioGrado: values.funcionarioGrado } : {}),
    mensaje: values.mensaje,
    mostrarNombre: values.mostrarNombre === 'si',
  }
}
