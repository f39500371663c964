import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { esEnvioDeParte } from '../archivos/limites.ts'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'

/** The largest JSON body the API reads. Forms are text; files have their own route and limits (worker/archivos). */
export const MAX_JSON_BODY = 64 * 1024

/**
 * Refuses bodies over MAX_JSON_BODY. A declared Content-Length is checked without touching the
 * body; only a chunked body is read through hono's counting reader. (Asking for the body of every
 * request would build a full web Request on Node, the most expensive step of a small request.)
 *
 * @example
 * app.use('/api/*', jsonBodyLimit())
 */
export function jsonBodyLimit(): MiddlewareHandler<AppEnv> {
  const counted = bodyLimit({
    maxSize: MAX_JSON_BODY,
    onError: () => {
      throw new AppError('payload_too_large')
    },
  })
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next()
    // A file's part is bytes, streamed to the file store with limits of its own (worker/archivos).
    if (esEnvioDeParte(c.req.method, c.req.path)) return next()
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return counted(c, next)
    if (Number(length) > MAX_JSON_BODY) throw new AppError('payload_too_large')
    return next()
  }
}
