import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * CSRF defence by origin: a state-changing request that comes with the session cookie must come
 * from one of our own pages (its `Origin` is the configured public origin, `PUBLIC_URL`, or the
 * browser says `Sec-Fetch-Site: same-origin`). Never the request's own `Host`: whoever sends
 * `Host: evil.example` with `Origin: http://evil.example` would match it. Requests without
 * ambient credentials (anonymous forms, the offline replay before login) carry nothing to forge.
 */
export function originCheck(
  cookieName: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method) || !c.req.header('cookie')?.includes(`${cookieName(c)}=`)) return next()
    const allowed = new URL(c.var.ports.config.publicUrl).origin
    const origin = c.req.header('origin')
    const sameSite = c.req.header('sec-fetch-site') === 'same-origin'
    if (origin ? origin !== allowed : !sameSite) throw new AppError('cross_origin_refused')
    await next()
  }
}
