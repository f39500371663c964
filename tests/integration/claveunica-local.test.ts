// The local ClaveÚnica driven end to end with plain fetch, as a browser (manual cookies, manual redirects)
// and as the app's backend (token and user info), checking ClaveÚnica's shapes and every refusal.
import { createHash, randomBytes } from 'node:crypto'
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDigit } from '../../core/run.ts'
import {
  DEMO_CITIZENS,
  type LocalClaveUnica,
  NUMERO_AS_STRING_RUN,
  startLocalClaveUnica,
} from '../../worker/adapters/claveunica-local/provider.ts'

const REDIRECT_URI = 'http://localhost:8787/auth/claveunica/callback'
const POST_CLIENT = {
  clientId: 'comisaria-test',
  clientSecret: 'post-secret-for-tests',
  redirectUris: [REDIRECT_URI],
}
const BASIC_CLIENT = {
  clientId: 'comisaria-basic',
  clientSecret: 'basic-secret-for-tests',
  redirectUris: ['http://localhost:8787/basic/callback'],
  tokenEndpointAuthMethod: 'client_secret_basic' as const,
}

interface StoredCookie {
  name: string
  value: string
  path: string
}

/** A browser reduced to what the flow needs: a cookie jar honouring paths, and no automatic redirects. */
class Browser {
  cookies: StoredCookie[] = []

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const path = new URL(url).pathname
    const cookie = this.cookies
      .filter((c) => path.startsWith(c.path))
      .map((c) => `${c.name}=${c.value}`)
      .join('; ')
    const headers: Record<string, string> = cookie ? { cookie } : {}
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded'
    const response = await fetch(url, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      body: init.form ? new URLSearchParams(init.form) : undefined,
      redirect: 'manual',
    })
    for (const line of response.headers.getSetCookie()) this.store(line)
    return response
  }

  private store(line: string): void {
    const [pair = '', ...attributes] = line.split(';').map((part) => part.trim())
    const name = pair.slice(0, pair.indexOf('='))
    const value = pair.slice(pair.indexOf('=') + 1)
    const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith('path='))
    const path = pathAttribute ? pathAttribute.slice(5) : '/'
    const expired = /expires=Thu, 01 Jan 1970/i.test(line) || value === ''
    this.cookies = this.cookies.filter((c) => !(c.name === name && c.path === path))
    if (!expired) this.cookies.push({ name, value, path })
  }
}

function base64url(bytes: Buffer): string {
  return bytes.toString('base64url')
}

interface AuthorizationRequest {
  url: string
  state: string
  nonce: string
  verifier: string
}

function authorizationRequest(
  cu: LocalClaveUnica,
  overrides: Record<string, string | undefined> = {},
  clientId = POST_CLIENT.clientId,
  redirectUri = REDIRECT_URI,
): AuthorizationRequest {
  const verifier = base64url(randomBytes(32))
  const state = base64url(randomBytes(32))
  const nonce = base64url(randomBytes(16))
  const params: Record<string, string | undefined> = {
    client_id: clientId,
    response_type: 'code',
    scope: 'openid run name',
    redirect_uri: redirectUri,
    state,
    nonce,
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    ...overrides,
  }
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value)
  return { url: `${cu.authorizeUrl}?${query}`, state, nonce, verifier }
}

/** Follows redirects while they stay on the provider; returns the last response and where it points. */
async function navigate(
  browser: Browser,
  cu: LocalClaveUnica,
  start: Response,
): Promise<{ response: Response; location?: URL }> {
  let response = start
  for (let hops = 0; hops < 10; hops++) {
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) return { response }
    const next = new URL(location, cu.issuer)
    if (next.origin !== new URL(cu.issuer).origin) return { response, location: next }
    response = await browser.request(next.href)
  }
  throw new Error('too many redirects')
}

/** Authorizes, fills in the login page with the given RUN and password, and returns where it ends. */
async function loginFlow(
  browser: Browser,
  cu: LocalClaveUnica,
  run: string,
  password: string,
  request = authorizationRequest(cu),
): Promise<{ request: AuthorizationRequest; page?: string; status: number; callback?: URL }> {
  const { response, location } = await navigate(browser, cu, await browser.request(request.url))
  if (location) return { request, status: response.status, callback: location }
  const page = await response.text()
  const action = /<form method="post" action="([^"]+)">/.exec(page)?.[1]
  if (!action) return { request, page, status: response.status }
  const submitted = await browser.request(new URL(action, cu.issuer).href, { form: { run, password } })
  const after = await navigate(browser, cu, submitted)
  return {
    request,
    status: after.response.status,
    callback: after.location,
    page: after.location ? undefined : await after.response.text(),
  }
}

