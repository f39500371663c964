import { type Component, createComponent, Suspense } from 'solid-js'
import { screen } from './lazy.ts'

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
