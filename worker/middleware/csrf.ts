import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF defence by origin: a state-changing request that comes with the session cookie must come
 * from one of our own pages (its `Origin` is the portal's, or the browser says `Sec-Fetch-Site:
 * same-origin`). Requests without ambient credentials (anonymous forms, the offline replay
 * before login) carry nothing to forge.
 */
export function originCheck(
  cookieName: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || !c.req.header('cookie')?.includes(`${cookieName(c)}=`)) return next()
    const origin = c.req.header('origin')
    const allowed = new Set([new URL(c.req.url).origin, new URL(c.var.ports.config.publicUrl).origin])
    const sameSite = c.req.header('sec-fetch-site') === 'same-origin'
    if (origin ? !allowed.has(origin) : !sameSite) throw new AppError('cross_origin_refused')
    await next()
  }
}
