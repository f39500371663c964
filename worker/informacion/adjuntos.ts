import { AppError } from '../errors.ts'
import type { Database } from '../ports.ts'
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

/** A tip's file as the desk's tip read lists it (its bytes come from H2's audited download). */
export interface ArchivoDeTip {
  id: string
  bytes: number
  completo: boolean
}

/**
 * The files of a tip and of its messages, for the desk's tip read. H2's uploads table replaces
 * this body at merge; until then a tip has none.
 *
 * @example
 * const archivos = await archivosDeTip(db, tipId) // [{ id, bytes, completo }]
 */
export async function archivosDeTip(_db: Database, _tipId: string): Promise<ArchivoDeTip[]> {
  return []
}
