import { and, asc, eq, isNotNull } from 'drizzle-orm'
import { archivos } from '../../db/schema/index.ts'
import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import type { Database, Ports } from '../ports.ts'
import { leerPartes } from './partes.ts'
import type { TipoArchivo } from './tipo.ts'

/** A whole file sent with a case, as staff list it and the receipt prints it. */
export interface ArchivoDeCaso {
  id: string
  nombre: string
  tipo: TipoArchivo
  bytes: number
  /** Hex SHA-256, computed from the stored bytes when the last part arrived. */
  sha256: string
  /** The staff question it answered; null when sent with the request itself. */
  preguntaId: string | null
  completadoAt: string
}

type Whole = Pick<
  typeof archivos.$inferSelect,
  'id' | 'nombre' | 'tipo' | 'bytes' | 'sha256' | 'preguntaId' | 'completadoAt'
>

function deCaso(row: Whole): ArchivoDeCaso {
  return {
    id: row.id,
    nombre: row.nombre,
    tipo: row.tipo as TipoArchivo,
    bytes: row.bytes,
    sha256: row.sha256 ?? '',
    preguntaId: row.preguntaId,
    completadoAt: (row.completadoAt ?? new Date(0)).toISOString(),
  }
}

/**
 * The files sent with a case, oldest first (the request's, then each answer's). For the case's
 * routes, which authorise the reader and audit the read themselves.
 *
 * @example
 * const evidencia = await archivosDeCaso(db, caso.id)
 */
export async function archivosDeCaso(db: Database, casoId: string): Promise<ArchivoDeCaso[]> {
  const rows = await db
    .select()
    .from(archivos)
    .where(and(eq(archivos.casoId, casoId), isNotNull(archivos.completadoAt)))
    .orderBy(asc(archivos.completadoAt), asc(archivos.id))
  return rows.map(deCaso)
}

/**
 * A whole file and its bytes, streamed from the file store as they are read (constant memory,
 * whatever the size); null when there is no such whole file. No owner check: for the case's
 * routes, which authorise the reader and audit the read themselves.
 *
 * @example
 * const found = await leerArchivo(ports, id)
 * if (found && found.archivo.casoId === caso.id) return respuestaDeArchivo(c, found)
 */
export async function leerArchivo(
  ports: Pick<Ports, 'db' | 'files'>,
  id: string,
): Promise<{
  archivo: ArchivoDeCaso & { casoId: string | null }
  cuerpo: ReadableStream<Uint8Array>
} | null> {
  const [row] = await ports.db.select().from(archivos).where(eq(archivos.id, id))
  if (!row || row.completadoAt === null) return null
  return {
    archivo: { ...deCaso(row), casoId: row.casoId },
    cuerpo: leerPartes(ports.files, row.clave, row.partes),
  }
}

/** A file name for `Content-Disposition`: its ASCII fallback and the UTF-8 original (RFC 6266). */
function disposition(nombre: string): string {
  const ascii = nombre.normalize('NFKD').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(nombre)}`
}

/**
 * A file as a download: an attachment, never shown in the portal's page (its type, the one its
 * bytes said, is never HTML), with its SHA-256 in `Repr-Digest` (RFC 9530) for whoever checks the
 * copy they got against the receipt.
 *
 * @example
 * return respuestaDeArchivo(c, await leerArchivo(ports, id))
 */
export function respuestaDeArchivo(
  c: AppContext,
  found: { archivo: ArchivoDeCaso; cuerpo: ReadableStream<Uint8Array> } | null,
): Response {
  if (!found) throw new AppError('not_found')
  const { archivo, cuerpo } = found
  const digest = btoa(String.fromCharCode(...(archivo.sha256.match(/../g) ?? []).map((h) => parseInt(h, 16))))
  c.header('Content-Type', archivo.tipo)
  c.header('Content-Length', String(archivo.bytes))
  c.header('Content-Disposition', disposition(archivo.nombre))
  c.header('Cache-Control', 'private, no-store')
  c.header('Repr-Digest', `sha-256=:${digest}:`)
  return c.body(cuerpo)
}

/**
 * The owner's read of their own upload (`GET /api/archivos/:id/contenido`): 404 until it is whole.
 *
 * @example
 * return leerArchivoDe(c, await subidaPropia(db, actor, id))
 */
export function leerArchivoDe(c: AppContext, row: typeof archivos.$inferSelect): Response {
  if (row.completadoAt === null) throw new AppError('not_found')
  return respuestaDeArchivo(c, {
    archivo: deCaso(row),
    cuerpo: leerPartes(c.var.ports.files, row.clave, row.partes),
  })
}
