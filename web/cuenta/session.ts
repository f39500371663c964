/**
 * Who is signed in, as far as this page knows. The session cookie is HttpOnly, so the page asks
 * `GET /api/me`; to spare every anonymous visit that request, it asks at start-up only when this
 * device remembers a sign-in (a flag, never the person's data). Screens that need the user ask
 * again themselves.
 */
import { createSignal } from 'solid-js'
import type { Me } from '../../worker/identity/me.ts'

export type { Me }

const REMEMBER = 'signed-in'

/** The signed-in user; `null` when nobody is, `undefined` while unknown. Reactive. */
const [me, setMe] = createSignal<Me | null | undefined>(undefined)

export { me }

function remember(on: boolean): void {
  try {
    if (on) localStorage.setItem(REMEMBER, '1')
    else localStorage.removeItem(REMEMBER)
  } catch {
    // Storage disabled: the header then shows the user only on screens that ask.
  }
}

function remembered(): boolean {
  try {
    return localStorage.getItem(REMEMBER) === '1'
  } catch {
    return false
  }
}

/**
 * A sign-in is under way outside the app (ClaveÚnica's full-page round trip): the page it comes
 * back to, whichever that is, then asks the server at start-up and shows who signed in (or, if it
 * failed, forgets it again).
 */
export function expectSignIn(): void {
  remember(true)
}

/** A sign-in just succeeded (password, or password and code). */
export function signedIn(user: Me): void {
  setMe(user)
  remember(true)
}

function signedOut(): void {
  setMe(null)
  remember(false)
}

/**
 * Asks the server who is signed in: the user, `null` for nobody, `undefined` when it could not
 * be reached (offline), in which case what was known stays.
 *
 * @example
 * const user = await loadMe()
 * if (user === null) navigate('/ingresar', { replace: true })
 */
export async function loadMe(): Promise<Me | null | undefined> {
  try {
    const response = await fetch('/api/me', { headers: { accept: 'application/json' } })
    if (response.status === 401) {
      // Read, though unused: a body left unread keeps the request open (and the page never idle).
      await response.text()
      signedOut()
      return null
    }
    if (!response.ok) return undefined
    const body: { user: Me } = await response.json()
    signedIn(body.user)
    return body.user
  } catch {
    return undefined
  }
}

/** At start-up: only a device that remembers a sign-in asks the server. */
export function startSession(): void {
  if (remembered()) void loadMe()
  else setMe(null)
}

/**
 * Signs out (on every device with `everywhere`) and leaves the page: through ClaveÚnica's logout
 * when the server says so, which ends ClaveÚnica's own session too, else to the home page. A full
 * load, so nothing of the person stays in memory; the documents kept on the device are deleted.
 * Resolves `false` if the server could not be reached and the session may still be open.
 */
export async function signOut(everywhere = false): Promise<boolean> {
  let redirect: string | null = null
  try {
    const response = await fetch('/api/auth/logout', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ everywhere }),
    })
    // 401: the session had already ended; the result is the same.
    if (!response.ok && response.status !== 401) return false
    if (response.ok) {
      const body: { redirect: string | null } = await response.json()
      redirect = body.redirect
    }
  } catch {
    return false
  }
  sessionEnded(redirect ?? '/')
  return true
}

/**
 * The session has ended on the server (signed out, or the account erased): forgets it on this
 * device and goes to `to` with a full load, so nothing of the person stays in memory.
 *
 * @example
 * sessionEnded('/mis-datos/cuenta-eliminada?solicitud=K2M4P6Q8R9')
 */
export function sessionEnded(to: string): void {
  signedOut()
  // The documents kept for offline use (web/offline/guardados.ts: permits, constancias) are this
  // person's: the next one to use the device must not see them. Their connections close when
  // asked, so the deletion goes through at once, page or no page.
  for (const database of ['comisaria-permisos', 'comisaria-certificados']) indexedDB.deleteDatabase(database)
  window.location.assign(to)
}
