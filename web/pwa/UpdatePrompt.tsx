import { lazy, Show, Suspense } from 'solid-js'
import { updateWaiting } from './register.ts'

// Loaded when an update waits: the previous build's service worker, still in control, serves it.
const UpdateBanner = lazy(() => import('./UpdateBanner.tsx').then((m) => ({ default: m.UpdateBanner })))

/**
 * The "new version" prompt's place on every page: a live region, filled only once a new version's
 * worker is installed and waiting (UpdateBanner.tsx).
 *
 * @example
 * <UpdatePrompt />
 */
export function UpdatePrompt() {
  return (
    <div aria-live="polite">
      <Show when={updateWaiting()}>
        <Suspense>
          <UpdateBanner />
        </Suspense>
      </Show>
    </div>
  )
}
