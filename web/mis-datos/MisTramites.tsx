import { type ComponentProps, Suspense } from 'solid-js'
import { screen } from '../components/lazy.ts'

const Lista = screen(
  () => import('./solicitudes/pantallas.ts'),
  (m) => m.MisSolicitudes,
)

/**
 * The citizen's requests about their data (corrections, erasures) for "Mis trámites", with their
 * state, due date and answer; `fallback` when there are none. Tiny: the list and its words load
 * apart, and only this part waits for them.
 *
 * @example
 * <MisSolicitudes fallback={<p>{tc('mine.empty')}</p>} />
 */
export function MisSolicitudes(
  props: ComponentProps<typeof import('./solicitudes/Solicitudes.tsx').MisSolicitudes>,
) {
  return (
    <Suspense>
      <Lista {...props} />
    </Suspense>
  )
}
