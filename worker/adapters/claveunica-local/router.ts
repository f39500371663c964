// Routes the few ClaveÚnica-specific paths (login interaction, logout, state length) before handing every
// other request to oidc-provider, which stays in charge of the protocol itself.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Provider } from 'oidc-provider'
import { enforceRegisteredAuthMethod, type SecretAuthMethod } from './client-auth.ts'
import { PATHS } from './configuration.ts'
import { sendHtml } from './http.ts'
import { handleInteraction, type InteractionAction } from './interactions.ts'
import { handleLogout, LOGOUT_PATH } from './logout.ts'
import { errorPage } from './pages.ts'

/** ClaveÚnica's manual asks for a random `state` of at least 30 characters; we refuse shorter ones. */
export const MIN_STATE_LENGTH = 30

const INTERACTION = /^\/interaction\/([\w-]+)(\/abort)?$/

/** What the router needs to know about the registered clients. */
export interface RouterClients {
  /** Origins of the registered redirect URIs: the only places the logout may send people back to. */
  logoutOrigins: ReadonlySet<string>
  /** Each client's registered token endpoint authentication method, enforced before oidc-provider. */
  authMethods: ReadonlyMap<string, SecretAuthMethod>
}

/**
 * Builds the request listener of the local ClaveÚnica's HTTP server.
 *
 * @example
 * const clients = { logoutOrigins: new Set(['http://localhost:8787']), authMethods: new Map([['app', 'client_secret_post']]) }
 * server.on('request', createRouter(provider, issuer, clients))
 */
export function createRouter(provider: Provider, issuer: string, clients: RouterClients): RequestListener {
  const protocol = provider.callback()
  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error('claveunica-local: unexpected error', error)
      if (!res.headersSent) sendHtml(res, 500, errorPage('Error interno', 'Inténtalo de nuevo.'))
      else res.destroy()
    })
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer)
    const path = asOidcProviderMatches(url.pathname)
    if (url.pathname === LOGOUT_PATH) return handleLogout(provider, req, res, url, clients.logoutOrigins)
    if (path === PATHS.token && req.method === 'POST') {
      const replay = await enforceRegisteredAuthMethod(req, res, clients.authMethods)
      return replay ? protocol(replay, res) : undefined
    }
    const interaction = INTERACTION.exec(url.pathname)
    if (interaction?.[1]) {
      const action = interactionAction(req.method, interaction[2] !== undefined)
      if (!action) {
        res.setHeader('Allow', interaction[2] ? 'POST' : 'GET, POST')
        sendHtml(res, 405, errorPage('Método no permitido', 'Usa el formulario de ingreso.'))
        return
      }
      return handleInteraction(provider, req, res, interaction[1], action)
    }
    if (path === PATHS.authorize && (url.searchParams.get('state') ?? '').length < MIN_STATE_LENGTH) {
      sendHtml(
        res,
        400,
        errorPage(
          'Solicitud no válida',
          `El parámetro state es obligatorio y debe tener al menos ${MIN_STATE_LENGTH} caracteres.`,
          'invalid_request',
        ),
      )
      return
    }
    return protocol(req, res)
  }
}

// oidc-provider matches paths case-insensitively and forgives one extra trailing slash: the checks above
// must see every spelling it would route, or /OPENID/TOKEN/ would slip past them.
function asOidcProviderMatches(pathname: string): string {
  const lower = pathname.toLowerCase()
  return lower.endsWith('//') ? lower.slice(0, -1) : lower
}

function interactionAction(method: string | undefined, abort: boolean): InteractionAction | undefined {
  if (abort) return method === 'POST' ? 'abort' : undefined
  if (method === 'GET' || method === 'HEAD') return 'show'
  if (method === 'POST') return 'login'
  return undefined
}
