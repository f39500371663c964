/**
 * The token of an e-mailed link (`/verificar-correo#<token>`): it travels in the fragment, which
 * browsers never send to a server, and leaves the address bar as soon as it is read, so it stays
 * out of the history and of any screenshot. Read it once, when the page opens.
 *
 * @example
 * const token = takeLinkToken()
 */
export function takeLinkToken(): string {
  const token = decodeURIComponent(window.location.hash.slice(1))
  if (token) history.replaceState(history.state, '', window.location.pathname + window.location.search)
  return token
}
