/**
 * The one session cookie the page may read (not HttpOnly): `1` while the browser holds a session,
 * so that every page, after any reload and whichever button began the sign-in, knows to ask
 * `GET /api/me` who it is — and an anonymous visit asks nothing. A hint, never a credential: the
 * session cookie alone decides (decision 0038). Set and cleared with the session cookie by
 * worker/identity/session.ts; read by web/cuenta/session.ts. No `__Host-` prefix: the page reads it
 * by one name on any scheme.
 *
 * @example
 * const signedIn = document.cookie.includes(`${SIGNED_IN_COOKIE}=1`)
 */
export const SIGNED_IN_COOKIE = 'cv_signed_in'
