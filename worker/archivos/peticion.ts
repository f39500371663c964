import type { AppContext } from '../context.ts'
import { AppError, invalidField } from '../errors.ts'
import { errorBody } from '../middleware/errors.ts'
import { OFFSET_HEADER, PARTE_CONTENT_TYPE } from './limites.ts'
import type { Parte } from './recibir.ts'

/** A header holding a whole number of bytes, or the error naming it. */
function bytesHeader(c: AppContext, name: string): number {
  const value = c.req.header(name)
  if (value === undefined) throw invalidField(name, 'required')
  if (!/^\d{1,15}$/.test(value)) throw invalidField(name, 'invalid_format')
  return Number(value)
}

/**
 * The part a `PATCH` carries (tus's headers: `Upload-Offset`, `Content-Length`, the media type
 * `application/offset+octet-stream`), its body left unread for the store to stream; a bad header
 * is refused by its name. Shared by the citizens' and the tipsters' uploads.
 *
 * @example
 * const outcome = await recibirParte(ports, dueno, id, parteDe(c))
 */
export function parteDe(c: AppContext): Parte {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (type !== PARTE_CONTENT_TYPE) throw invalidField('Content-Type', 'invalid_format')
  const offset = bytesHeader(c, OFFSET_HEADER)
  const length = bytesHeader(c, 'Content-Length')
  const body = c.req.raw.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() })
  return { offset, length, body }
}

/**
 * An upload's state, with where its next part starts in `Upload-Offset` too (as tus says it).
 *
 * @example
 * return estadoDeSubida(c, vistaDe(row))
 */
export function estadoDeSubida<V extends { recibidos: number }>(
  c: AppContext,
  view: V,
  status: 200 | 201 = 200,
) {
  c.header(OFFSET_HEADER, String(view.recibidos))
  c.header('Cache-Control', 'no-store')
  return c.json(view, status)
}

/**
 * A part that is not where the upload stands: 409, saying where it does, in the header and the
 * error's shape.
 *
 * @example
 * if (outcome.kind === 'misplaced') return fueraDeLugar(c, outcome.recibidos)
 */
export function fueraDeLugar(c: AppContext, recibidos: number): Response {
  c.header(OFFSET_HEADER, String(recibidos))
  c.header('Cache-Control', 'no-store')
  return c.json(errorBody(c, new AppError('conflict')), 409)
}
