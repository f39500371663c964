import type { MiddlewareHandler } from 'hono'
import { etag } from 'hono/etag'
import type { AppEnv } from '../context.ts'

const tagged = etag()

/**
 * Figures a dashboard asks for every 30 seconds: answered with an `ETag`, and a refresh that
 * brings nothing new is a 304 without a body. `private, no-cache`: only the supervisor's browser
 * keeps them, and asks again every time.
 *
 * @example
 * route.get('/cifras', revalidar, handler)
 */
export const revalidar: MiddlewareHandler<AppEnv> = async (c, next) => {
  await tagged(c, next)
  // On the 304 too (hono's etag keeps only the ETag of a new 304).
  c.res.headers.set('Cache-Control', 'private, no-cache')
}
