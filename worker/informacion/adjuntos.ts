import { AppError } from '../errors.ts'
import type { Statement } from '../writes.ts'

/**
 * The step that attaches a tipster's uploaded files to their message, in the message's batch.
 * H2's anonymous uploads (`POST /api/informacion/archivos`) bring the function that does it —
 * every file complete, never attached before — and replace this body at merge. Until then a
 * message that names files is refused naming `archivos`, so that no file is acknowledged and lost.
 *
 * @example
 * const writes = adjuntarAlMensaje(input.archivos, mensajeId) // [] for a message without files
 */
export function adjuntarAlMensaje(archivos: readonly string[] | undefined, _mensajeId: string): Statement[] {
  if (!archivos || archivos.length === 0) return []
  throw new AppError('validation_failed', { fields: [{ field: 'archivos', key: 'archivo_ajeno' }] })
}
