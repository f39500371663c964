import { type Adjuntables, adjuntarArchivos } from '../archivos/index.ts'
import { signDocument } from '../documents/signing.ts'
import type { SigningKeys } from '../ports.ts'
import { abrirCaso, type NuevoCaso } from './abrir.ts'

/**
 * What a citizen's submission of a case does first, whatever the service: the case opened
 * (`abrirCaso`), the evidence it names attached to it in the same batch (or the submission refused
 * naming `archivos`), and the signed payload its receipt's QR carries — which says only that the
 * document exists, when, and (through /verificar) its state: its holder has the receipt, whoever
 * scans it learns nothing of the person.
 *
 * @example
 * const { caso, adjunto, archivos, token } = await recibirCaso(nuevo, ctx, loaded.archivos, keys, 'denuncia')
 */
export async function recibirCaso(
  nuevo: NuevoCaso,
  ctx: { cifras: boolean },
  archivosLeidos: Adjuntables,
  keys: SigningKeys,
  documento: string,
) {
  const caso = abrirCaso(nuevo, ctx)
  const adjunto = adjuntarArchivos(archivosLeidos, caso.id, nuevo.userId, { ahora: nuevo.at })
  const archivos = adjunto.archivos.map(({ id, nombre, sha256 }) => ({ id, nombre, sha256 }))
  const token = await signDocument(keys, {
    t: documento,
    c: nuevo.numero,
    n: '',
    r: '',
    i: Math.floor(nuevo.at.getTime() / 1000),
  })
  return { caso, adjunto, archivos, token }
}
