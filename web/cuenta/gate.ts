import { useNavigate } from '@solidjs/router'
import { createSignal, onMount } from 'solid-js'
import { loadMe, type Me } from './session.ts'

/** Who may see a citizen's own page: still asking, no network, a member of staff, or the citizen. */
export type CitizenGate =
  | { kind: 'loading' }
  | { kind: 'offline' }
  | { kind: 'staff' }
  | { kind: 'citizen'; user: Me }

/**
 * The gate of a citizen's own pages (`/mis-tramites`, `/mis-datos`): asks the server who is signed
 * in; nobody is sent to `/ingresar`, and comes back to `returnTo` after signing in. Reactive.
 *
 * @example
 * const gate = useCitizenGate('/mis-datos')
 * <Show when={gate().kind === 'citizen'}>…</Show>
 */
export function useCitizenGate(returnTo: string): () => CitizenGate {
  const navigate = useNavigate()
  const [gate, setGate] = createSignal<CitizenGate>({ kind: 'loading' })
  onMount(async () => {
    const found = await loadMe()
    if (found === null)
      return navigate(`/ingresar?returnTo=${encodeURIComponent(returnTo)}`, { replace: true })
    if (found === undefined) return setGate({ kind: 'offline' })
    setGate(found.kind === 'staff' ? { kind: 'staff' } : { kind: 'citizen', user: found })
  })
  return gate
}
