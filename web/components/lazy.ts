import { useLocation } from '@solidjs/router'
import { type Component, lazy } from 'solid-js'

/**
 * A screen in a chunk of its own that brings its own words: its module exports `ready`, awaited
 * before the first render, so the screen never shows in another language than the page's. In the
 * shell: the routes (web/app.tsx) and every service's own screen picker use it.
 *
 * @example
 * const Inicio = screen(() => import('./inicio/pages.ts'), (m) => m.Inicio)
 */
export function screen<M extends { ready: Promise<unknown> }, P extends Record<string, unknown>>(
  load: () => Promise<M>,
  pick: (m: M) => Component<P>,
): Component<P> {
  return lazy(async () => {
    const m = await load()
    await m.ready
    return { default: pick(m) }
  })
}

/**
 * The path below a service's one route (`/reclamos/*`), without slashes at either end, as its
 * screen picker reads it. Reactive.
 *
 * @example
 * const path = useSubpath('/reclamos') // at /reclamos/tipo/ → 'tipo'; at /reclamos → ''
 */
export function useSubpath(base: string): () => string {
  const location = useLocation()
  return () => location.pathname.slice(base.length).replace(/^\/+|\/+$/g, '')
}
