import * as v from 'valibot'
import { type ProxyTrust, proxyTrust } from './client-address.ts'
import type { ClaveUnicaConfig } from './identity/claveunica.ts'

const flag = v.optional(
  v.pipe(
    v.picklist(['0', '1', 'true', 'false']),
    v.transform((value) => value === '1' || value === 'true'),
  ),
)
const url = v.pipe(v.string(), v.url())
const milliseconds = v.pipe(v.string(), v.regex(/^[1-9]\d*$/), v.transform(Number))
/** A whole number, 0 meaning no limit. */
const limit = v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number))

/** ClaveÚnica's production endpoints, from its integration manual (note the trailing slashes). */
const CLAVEUNICA = 'https://accounts.claveunica.gob.cl'

/** The environment variables the app reads on every runtime. */
const ConfigSchema = v.object({
  APP_ENV: v.optional(v.picklist(['development', 'test', 'production']), 'development'),
  /** The origin citizens use, for links in e-mail and documents. */
  PUBLIC_URL: v.optional(url, 'http://localhost:8787'),
  /** Load the demo police units and citizens: on by default in development, never in production. */
  DEMO_DATA: flag,
  /** Off only for the bench, which measures the login itself; refused in production. */
  RATE_LIMITS: flag,
  /** The figures' counters kept with the writes (worker/cifras): off only for the bench's comparison; refused in production. */
  CIFRAS: flag,
  /** How long a registry look-up may take before the request is answered 503. */
  REGISTRY_TIMEOUT_MS: v.optional(milliseconds, '5000'),
  /** API requests served at once before new ones are shed with 503 (0: no limit, the edge's case). */
  MAX_IN_FLIGHT: v.optional(limit, '0'),
  /** How late the event loop may run before API requests are shed with 503 (0: never; Node only). */
  MAX_EVENT_LOOP_LAG_MS: v.optional(limit, '0'),
  /** Proxies in front of the Node server whose `X-Forwarded-For` is believed (none by default). */
  TRUSTED_PROXIES: v.optional(v.string(), ''),
  /** Node: how long a request's headers may take to arrive (docs/decisions/0016-slow-clients.md). */
  HEADERS_TIMEOUT_MS: v.optional(milliseconds, '10000'),
  /** Node: how long a whole request, body included, may take to arrive. */
  REQUEST_TIMEOUT_MS: v.optional(milliseconds, '30000'),
  /** Node: how long a kept-alive connection may sit idle between two requests. */
  KEEP_ALIVE_TIMEOUT_MS: v.optional(milliseconds, '5000'),
  /** Node: how often the server looks for requests past those deadlines. */
  CONNECTIONS_CHECK_INTERVAL_MS: v.optional(milliseconds, '1000'),
  /** Connections one client address may hold open at once (0: no cap; Node only). */
  MAX_CONNECTIONS_PER_CLIENT: v.optional(limit, '0'),
  CLAVEUNICA_ISSUER: v.optional(url, `${CLAVEUNICA}/openid`),
  CLAVEUNICA_AUTHORIZE_URL: v.optional(url, `${CLAVEUNICA}/openid/authorize/`),
  CLAVEUNICA_TOKEN_URL: v.optional(url, `${CLAVEUNICA}/openid/token/`),
  CLAVEUNICA_USERINFO_URL: v.optional(url, `${CLAVEUNICA}/openid/userinfo/`),
  CLAVEUNICA_JWKS_URL: v.optional(url, `${CLAVEUNICA}/openid/jwks/`),
  CLAVEUNICA_LOGOUT_URL: v.optional(url, `${CLAVEUNICA}/api/v1/accounts/app/logout`),
  CLAVEUNICA_CLIENT_ID: v.optional(v.pipe(v.string(), v.minLength(1))),
  CLAVEUNICA_CLIENT_SECRET: v.optional(v.pipe(v.string(), v.minLength(1))),
  CLAVEUNICA_TOKEN_AUTH: v.optional(
    v.picklist(['client_secret_post', 'client_secret_basic']),
    'client_secret_post',
  ),
  /** Where denuncias are sent to the Fiscalía (worker/adapters/http-fiscalia.ts); in development, the local receiver. */
  FISCALIA_URL: v.optional(url),
  /**
   * The cost of new password hashes: `production` (scrypt N=2^13, r=8, p=10) unless `test`, a
   * cost for the test suite alone, refused unless APP_ENV is `test` (decision 0071).
   */
  PASSWORD_HASHING: v.optional(v.picklist(['production', 'test']), 'production'),
})

