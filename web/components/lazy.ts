import { type RouteDefinition, useLocation } from '@solidjs/router'
import { type Accessor, type Component, createSignal, type JSX, lazy } from 'solid-js'

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

const [routes, setRoutes] = createSignal<RouteDefinition[]>([])

/**
 * The nested routes of the services whose module has loaded, among web/app.tsx's router's
 * children: a `<Route>` in JSX makes the very same objects, typed as elements.
 */
export const serviceRoutes = routes as unknown as Accessor<JSX.Element>

/**
 * Adds a service's nested routes to the router, from the service's own module as it loads (the
 * module that web/app.tsx loads for the service's `path/*`; decision 0073): the shell every page
 * loads carries one route per service, and the router picks the service's screens once the
 * service is visited. Its routes are more specific than `path/*`, which then only stands for a
 * path none of them defines.
 *
 * @example
 * addServiceRoutes({ path: '/permisos', children: [{ path: '/', component: Inicio }] })
 */
export function addServiceRoutes(service: RouteDefinition): void {
  setRoutes([...routes(), service])
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
