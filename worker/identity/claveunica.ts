import { CodeChallengeMethod, generateCodeVerifier, generateState, OAuth2Client, OAuth2Tokens } from 'arctic'
import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose'
import * as v from 'valibot'
import { checkDigit } from '../../core/run.ts'
import { TIMEOUTS, withTimeout } from '../timeout.ts'

/** Where ClaveÚnica (or the local provider standing in for it) lives, and who we are to it. */
export interface ClaveUnicaConfig {
  issuer: string
  authorizeUrl: string
  tokenUrl: string
  userinfoUrl: string
  jwksUrl: string
  logoutUrl: string
  clientId: string
  clientSecret: string
  /** ClaveÚnica's manual posts the secret in the form; arctic only does HTTP Basic. */
  tokenAuth: 'client_secret_post' | 'client_secret_basic'
  redirectUri: string
}

/** ClaveÚnica's scopes: the RUN and the name. It gives no e-mail address. */
export const CLAVEUNICA_SCOPES = ['openid', 'run', 'name']

/** A login to start: the URL to send the browser to, and the secrets to keep for the callback. */
export interface AuthorizationStart {
  url: URL
  state: string
  nonce: string
  codeVerifier: string
}

/**
 * Builds the authorization URL: code flow, PKCE with S256, a fresh `state` (43 characters, above
 * ClaveÚnica's 30) and a `nonce`.
 *
 * @example
 * const start = beginAuthorization(config)
 * return c.redirect(start.url.toString())
 */
export function beginAuthorization(config: ClaveUnicaConfig): AuthorizationStart {
  const client = new OAuth2Client(config.clientId, config.clientSecret, config.redirectUri)
  const state = generateState()
  const nonce = generateState()
  const codeVerifier = generateCodeVerifier()
  const url = client.createAuthorizationURLWithPKCE(
    config.authorizeUrl,
    state,
    CodeChallengeMethod.S256,
    codeVerifier,
    CLAVEUNICA_SCOPES,
  )
  url.searchParams.set('nonce', nonce)
  return { url, state, nonce, codeVerifier }
}

async function exchangeWithPost(
  config: ClaveUnicaConfig,
  code: string,
  codeVerifier: string,
  state: string,
  signal: AbortSignal,
) {
  const response = await fetch(config.tokenUrl, {
    signal,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      client_id: config.clientId,
      client_secret: config.clientSecret,
      redirect_uri: config.redirectUri,
      grant_type: 'authorization_code',
      code,
      code_verifier: codeVerifier,
      state,
    }),
  })
  if (!response.ok) throw new ClaveUnicaError(`token endpoint answered ${response.status}`)
  return new OAuth2Tokens((await response.json()) as object)
}

/** A login that must not go through: the cause is logged, the citizen sees a generic message. */
export class ClaveUnicaError extends Error {
  override name = 'ClaveUnicaError'
}

const UserInfo = v.object({
  sub: v.string(),
  RolUnico: v.object({
    numero: v.union([
      v.pipe(v.number(), v.integer()),
      v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number)),
    ]),
    DV: v.pipe(v.string(), v.regex(/^[\dkK]$/), v.toUpperCase()),
    tipo: v.string(),
  }),
  name: v.object({
    nombres: v.array(v.string()),
    apellidos: v.array(v.string()),
  }),
})

/** The citizen as ClaveÚnica vouches for them, keyed on the RUN. */
export interface ClaveUnicaCitizen {
  run: string
  givenNames: string
  familyNames: string
  subject: string
}

/**
 * Completes a login: exchanges the code (PKCE verifier, configured client authentication),
 * verifies the ID token (RS256 signature against the provider's keys, issuer, audience, expiry,
 * nonce), then fetches the user info with a POST and a bearer token as ClaveÚnica wants, checks
 * that it is the same subject and that the RUN's check digit is right.
 *
 * @example
 * const citizen = await completeAuthorization(config, code, { state, nonce, codeVerifier })
 */
export async function completeAuthorization(
  config: ClaveUnicaConfig,
  code: string,
  expected: { state: string; nonce: string; codeVerifier: string },
  now: Date,
): Promise<ClaveUnicaCitizen> {
  // arctic takes no signal: its request is not aborted, but the citizen is answered in time.
  const tokens = await withTimeout(TIMEOUTS.claveUnica, 'ClaveÚnica token endpoint', (signal) =>
    config.tokenAuth === 'client_secret_post'
      ? exchangeWithPost(config, code, expected.codeVerifier, expected.state, signal)
      : new OAuth2Client(config.clientId, config.clientSecret, config.redirectUri).validateAuthorizationCode(
          config.tokenUrl,
          code,
          expected.codeVerifier,
        ),
  )
  let claims: JWTPayload
  try {
    ;({ payload: claims } = await jwtVerify(tokens.idToken(), jwks(config.jwksUrl), {
      issuer: config.issuer,
      audience: config.clientId,
      algorithms: ['RS256'],
      currentDate: now,
      requiredClaims: ['exp', 'iat', 'sub', 'nonce'],
    }))
  } catch (error) {
    throw new ClaveUnicaError(`ID token refused: ${(error as Error).message}`)
  }
  if (claims.nonce !== expected.nonce) throw new ClaveUnicaError('ID token nonce does not match')

  const body = await withTimeout(TIMEOUTS.claveUnica, 'ClaveÚnica userinfo', async (signal) => {
    const response = await fetch(config.userinfoUrl, {
      signal,
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.accessToken()}`, accept: 'application/json' },
    })
    if (!response.ok) throw new ClaveUnicaError(`userinfo answered ${response.status}`)
    return response.json()
  })
  const info = v.safeParse(UserInfo, body)
  if (!info.success) throw new ClaveUnicaError('userinfo has not ClaveÚnica’s shape')
  const { sub, RolUnico, name } = info.output
  if (sub !== claims.sub) throw new ClaveUnicaError('userinfo is about another subject')
  if (checkDigit(RolUnico.numero) !== RolUnico.DV) throw new ClaveUnicaError('RUN check digit is wrong')
  return {
    run: `${RolUnico.numero}-${RolUnico.DV}`,
    givenNames: name.nombres.join(' ').trim(),
    familyNames: name.apellidos.join(' ').trim(),
    subject: sub,
  }
}

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()
/** The provider's signing keys, fetched once per isolate and refreshed by jose when a kid is unknown. */
function jwks(url: string) {
  let set = keySets.get(url)
  if (!set) {
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: TIMEOUTS.claveUnica })
    keySets.set(url, set)
  }
  return set
}

/**
 * Where to send the browser to end ClaveÚnica's own session, then come back.
 *
 * @example
 * claveUnicaLogoutUrl(config, 'https://comisariavirtual.cl/')
 */
export function claveUnicaLogoutUrl(config: ClaveUnicaConfig, returnTo: string): string {
  const url = new URL(config.logoutUrl)
  url.searchParams.set('redirect', returnTo)
  return url.toString()
}
