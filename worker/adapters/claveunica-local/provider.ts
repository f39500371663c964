// A real OpenID provider (oidc-provider, OpenID Certified) standing in for ClaveÚnica in development and
// tests: ClaveÚnica's paths, scopes, claim shapes and habits, on loopback, with demo citizens.
import { createServer, type RequestListener, type Server } from 'node:http'
import { Provider } from 'oidc-provider'
import type { ClaveUnicaConfig } from '../../identity/claveunica.ts'
import { authMethodOf, buildConfiguration, type LocalClaveUnicaClient, PATHS } from './configuration.ts'
import { sendHtml } from './http.ts'
import { LOGOUT_PATH } from './logout.ts'
import { errorPage } from './pages.ts'
import { createRouter } from './router.ts'

export { DEMO_CITIZENS, type DemoCitizen, NUMERO_AS_STRING_RUN } from './citizens.ts'
export type { LocalClaveUnicaClient } from './configuration.ts'

/**
 * A running local ClaveÚnica: its issuer and endpoint URLs (with ClaveÚnica's trailing slashes) and a
 * way to stop it.
 *
 * @example
 * const cu = await startLocalClaveUnica({ port: 0, clients })
 * cu.authorizeUrl // 'http://127.0.0.1:41234/openid/authorize/'
 * await cu.close()
 */
export interface LocalClaveUnica
  extends Pick<
    ClaveUnicaConfig,
    'issuer' | 'authorizeUrl' | 'tokenUrl' | 'userinfoUrl' | 'jwksUrl' | 'logoutUrl'
  > {
  close(): Promise<void>
}

/**
 * Where to listen and which clients to accept. `host` must be a loopback address (default 127.0.0.1);
 * `port` 0 picks a free port, reflected in the returned URLs.
 *
 * @example
 * const options: LocalClaveUnicaOptions = { port: 8788, clients: [client] }
 */
export interface LocalClaveUnicaOptions {
  port: number
  host?: string
  clients: LocalClaveUnicaClient[]
}

/**
 * Starts the local ClaveÚnica on loopback. Keys (RS256 signing, cookie) are generated in memory at each
 * start, so ID tokens from a previous run no longer verify.
 *
 * @example
 * const cu = await startLocalClaveUnica({
 *   port: 0,
 *   clients: [{ clientId: 'app', clientSecret: 'secret', redirectUris: ['http://localhost:8787/auth/claveunica/callback'] }],
 * })
 * // send the browser to `${cu.authorizeUrl}?client_id=app&response_type=code&scope=openid%20run%20name&…`
 * await cu.close()
 */
export async function startLocalClaveUnica(options: LocalClaveUnicaOptions): Promise<LocalClaveUnica> {
  const host = options.host ?? '127.0.0.1'
  assertLoopback(host)
  if (options.clients.length === 0) throw new Error('startLocalClaveUnica: at least one client is required')
  const routerClients = {
    logoutOrigins: new Set(options.clients.flatMap((client) => client.redirectUris.map(originOf))),
    authMethods: new Map(options.clients.map((client) => [client.clientId, authMethodOf(client)] as const)),
  }
  const configuration = await buildConfiguration(options.clients)

  // The issuer embeds the real port, known only once listening: requests before that get a 503.
  let listener: RequestListener | undefined
  const server = createServer((req, res) => {
    if (listener) listener(req, res)
    else sendHtml(res, 503, errorPage('Iniciando', 'El servicio aún no está listo.'))
  })
  const port = await listen(server, options.port, host)
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  try {
    const provider = new Provider(issuer, configuration)
    provider.on('server_error', (_ctx, error) => console.error('claveunica-local: server error', error))
    listener = createRouter(provider, issuer, routerClients)
  } catch (error) {
    await closeServer(server)
    throw error
  }

  let closing: Promise<void> | undefined
  return {
    issuer,
    authorizeUrl: `${issuer}${PATHS.authorize}`,
    tokenUrl: `${issuer}${PATHS.token}`,
    userinfoUrl: `${issuer}${PATHS.userinfo}`,
    jwksUrl: `${issuer}${PATHS.jwks}`,
    logoutUrl: `${issuer}${LOGOUT_PATH}`,
    close: () => {
      closing ??= closeServer(server)
      return closing
    },
  }
}

// Only loopback: this provider logs anyone in with a published password.
function assertLoopback(host: string): void {
  const loopback = host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host)
  if (!loopback) throw new Error(`startLocalClaveUnica: host must be a loopback address, got ${host}`)
}

function originOf(uri: string): string {
  try {
    return new URL(uri).origin
  } catch {
    throw new Error(`startLocalClaveUnica: invalid redirect URI ${uri}`)
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      const address = server.address()
      if (address && typeof address === 'object') resolve(address.port)
      else reject(new Error('startLocalClaveUnica: the server has no TCP address'))
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()))
    // Keep-alive connections (fetch keeps them) would otherwise hold close() open.
    server.closeAllConnections()
  })
}
