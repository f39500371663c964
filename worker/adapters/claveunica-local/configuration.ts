// oidc-provider's configuration for a stand-in of ClaveÚnica: its paths, scopes, claim shapes, lifetimes
// and strictness (code flow only, PKCE S256 only), with everything ClaveÚnica lacks switched off.
import { generateKeyPair, randomBytes, randomUUID } from 'node:crypto'
import { promisify } from 'node:util'
import type { ClientMetadata, Configuration, Grant, KoaContextWithOIDC } from 'oidc-provider'
import { claimsOf, findCitizenBySubject } from './citizens.ts'
import { errorPage } from './pages.ts'

/** ClaveÚnica's endpoint paths, trailing slashes included (its manual writes them so). */
export const PATHS = {
  authorize: '/openid/authorize/',
  token: '/openid/token/',
  userinfo: '/openid/userinfo/',
  jwks: '/openid/jwks/',
} as const

/** ClaveÚnica's SSO session lasts 60 seconds from the login, then it asks for the password again. */
export const SESSION_SECONDS = 60

/**
 * A client registered with the local ClaveÚnica. `tokenEndpointAuthMethod` defaults to
 * `client_secret_post`, as ClaveÚnica's manual shows; the token endpoint accepts only the registered one.
 *
 * @example
 * const client: LocalClaveUnicaClient = {
 *   clientId: 'comisaria-virtual-local',
 *   clientSecret: 'local-secret-not-for-production',
 *   redirectUris: ['http://localhost:8787/auth/claveunica/callback'],
 * }
 */
export interface LocalClaveUnicaClient {
  clientId: string
  clientSecret: string
  redirectUris: string[]
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic'
}

/**
 * The token endpoint authentication method a client registered, defaulting to ClaveÚnica's.
 *
 * @example
 * authMethodOf({ clientId: 'app', clientSecret: 's', redirectUris: [] }) // 'client_secret_post'
 */
export function authMethodOf(client: LocalClaveUnicaClient): 'client_secret_post' | 'client_secret_basic' {
  return client.tokenEndpointAuthMethod ?? 'client_secret_post'
}

/**
 * Builds oidc-provider's configuration with fresh in-memory RS256 signing and cookie keys.
 *
 * @example
 * const provider = new Provider(issuer, await buildConfiguration([{ clientId, clientSecret, redirectUris }]))
 */
export async function buildConfiguration(clients: readonly LocalClaveUnicaClient[]): Promise<Configuration> {
  return {
    clients: clients.map(toClientMetadata),
    claims: { openid: ['sub'], run: ['RolUnico'], name: ['name'] },
    scopes: ['openid', 'run', 'name'],
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_post', 'client_secret_basic'],
    pkce: { required: () => true },
    jwks: { keys: [await generateSigningKey()] },
    cookies: {
      // Cookies ignore ports: distinct names keep these apart from the app's own on the same host.
      names: { session: 'cu_session', interaction: 'cu_interaction', resume: 'cu_interaction_resume' },
      keys: [randomBytes(32).toString('base64url')],
      long: { httpOnly: true, sameSite: 'lax' },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    routes: {
      authorization: PATHS.authorize,
      token: PATHS.token,
      userinfo: PATHS.userinfo,
      jwks: PATHS.jwks,
    },
    ttl: {
      AuthorizationCode: 5 * 60,
      AccessToken: 3600,
      IdToken: 3600,
      Interaction: 10 * 60,
      // Outlives every access token issued under it: a token is rejected once its grant is gone.
      Grant: 2 * 3600,
      Session: (_ctx, session) => absoluteSessionTtl(session.loginTs),
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      dPoP: { enabled: false },
      resourceIndicators: { enabled: false },
      userinfo: { enabled: true },
    },
    enabledJWA: { idTokenSigningAlgValues: ['RS256'] },
    allowOmittingSingleRegisteredRedirectUri: false,
    // Tokens live their own 5 min / 3600 s, not the 60-second SSO session's (as in ClaveÚnica).
    expiresWithSession: () => false,
    loadExistingGrant: grantRequestedScopes,
    findAccount: async (_ctx, sub) => {
      const person = findCitizenBySubject(sub)
      return person ? { accountId: sub, claims: () => claimsOf(person) } : undefined
    },
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(
        'No se pudo completar el ingreso',
        out.error_description ?? 'La solicitud no es válida.',
        out.error,
      )
    },
  }
}

function toClientMetadata(client: LocalClaveUnicaClient): ClientMetadata {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: [...client.redirectUris],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: authMethodOf(client),
    id_token_signed_response_alg: 'RS256',
  }
}

// oidc-provider recomputes a session's TTL on every save; counting from the login keeps it absolute.
function absoluteSessionTtl(loginTs: number | undefined): number {
  const now = Math.floor(Date.now() / 1000)
  return Math.max(1, (loginTs ?? now) + SESSION_SECONDS - now)
}

// ClaveÚnica shows state apps no consent screen: grant whatever OpenID scopes were asked for, so
// oidc-provider's consent prompt never fires.
async function grantRequestedScopes(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { oidc } = ctx
  const accountId = oidc.account?.accountId
  const clientId = oidc.client?.clientId
  if (!accountId || !clientId) return undefined
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
  const found = grantId ? await oidc.provider.Grant.find(grantId) : undefined
  const grant =
    found && found.accountId === accountId && found.clientId === clientId
      ? found
      : new oidc.provider.Grant({ accountId, clientId })
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(' '))
  await grant.save()
  return grant
}

async function generateSigningKey(): Promise<Record<string, unknown>> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 })
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' }
}