/** How long Node's server waits on a client, in milliseconds (see `http.createServer`). */
export interface ServerDeadlines {
  headersTimeout: number
  requestTimeout: number
  keepAliveTimeout: number
  connectionsCheckingInterval: number
}

export interface Config {
  env: 'development' | 'test' | 'production'
  publicUrl: string
  demoData: boolean
  rateLimits: boolean
  /** Whether writes move the figures' counters (decision 0026). */
  cifras: boolean
  /** The bound on each registry look-up (see `boundedRegistries`). */
  registryTimeoutMs: number
  /** Admission control on Node (worker/adapters/admission.ts); the edge has an isolate per request. */
  maxInFlight: number
  maxLagMs: number
  /** Which socket peers may name the client in `X-Forwarded-For` (see `clientAddress`). */
  trustProxy: ProxyTrust
  /** Node's deadlines, named as `http.createServer` takes them, in milliseconds. */
  deadlines: ServerDeadlines
  /** The cap on one address's open connections on Node (worker/adapters/connection-cap.ts). */
  maxConnectionsPerClient: number
  /** Null where ClaveÚnica is not configured (its login button then says so). */
  claveUnica: ClaveUnicaConfig | null
  /** The Fiscalía's reception of denuncias; null where none is configured (deliveries wait and retry). */
  fiscaliaUrl: string | null
  /** Which scrypt cost new password hashes get (`scryptParamsOf`): `test` only where APP_ENV is `test`. */
  passwordHashing: 'production' | 'test'
}

/**
 * What reads the configuration: the Node server (which does admission control), the edge (an
 * isolate per request: nothing to admit) or a command-line script (serves nothing).
 */
export type Runtime = 'node' | 'edge' | 'cli'

/** The settings that are only safe on a developer's machine, each with what it would expose in production. */
function unsafeInProduction(e: v.InferOutput<typeof ConfigSchema>, runtime: Runtime): string[] {
  const problems: string[] = []
  if (!e.PUBLIC_URL.startsWith('https://'))
    problems.push('PUBLIC_URL must be https://: session cookies and sign-in links would travel in clear')
  if (e.DEMO_DATA)
    problems.push('DEMO_DATA cannot be on: demo police units and citizens would be served as real')
  if (e.RATE_LIMITS === false)
    problems.push('RATE_LIMITS cannot be off: passwords could be guessed and accounts probed without limit')
  if (e.CIFRAS === false) problems.push("CIFRAS cannot be off: the commanders' figures would stop counting")
  if (!(e.CLAVEUNICA_CLIENT_ID && e.CLAVEUNICA_CLIENT_SECRET))
    problems.push(
      'CLAVEUNICA_CLIENT_ID and CLAVEUNICA_CLIENT_SECRET are required: citizens could not sign in',
    )
  for (const name of OPENID_ENDPOINTS) {
    if (!e[name].startsWith('https://'))
      problems.push(`${name} must be https://: the client secret, codes and tokens would travel in clear`)
  }
  if (!e.FISCALIA_URL?.startsWith('https://'))
    problems.push(
      'FISCALIA_URL is required, https://: denuncias could not reach the Fiscalía, or would travel in clear',
    )
  if (runtime === 'node' && e.MAX_IN_FLIGHT === 0)
    problems.push(
      'MAX_IN_FLIGHT cannot be 0: without admission control a spike queues without bound and nobody is answered',
    )
  if (runtime === 'node' && e.MAX_EVENT_LOOP_LAG_MS === 0)
    problems.push(
      'MAX_EVENT_LOOP_LAG_MS cannot be 0: a process out of CPU would keep taking requests it cannot answer',
    )
  return problems
}

