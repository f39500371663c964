/**
 * Who is signed in, as far as this page knows. The session cookie is HttpOnly, so the page asks
 * `GET /api/me`; to spare every anonymous visit that request, it asks at start-up only when the
 * server's readable hint says this browser holds a session (`cv_signed_in`, set and cleared by
 * the server with the session cookie itself: worker/identity/session.ts, decision 0038). Every
 * page thus shows who is signed in after any reload, however the sign-in began. Screens that need
 * the user ask again themselves.
 */
import { createSignal } from 'solid-js'
import type { Me } from '../../worker/identity/me.ts'
import { SIGNED_IN_COOKIE } from '../../worker/identity/session-hint.ts'

export type { Me }

/** The signed-in user; `null` when nobody is, `undefined` while unknown. Reactive. */
const [me, setMe] = createSignal<Me | null | undefined>(undefined)

export { me }

/**
 * Whether the server said this browser holds a session (a hint: the server decides). Without it,
 * a page that would ask the API for the signed-in citizen's data knows the answer is "nobody" and
 * does not ask: an anonymous visit makes no request bound to fail (nor a 401 in the console).
 *
 * @example
 * if (!mayHoldSession()) return { kind: 'signin' }
 */
export function mayHoldSession(): boolean {
  return document.cookie.split(/;\s*/).includes(`${SIGNED_IN_COOKIE}=1`)
}

/** A sign-in just succeeded (password, or password and code). */
export function signedIn(user: Me): void {
  setMe(user)
}

function signedOut(): void {
  setMe(null)
  // The server clears the hint with the session; this covers a session that ended without it
  // (its cookie dropped by the browser alone), so the next page does not ask again.
  const secure = location.protocol === 'https:' ? '; Secure' : ''
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari and Firefox.
  document.cookie = `${SIGNED_IN_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax${secure}`
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

/** At start-up: only a browser the server says holds a session asks it who. */
export function startSession(): void {
  if (mayHoldSession()) void loadMe()
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
