/**
 * Registers the service worker and turns "a new version is waiting" into a prompt. The new worker
 * only takes over when the user says so; drafts are saved as they type, so the reload that follows
 * loses nothing. Until then the old worker keeps serving the old, complete version (no blank page).
 */
import { createSignal } from 'solid-js'

const [waiting, setWaiting] = createSignal<ServiceWorker | undefined>(undefined)

/** The new version's worker, when one is installed and waiting; reactive. */
export { waiting as updateWaiting }

const UPDATE_CHECK_MS = 60 * 60 * 1000
let accepted = false

/** Offers the version that waits, if any (the very first install has no controller: nothing to update). */
function offer(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting)
}

function watch(registration: ServiceWorkerRegistration): void {
  offer(registration)
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing
    installing?.addEventListener('statechange', () => {
      // The very first install has no controller: nothing to update, it just takes over.
      if (installing.state === 'installed' && navigator.serviceWorker.controller) setWaiting(installing)
    })
  })
}

/** The user accepted the update: activate the waiting worker; the page reloads once it controls. */
export function acceptUpdate(): void {
  const worker = waiting()
  if (!worker) return
  accepted = true
  worker.postMessage('SKIP_WAITING')
}

/**
 * "Más tarde": hides the prompt while the citizen goes on with what they were doing. It comes back
 * at the next check — when they return to the app (the tab shown again), or within the hour — and
 * at once when a newer version arrives.
 */
export function postponeUpdate(): void {
  setWaiting(undefined)
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload()
  })
  // `updateViaCache: 'none'` makes every update check hit the network for sw.js.
  const registration = await navigator.serviceWorker.register('/sw.js', {
    scope: '/',
    updateViaCache: 'none',
  })
  watch(registration)
  // Each check offers again a version left waiting by "Más tarde".
  const check = () =>
    void registration
      .update()
      .then(() => offer(registration))
      .catch(() => undefined)
  setInterval(check, UPDATE_CHECK_MS)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check()
  })
}
