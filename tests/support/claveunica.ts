import { afterAll, beforeAll } from 'vitest'
import {
  type LocalClaveUnica,
  startLocalClaveUnica,
} from '../../worker/adapters/claveunica-local/provider.ts'
import { testClient } from './client.ts'

/** The app's callback on the test apps' default PUBLIC_URL. */
export const TEST_CALLBACK = 'http://localhost:8787/auth/claveunica/callback'

/**
 * The local ClaveÚnica on a free loopback port, and the settings that point an app at it.
 *
 * @example
 * const { provider, env } = await testClaveUnica()
 * const t = await testApp({ env })
 */
export async function testClaveUnica(callback = TEST_CALLBACK) {
  const provider: LocalClaveUnica = await startLocalClaveUnica({
    port: 0,
    clients: [{ clientId: 'cv-test', clientSecret: 'cv-test-secret', redirectUris: [callback] }],
  })
  const env = {
    CLAVEUNICA_ISSUER: provider.issuer,
    CLAVEUNICA_AUTHORIZE_URL: provider.authorizeUrl,
    CLAVEUNICA_TOKEN_URL: provider.tokenUrl,
    CLAVEUNICA_USERINFO_URL: provider.userinfoUrl,
    CLAVEUNICA_JWKS_URL: provider.jwksUrl,
    CLAVEUNICA_LOGOUT_URL: provider.logoutUrl,
    CLAVEUNICA_CLIENT_ID: 'cv-test',
    CLAVEUNICA_CLIENT_SECRET: 'cv-test-secret',
  }
  return { provider, env }
}

/**
 * A person at the provider's login page: follows its redirects with their own cookies, types a
 * RUN and password, and returns the URL the provider finally sends the browser to (our callback).
 */
export function providerBrowser() {
  const jar = new Map<string, string>()
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const i = pair.indexOf('=')
      jar.set(pair.slice(0, i), pair.slice(i + 1))
    }
  }
  async function follow(url: string, init: RequestInit = {}): Promise<{ url: string; response: Response }> {
    let current = url
    let request = init
    for (let hops = 0; hops < 10; hops += 1) {
      if (current.startsWith('http://localhost:8787/')) return { url: current, response: new Response(null) }
      const response = await fetch(current, {
        ...request,
        redirect: 'manual',
        headers: { ...request.headers, cookie: cookie() },
      })
      keep(response)
      const location = response.headers.get('location')
      if (!location) return { url: current, response }
      current = new URL(location, current).toString()
      request = {}
    }
    throw new Error('too many redirects')
  }
  return {
    /** Opens the authorization URL; returns the login page's URL, or the callback if a session exists. */
    open: (authorizeUrl: string) => follow(authorizeUrl),
    async login(pageUrl: string, run: string, password: string): Promise<string> {
      const result = await follow(pageUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ run, password }).toString(),
      })
      return result.url
    },
    follow,
  }
}

/**
 * A citizen signed in to the app through the whole ClaveÚnica flow.
 *
 * @example
 * const maria = await signedInWithClaveUnica(t.app, '44.444.444-4')
 * await maria.get('/api/me')
 */
export async function signedInWithClaveUnica(
  app: { request: (path: string, init: RequestInit) => Response | Promise<Response> },
  run: string,
  password = 'demo1234',
) {
  const client = testClient((path, init) => app.request(path, init))
  const person = providerBrowser()
  const start = await client.get('/auth/claveunica/login')
  const page = await person.open(start.headers.get('location') ?? '')
  const callback = new URL(await person.login(page.url, run, password))
  const landed = await client.get(callback.pathname + callback.search)
  if (landed.headers.get('location') !== '/mis-tramites')
    throw new Error(`ClaveÚnica login failed for ${run}`)
  return client
}

/**
 * A local ClaveÚnica for the tests of one file: started before them, closed after; the result
 * gives it to a test once started.
 *
 * @example
 * const claveunica = claveUnicaDelArchivo()
 * it('…', async () => { const t = await testApp({ env: claveunica().env }) })
 */
export function claveUnicaDelArchivo(): () => Awaited<ReturnType<typeof testClaveUnica>> {
  let started: Awaited<ReturnType<typeof testClaveUnica>> | undefined
  beforeAll(async () => {
    started = await testClaveUnica()
  })
  afterAll(() => started?.provider.close())
  return () => {
    if (!started) throw new Error('the local ClaveÚnica starts before the tests')
    return started
  }
}
