import { archivosDeCaso, leerArchivo, respuestaDeArchivo } from '../archivos/index.ts'
import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Actor } from '../identity/actor.ts'
import type { Database } from '../ports.ts'
import { serviceContext } from '../service.ts'
import { runWrites } from '../writes.ts'
import { puedeVer } from './alcance.ts'
import { casoPorNumero, definicionDe, lecturaDelCaso } from './caso.ts'

/** Where staff download a file of a case (`GET /api/funcionarios/casos/:numero/archivos/:id`). */
export const archivoUrl = (numero: string, id: string) =>
  `/api/funcionarios/casos/${encodeURIComponent(numero)}/archivos/${encodeURIComponent(id)}`

/**
 * The files sent with a case, as staff list them: name, type, size, SHA-256 (the chain of custody
 * the receipt printed), the question each answered, and where to download it.
 *
 * @example
 * const archivos = await archivosVistos(db, caso.id, caso.numero)
 */
export async function archivosVistos(db: Database, casoId: string, numero: string) {
  const archivos = await archivosDeCaso(db, casoId)
  return archivos.map((archivo) => ({ ...archivo, url: archivoUrl(numero, archivo.id) }))
}

/**
 * A file of a case, downloaded by staff who may open the case (404 otherwise, and for a file of
 * another case): a read of the person's data, recorded for their «Quién vio mis datos» before the
 * bytes go, as the case's opening is.
 *
 * @example
 * return descargarArchivo(c, actorOf(c), numeroDe(c), c.req.param('id'))
 */
export async function descargarArchivo(c: AppContext, actor: Actor, numero: string, id: string) {
  const ctx = serviceContext(c)
  const caso = await casoPorNumero(ctx.db, numero)
  if (!caso || !puedeVer(actor, definicionDe(caso.servicio), caso)) throw new AppError('not_found')
  const found = await leerArchivo(c.var.ports, id)
  if (!found || found.archivo.casoId !== caso.id) throw new AppError('not_found')
  await runWrites(ctx, lecturaDelCaso(ctx, caso))
  return respuestaDeArchivo(c, found)
}
