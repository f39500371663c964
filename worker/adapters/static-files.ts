import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { compress } from 'hono/compress'
import type { App } from '../app.ts'

/**
 * Serves the built PWA from a folder on the embedded default. Hashed files under `/assets/` never
 * change and are cached for a year; everything else (index.html, the service worker, the
 * manifest) is revalidated on every load, so a deploy reaches clients at once. A landing page with
 * an HTML file of its own (`/permisos` → permisos.html: web/tools/landing-pages.ts) gets it, as
 * Workers static assets serve it at the edge; other unknown paths outside the API get index.html,
 * the app's own router takes them from there.
 */
export function serveBuiltPwa(app: App, root: string): void {
  const dir = resolve(root)
  const index = join(dir, 'index.html')
  app.use('*', async (c, next) => {
    await next()
    if (c.req.path.startsWith('/api/') || c.res.status !== 200) return
    c.res.headers.set(
      'Cache-Control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    )
  })
  // A slow link pays for every byte: text assets go out compressed (Workers' CDN does this itself).
  app.use('*', compress())
  app.use('*', serveStatic({ root: dir }))
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || !existsSync(index)) return next()
    const landing = resolve(dir, `.${c.req.path}.html`)
    const own = landing.startsWith(`${dir}${sep}`) && existsSync(landing)
    return c.html(await readFile(own ? landing : index, 'utf8'))
  })
}