async function exchangeCode(
  cu: LocalClaveUnica,
  code: string,
  request: AuthorizationRequest,
): Promise<{ status: number; body: Record<string, unknown> }> {
  // Form-encoded with client_secret_post and state, exactly as ClaveÚnica's manual lists the fields.
  const response = await fetch(cu.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: POST_CLIENT.clientId,
      client_secret: POST_CLIENT.clientSecret,
      redirect_uri: REDIRECT_URI,
      grant_type: 'authorization_code',
      code,
      state: request.state,
      code_verifier: request.verifier,
    }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function userinfo(cu: LocalClaveUnica, accessToken: unknown, method = 'POST'): Promise<Response> {
  return fetch(cu.userinfoUrl, { method, headers: { authorization: `Bearer ${String(accessToken)}` } })
}

function codeOf(callback: URL | undefined): string {
  const code = callback?.searchParams.get('code')
  if (!code) throw new Error(`no code in ${callback?.href}`)
  return code
}

describe('local ClaveÚnica (oidc-provider)', () => {
  let cu: LocalClaveUnica

  beforeAll(async () => {
    cu = await startLocalClaveUnica({ port: 0, clients: [POST_CLIENT, BASIC_CLIENT] })
  })
  afterAll(async () => {
    await cu?.close()
  })

  it('listens on loopback on the port it was given (0 → a real one) with ClaveÚnica’s paths', async () => {
    expect(cu.issuer).toMatch(/^http:\/\/127\.0\.0\.1:[1-9]\d*$/)
    expect(cu.authorizeUrl).toBe(`${cu.issuer}/openid/authorize/`)
    expect(cu.tokenUrl).toBe(`${cu.issuer}/openid/token/`)
    expect(cu.userinfoUrl).toBe(`${cu.issuer}/openid/userinfo/`)
    expect(cu.jwksUrl).toBe(`${cu.issuer}/openid/jwks/`)
    expect(cu.logoutUrl).toBe(`${cu.issuer}/api/v1/accounts/app/logout`)
    const discovery = (await (await fetch(`${cu.issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >
    expect(discovery).toMatchObject({
      issuer: cu.issuer,
      authorization_endpoint: cu.authorizeUrl,
      token_endpoint: cu.tokenUrl,
      userinfo_endpoint: cu.userinfoUrl,
      jwks_uri: cu.jwksUrl,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
    })
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining(['openid', 'run', 'name']))
    expect(discovery.claims_supported).not.toContain('email')
  })

  it('refuses to listen on anything but loopback', async () => {
    await expect(startLocalClaveUnica({ port: 0, host: '0.0.0.0', clients: [POST_CLIENT] })).rejects.toThrow(
      /loopback/,
    )
  })

  it('has the sandbox RUNs plus one ending in K, all valid by módulo 11', () => {
    expect(DEMO_CITIZENS.map((c) => c.run)).toEqual(
      expect.arrayContaining(['44444444-4', '55555555-5', '88888888-8', '99999999-9']),
    )
    expect(DEMO_CITIZENS.some((c) => c.dv === 'K')).toBe(true)
    for (const c of DEMO_CITIZENS) {
      expect(checkDigit(c.numero)).toBe(c.dv)
      expect(c.run).toBe(`${c.numero}-${c.dv}`)
      expect(c.nombres).toHaveLength(2)
      expect(c.apellidos).toHaveLength(2)
      expect(c.password).toBe('demo1234')
    }
  })

  it('runs the code flow: login page, code and state back, ID token, user info in ClaveÚnica’s shape', async () => {
    const browser = new Browser()
    const request = authorizationRequest(cu)
    const first = await navigate(browser, cu, await browser.request(request.url))
    const page = await first.response.text()
    expect(first.response.status).toBe(200)
    expect(page).toContain('<title>ClaveÚnica — Ingresa tu RUN y ClaveÚnica</title>')
    expect(page).toContain('<html lang="es">')
    expect(page).toMatch(/<label for="run">RUN<\/label>\s*<input id="run" name="run"/)
    expect(page).toMatch(
      /<label for="password">ClaveÚnica<\/label>\s*<input id="password" name="password" type="password"/,
    )

    const { callback, status } = await loginFlow(browser, cu, '44.444.444-4', 'demo1234', request)
    expect(status).toBe(303)
    expect(callback?.origin + (callback?.pathname ?? '')).toBe(REDIRECT_URI)
    expect(callback?.searchParams.get('state')).toBe(request.state)
    const tokens = await exchangeCode(cu, codeOf(callback), request)
    expect(tokens.status).toBe(200)
    expect(tokens.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 })
    expect(tokens.body.refresh_token).toBeUndefined()

    const idToken = String(tokens.body.id_token)
    expect(decodeProtectedHeader(idToken).alg).toBe('RS256')
    const { payload } = await jwtVerify(idToken, createRemoteJWKSet(new URL(cu.jwksUrl)), {
      issuer: cu.issuer,
      audience: POST_CLIENT.clientId,
      algorithms: ['RS256'],
    })
    expect(payload.nonce).toBe(request.nonce)
    expect(typeof payload.exp).toBe('number')
    expect(payload.sub).toMatch(/^cu-[0-9a-f]{24}$/)
    expect(payload.sub).not.toContain('44444444')
    // ClaveÚnica's claims come from user info; the JWKS publishes the public key only.
    expect(payload.RolUnico).toBeUndefined()
    const jwks = (await (await fetch(cu.jwksUrl)).json()) as { keys: Record<string, unknown>[] }
    expect(jwks.keys.map((k) => [k.kty, k.alg, k.d])).toEqual([['RSA', 'RS256', undefined]])

    const info = await userinfo(cu, tokens.body.access_token)
    expect(info.status).toBe(200)
    expect(await info.json()).toEqual({
      sub: payload.sub,
      RolUnico: { numero: 44444444, DV: '4', tipo: 'RUN' },
      name: { nombres: ['María', 'Carmen'], apellidos: ['Del Río', 'González'] },
    })
    const viaGet = await userinfo(cu, tokens.body.access_token, 'GET')
    expect(viaGet.status).toBe(200)
  })

  it.each([
    ['555555555', NUMERO_AS_STRING_RUN, '55555555', '5'],
    ['12.345.670-k', '12345670-K', 12345670, 'K'],
    ['88888888-8', '88888888-8', 88888888, '8'],
  ])('accepts the RUN typed as %s and delivers RolUnico for %s', async (typed, run, numero, dv) => {
    const { callback, request } = await loginFlow(new Browser(), cu, typed, 'demo1234')
    const tokens = await exchangeCode(cu, codeOf(callback), request)
    const info = (await (await userinfo(cu, tokens.body.access_token)).json()) as Record<string, unknown>
    const person = DEMO_CITIZENS.find((c) => c.run === run)
    expect(info.RolUnico).toStrictEqual({ numero, DV: dv, tipo: 'RUN' })
    expect(info.name).toEqual({ nombres: person?.nombres, apellidos: person?.apellidos })
    expect(info.email).toBeUndefined()
  })

  it('shows the login page again with a clear error on a wrong password or an invalid RUN', async () => {
    const browser = new Browser()
    const wrong = await loginFlow(browser, cu, '44.444.444-4', 'not-the-password')
    expect(wrong.status).toBe(200)
    expect(wrong.callback).toBeUndefined()
    expect(wrong.page).toContain('role="alert"')
    expect(wrong.page).toContain('RUN o ClaveÚnica incorrectos')
    expect(wrong.page).toContain('value="44.444.444-4"')
    expect(wrong.page).toContain('aria-invalid="true"')

    const badDigit = await loginFlow(new Browser(), cu, '44.444.444-5', 'demo1234')
    expect(badDigit.page).toContain('El RUN ingresado no es válido')
  })

  it('refuses an authorization request without PKCE, with plain PKCE, or with a short state', async () => {
    for (const overrides of [
      { code_challenge: undefined, code_challenge_method: undefined },
      { code_challenge: base64url(randomBytes(32)), code_challenge_method: 'plain' },
    ]) {
      const request = authorizationRequest(cu, overrides)
      const response = await new Browser().request(request.url)
      const location = new URL(response.headers.get('location') ?? '', cu.issuer)
      expect(response.status).toBe(303)
      expect(location.origin + location.pathname).toBe(REDIRECT_URI)
      expect(location.searchParams.get('error')).toBe('invalid_request')
      expect(location.searchParams.get('code')).toBeNull()
      expect(location.searchParams.get('state')).toBe(request.state)
    }
    const shortState = await new Browser().request(authorizationRequest(cu, { state: 'too-short' }).url)
    expect(shortState.status).toBe(400)
  })

  it('accepts a code once: a replay is refused and revokes what the code issued', async () => {
    const { callback, request } = await loginFlow(new Browser(), cu, '99999999-9', 'demo1234')
    const code = codeOf(callback)
    const first = await exchangeCode(cu, code, request)
    expect(first.status).toBe(200)
    const replay = await exchangeCode(cu, code, request)
    expect(replay.status).toBe(400)
    expect(replay.body.error).toBe('invalid_grant')
    expect((await userinfo(cu, first.body.access_token)).status).toBe(401)
  })

  it('refuses a wrong code_verifier', async () => {
    const { callback, request } = await loginFlow(new Browser(), cu, '88888888-8', 'demo1234')
    const wrong = await exchangeCode(cu, codeOf(callback), {
      ...request,
      verifier: base64url(randomBytes(32)),
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.error).toBe('invalid_grant')
  })

  it('authenticates each client only by its registered method, and a refusal does not spend the code', async () => {
    const basicAuth = (id: string, secret: string) =>
      `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`
    const token = (form: Record<string, string>, authorization?: string) =>
      fetch(cu.tokenUrl, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
        body: new URLSearchParams(form),
      })

    const basicRedirect = String(BASIC_CLIENT.redirectUris[0])
    const basic = authorizationRequest(cu, {}, BASIC_CLIENT.clientId, basicRedirect)
    const basicFlow = await loginFlow(new Browser(), cu, '88888888-8', 'demo1234', basic)
    const basicForm = {
      grant_type: 'authorization_code',
      code: codeOf(basicFlow.callback),
      redirect_uri: basicRedirect,
      code_verifier: basic.verifier,
    }
    const basicAsPost = await token({
      ...basicForm,
      client_id: BASIC_CLIENT.clientId,
      client_secret: BASIC_CLIENT.clientSecret,
    })
    expect(basicAsPost.status).toBe(401)
    expect(await basicAsPost.json()).toMatchObject({ error: 'invalid_client' })
    const wrongSecret = await token(basicForm, basicAuth(BASIC_CLIENT.clientId, 'not-the-secret'))
    expect(wrongSecret.status).toBe(401)
    expect((await token(basicForm, basicAuth(BASIC_CLIENT.clientId, BASIC_CLIENT.clientSecret))).status).toBe(
      200,
    )

    const { callback, request } = await loginFlow(new Browser(), cu, '88888888-8', 'demo1234')
    const postForm = {
      grant_type: 'authorization_code',
      code: codeOf(callback),
      redirect_uri: REDIRECT_URI,
      code_verifier: request.verifier,
    }
    const postAsBasic = await token(postForm, basicAuth(POST_CLIENT.clientId, POST_CLIENT.clientSecret))
    expect(postAsBasic.status).toBe(401)
    expect(await postAsBasic.json()).toMatchObject({ error: 'invalid_client' })
    // oidc-provider routes paths case-insensitively: the check must hold on every spelling it accepts.
    const shouted = await fetch(cu.tokenUrl.replace('/openid/token/', '/OPENID/TOKEN//'), {
      method: 'POST',
      headers: { authorization: basicAuth(POST_CLIENT.clientId, POST_CLIENT.clientSecret) },
      body: new URLSearchParams(postForm),
    })
    expect(shouted.status).toBe(401)
    expect((await exchangeCode(cu, postForm.code, request)).status).toBe(200)
  })

  it('ends its session at the logout URL, and refuses a foreign redirect there', async () => {
    const browser = new Browser()
    await loginFlow(browser, cu, '44444444-4', 'demo1234')
    // Still within the 60-second session: the next authorization needs no password.
    const sso = await loginFlow(browser, cu, 'unused', 'unused')
    expect(sso.callback?.searchParams.get('code')).toBeTruthy()

    const foreign = await browser.request(
      `${cu.logoutUrl}?redirect=${encodeURIComponent('https://evil.example/')}`,
    )
    expect(foreign.status).toBe(400)
    const stillIn = await loginFlow(browser, cu, 'unused', 'unused')
    expect(stillIn.callback?.searchParams.get('code')).toBeTruthy()

    const back = 'http://localhost:8787/'
    const logout = await browser.request(`${cu.logoutUrl}?redirect=${encodeURIComponent(back)}`)
    expect(logout.status).toBe(302)
    expect(logout.headers.get('location')).toBe(back)
    const again = await navigate(browser, cu, await browser.request(authorizationRequest(cu).url))
    expect(again.location).toBeUndefined()
    expect(await again.response.text()).toContain('Ingresa tu RUN y ClaveÚnica')
  })

  it('sends the person back with access_denied when they cancel', async () => {
    const browser = new Browser()
    const request = authorizationRequest(cu)
    const { response } = await navigate(browser, cu, await browser.request(request.url))
    const action = /<form method="post" action="([^"]+\/abort)">/.exec(await response.text())?.[1]
    const cancelled = await navigate(
      browser,
      cu,
      await browser.request(new URL(action ?? '', cu.issuer).href, { method: 'POST' }),
    )
    expect(cancelled.location?.searchParams.get('error')).toBe('access_denied')
    expect(cancelled.location?.searchParams.get('state')).toBe(request.state)
  })
})
