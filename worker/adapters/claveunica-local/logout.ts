// ClaveÚnica's logout is not OpenID RP-Initiated Logout: a plain GET that ends its session and redirects.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Provider } from 'oidc-provider'
import { redirect, sendHtml } from './http.ts'
import { errorPage } from './pages.ts'

/** ClaveÚnica's logout path, kept verbatim so only the origin changes in production. */
export const LOGOUT_PATH = '/api/v1/accounts/app/logout'

/**
 * Handles `GET /api/v1/accounts/app/logout?redirect=<uri>`: when `redirect` is on the origin of a
 * registered redirect URI, ends the provider session (the next authorization asks for the password
 * again) and redirects there; otherwise answers 400 and leaves the session alone, so a foreign site
 * can neither log people out nor use this as an open redirect.
 *
 * @example
 * // GET /api/v1/accounts/app/logout?redirect=http%3A%2F%2Flocalhost%3A8787%2F → 302 Location: http://localhost:8787/
 * await handleLogout(provider, req, res, url, new Set(['http://localhost:8787']))
 */
export async function handleLogout(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  allowedOrigins: ReadonlySet<string>,
): Promise<void> {
  // GET only, as ClaveÚnica: a HEAD must not end anyone's session.
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET')
    sendHtml(res, 405, errorPage('Método no permitido', 'El cierre de sesión se pide con GET.'))
    return
  }
  const target = parseUrl(url.searchParams.get('redirect'))
  if (!target || !allowedOrigins.has(target.origin)) {
    sendHtml(
      res,
      400,
      errorPage(
        'Dirección de retorno no válida',
        'El parámetro redirect debe apuntar a una aplicación registrada en ClaveÚnica.',
      ),
    )
    return
  }
  const ctx = provider.createContext(req, res)
  const session = await provider.Session.get(ctx)
  await session.destroy()
  // Same options as oidc-provider's own session cookie (cookies.long), so the browser drops it.
  ctx.cookies.set(provider.cookieName('session'), null, { httpOnly: true, sameSite: 'lax' })
  redirect(res, target.href)
}

function parseUrl(value: string | null): URL | undefined {
  if (!value) return undefined
  try {
    const parsed = new URL(value)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined
  } catch {
    return undefined
  }
}