/** ClaveÚnica's endpoints: each carries the client secret, a code or a token. */
const OPENID_ENDPOINTS = [
  'CLAVEUNICA_ISSUER',
  'CLAVEUNICA_AUTHORIZE_URL',
  'CLAVEUNICA_TOKEN_URL',
  'CLAVEUNICA_USERINFO_URL',
  'CLAVEUNICA_JWKS_URL',
  'CLAVEUNICA_LOGOUT_URL',
] as const

/**
 * Reads and checks the configuration once, at the entry point. In production it refuses to
 * start on settings that are only safe on a developer's machine, naming each and why.
 *
 * @example
 * const config = loadConfig(process.env, 'node')
 */
export function loadConfig(env: Record<string, string | undefined>, runtime: Runtime): Config {
  const result = v.safeParse(ConfigSchema, env)
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '?'}: ${issue.message}`)
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`)
  }
  const e = result.output
  if (e.APP_ENV === 'production') {
    const problems = unsafeInProduction(e, runtime)
    if (problems.length > 0)
      throw new Error(`Unsafe configuration for production:\n  ${problems.join('\n  ')}`)
  }
  // Whatever else is set: cheap hashes outside the test suite would make stolen ones cheap to crack.
  if (e.PASSWORD_HASHING === 'test' && e.APP_ENV !== 'test') {
    throw new Error(
      `PASSWORD_HASHING=test is refused with APP_ENV=${e.APP_ENV}: it is for the test suite alone (APP_ENV=test); ` +
        'passwords hashed at that cost could be guessed by the billion from a stolen database',
    )
  }
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) {
    throw new Error(
      'HEADERS_TIMEOUT_MS cannot be longer than REQUEST_TIMEOUT_MS (the headers are part of it)',
    )
  }
  const claveUnica: ClaveUnicaConfig | null =
    e.CLAVEUNICA_CLIENT_ID && e.CLAVEUNICA_CLIENT_SECRET
      ? {
          issuer: e.CLAVEUNICA_ISSUER,
          authorizeUrl: e.CLAVEUNICA_AUTHORIZE_URL,
          tokenUrl: e.CLAVEUNICA_TOKEN_URL,
          userinfoUrl: e.CLAVEUNICA_USERINFO_URL,
          jwksUrl: e.CLAVEUNICA_JWKS_URL,
          logoutUrl: e.CLAVEUNICA_LOGOUT_URL,
          clientId: e.CLAVEUNICA_CLIENT_ID,
          clientSecret: e.CLAVEUNICA_CLIENT_SECRET,
          tokenAuth: e.CLAVEUNICA_TOKEN_AUTH,
          redirectUri: new URL('/auth/claveunica/callback', e.PUBLIC_URL).toString(),
        }
      : null
  return {
    env: e.APP_ENV,
    publicUrl: e.PUBLIC_URL,
    demoData: e.DEMO_DATA ?? e.APP_ENV === 'development',
    rateLimits: e.RATE_LIMITS ?? true,
    cifras: e.CIFRAS ?? true,
    registryTimeoutMs: e.REGISTRY_TIMEOUT_MS,
    maxInFlight: e.MAX_IN_FLIGHT,
    maxLagMs: e.MAX_EVENT_LOOP_LAG_MS,
    trustProxy: proxyTrust(e.TRUSTED_PROXIES),
    deadlines: {
      headersTimeout: e.HEADERS_TIMEOUT_MS,
      requestTimeout: e.REQUEST_TIMEOUT_MS,
      keepAliveTimeout: e.KEEP_ALIVE_TIMEOUT_MS,
      connectionsCheckingInterval: e.CONNECTIONS_CHECK_INTERVAL_MS,
    },
    maxConnectionsPerClient: e.MAX_CONNECTIONS_PER_CLIENT,
    claveUnica,
    fiscaliaUrl: e.FISCALIA_URL ?? null,
    passwordHashing: e.PASSWORD_HASHING,
  }
}
