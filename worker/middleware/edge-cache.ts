import type { MiddlewareHandler } from 'hono'

/** The Workers runtime's cache of the data centre (absent on Node: the middleware is edge-only). */
export interface EdgeCache {
  match(key: Request): Promise<Response | undefined>
  put(key: Request, response: Response): Promise<void>
}

/** Whether an answer may be kept at the edge: a 200 the route marked `s-maxage`, for no one in particular. */
function cacheable(response: Response): boolean {
  return (
    response.status === 200 &&
    /(^|[\s,])s-maxage=\d+/.test(response.headers.get('cache-control') ?? '') &&
    !response.headers.has('set-cookie')
  )
}

/**
 * Public reads kept in the Workers Cache API (`caches.default`) of the data centre that answered
 * them, so that they need no Cache Rule in the dashboard (decision 0065): a GET is answered from
 * the cache when there (`x-cache: HIT`), else by the app (`x-cache: MISS`) and, when the route
 * marked its answer `s-maxage` (the cache honours it as the entry's lifetime), put there after the
 * answer has gone (`waitUntil`). The key is the URL alone: these answers are the same for everyone.
 * Mounted only by the Workers entry (worker/workers.ts) — on Node there is no shared cache.
 *
 * @example
 * app.use('/api/condolencias/*', edgeCache(caches.default, LIBRO_PUBLICO))
 */
export function edgeCache(cache: EdgeCache, paths: RegExp): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' || !paths.test(c.req.path)) return next()
    const key = new Request(c.req.url, { method: 'GET' })
    const hit = await cache.match(key)
    if (hit) {
      const response = new Response(hit.body, hit)
      response.headers.set('x-cache', 'HIT')
      return response
    }
    await next()
    if (!cacheable(c.res)) return
    c.res.headers.set('x-cache', 'MISS')
    // The copy kept is no one's request: not this one's id.
    const copy = c.res.clone()
    copy.headers.delete('x-request-id')
    c.executionCtx.waitUntil(cache.put(key, copy))
  }
}

/** The condolence book's public reads the edge keeps: the memorials, their pages, their photos. */
export const LIBRO_PUBLICO = /^\/api\/condolencias\/(memoriales(\/|$)|fotos\/)/
