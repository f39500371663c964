/*
 * A failed call of the way back in the page's words: the one sentence for a key the server does
 * not know (whatever the reason: never a tip's, or one not yet stored at the edge), the one for no
 * connection, or the server's own problems naming their fields.
 */
import type { FieldError } from '../../worker/errors.ts'
import { tvol } from './volver-i18n/index.ts'

/** A failure as volver.ts returns it. */
export type Fallo =
  | { ok: false; motivo: 'noEncontrada' | 'red' }
  | { ok: false; motivo: 'problemas'; problemas: FieldError[] }

/**
 * The problems to show, on the field the call came from.
 *
 * @example
 * setErrores(problemasDe({ ok: false, motivo: 'noEncontrada' }, 'clave'))
 */
export function problemasDe(r: Fallo, campo: string): FieldError[] {
  if (r.motivo === 'problemas') return r.problemas
  const clave = r.motivo === 'noEncontrada' ? 'vol.error.noEncontrada' : 'vol.error.red'
  return [{ field: campo, message: tvol(clave) }]
}
