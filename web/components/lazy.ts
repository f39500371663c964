import { type Component, createComponent, lazy, Suspense } from 'solid-js'

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
 * A part of a page in a chunk of its own with its words (a service's list in "Mis trámites"), as
 * {@link screen} loads a screen, in its own `Suspense`: only this part waits for its chunk, the
 * page around it shows at once.
 *
 * @example
 * export const MisDenuncias = part(() => import('./denuncia/lista.ts'), (m) => m.MisDenuncias)
 */
export function part<M extends { ready: Promise<unknown> }, P extends Record<string, unknown>>(
  load: () => Promise<M>,
  pick: (m: M) => Component<P>,
): Component<P> {
  const Loaded = screen(load, pick)
  return (props) =>
    createComponent(Suspense, {
      get children() {
        return createComponent(Loaded, props)
      },
    })
}
