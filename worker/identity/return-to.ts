/**
 * Where a sign-in sends the person next. Shared by the server (ClaveÚnica's login and callback)
 * and the PWA (the sign-in screens), so it imports nothing: the web bundle must not pull the
 * server in.
 *
 * A regular expression over the raw string is not enough: browsers strip tabs and newlines from
 * a URL, read `\` as `/` and resolve dot segments before they pick the host, so `/\t/evil.example`
 * passed a "starts with one slash" check and then left the portal. Here the WHATWG URL parser (the
 * browser's own) reads the value, and what comes back is rebuilt from what it parsed.
 */

/** Where a sign-in goes when it was given nowhere, or nowhere safe, to return to. */
export const AFTER_SIGN_IN = '/mis-tramites'

/** Far longer than any of the portal's addresses; anything longer is a mistake or an attack. */
const MAX_LENGTH = 2048

/**
 * Control characters (C0, DEL, C1), whitespace of any script and the backslash: browsers strip,
 * trim or reinterpret them before parsing, so a value holding one means something other than
 * what it reads as, and no real address of the portal needs one unencoded.
 */
const UNSAFE = /[\p{Cc}\p{White_Space}\s\\]/u

function parse(value: string, base?: URL): URL | undefined {
  try {
    return new URL(value, base)
  } catch {
    return undefined
  }
}

/**
 * A path of the portal (path, query and fragment) to go to after signing in, or `AFTER_SIGN_IN`
 * when `value` is missing or could lead anywhere else. `value` may be a path (`/…`) or an absolute
 * URL on `origin`; `origin` is the portal's own (`location.origin` in the browser, the configured
 * public URL's on the server). Never throws for any `value`, and what it returns starts with one
 * `/`, holds only ASCII and no whitespace, so it is safe in a `Location` header as it is.
 *
 * @example
 * safeReturnTo('/permisos/solicitud?paso=2', 'https://portal.example') // '/permisos/solicitud?paso=2'
 * safeReturnTo('https://portal.example/mis-tramites#x', 'https://portal.example') // '/mis-tramites#x'
 * safeReturnTo('/\t/evil.example', 'https://portal.example') // '/mis-tramites'
 * safeReturnTo('/.//evil.example', 'https://portal.example') // '/mis-tramites'
 */
export function safeReturnTo(value: string | null | undefined, origin: string): string {
  if (!value || value.length > MAX_LENGTH || UNSAFE.test(value)) return AFTER_SIGN_IN
  const home = new URL(origin)
  // A path is read against the portal; anything else must be a whole URL that names it.
  const url = value.startsWith('/') ? parse(value, home) : parse(value)
  if (!url || url.origin !== home.origin) return AFTER_SIGN_IN
  const path = url.pathname + url.search + url.hash
  // The parser resolves `/.//evil.example` to the path `//evil.example`, which a browser
  // reads as another host: a path must start with exactly one slash.
  if (!path.startsWith('/') || path.startsWith('//') || path.length > MAX_LENGTH) return AFTER_SIGN_IN
  return path
}
