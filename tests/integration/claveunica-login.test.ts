import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authFlows, sessions, users } from '../../db/schema/index.ts'
import { SIGNED_IN_COOKIE } from '../../worker/identity/session-hint.ts'
import { testApp } from '../support/app.ts'
import { providerBrowser, TEST_CALLBACK, testClaveUnica } from '../support/claveunica.ts'
import { testClient } from '../support/client.ts'
import { HOSTILE_RETURN_TO, landingOrigin } from '../support/redirects.ts'

let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
beforeAll(async () => {
  claveunica = await testClaveUnica()
})
afterAll(() => claveunica.provider.close())

/** A fresh app pointed at the local ClaveÚnica, a citizen's browser for each side. */
async function setup() {
  const t = await testApp({ env: claveunica.env })
  const app = testClient((path, init) => t.app.request(path, init))
  const person = providerBrowser()
  return { t, app, person }
}

/** Starts a login at the app and returns the callback URL ClaveÚnica sends the browser back to. */
async function loginAtClaveUnica(
  s: Awaited<ReturnType<typeof setup>>,
  run = '44.444.444-4',
  returnTo = '/mis-tramites',
  password = 'demo1234',
) {
  const start = await s.app.get(`/auth/claveunica/login?returnTo=${encodeURIComponent(returnTo)}`)
  expect(start.status).toBe(302)
  const page = await s.person.open(start.headers.get('location') ?? '')
  return new URL(await s.person.login(page.url, run, password))
}

async function written(t: Awaited<ReturnType<typeof testApp>>) {
  const [u] = await t.db.select({ n: count() }).from(users)
  const [s] = await t.db.select({ n: count() }).from(sessions)
  return { users: u?.n, sessions: s?.n }
}

describe('login with ClaveÚnica', () => {
  it('asks for the code with PKCE S256, a long state, a nonce and ClaveÚnica’s scopes', async () => {
    const { app } = await setup()
    const start = await app.get('/auth/claveunica/login')
    const url = new URL(start.headers.get('location') ?? '')
    expect(url.origin + url.pathname).toBe(claveunica.provider.authorizeUrl)
    expect(url.searchParams.get('code_challenge_method')).toBe('S256')
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(url.searchParams.get('state')?.length).toBeGreaterThanOrEqual(30)
    expect(url.searchParams.get('nonce')?.length).toBeGreaterThanOrEqual(30)
    expect(url.searchParams.get('scope')).toBe('openid run name')
    expect(start.headers.getSetCookie().join()).toMatch(/cv_auth=.*HttpOnly/i)
  })

  it('signs the citizen in, keyed on the RUN, and lands on Mis trámites', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    const landed = await s.app.get(callback.pathname + callback.search)
    expect(landed.status).toBe(303)
    expect(landed.headers.get('location')).toBe('/mis-tramites')
    const me = await s.app.get('/api/me')
    expect(await me.json()).toEqual({
      user: expect.objectContaining({
        name: 'María Carmen Del Río González',
        run: '44.444.444-4',
        runProof: 'claveunica',
        assurance: 'claveunica',
      }),
    })
    // Logging in again, from another browser, is the same citizen, not a second one.
    const second = {
      ...s,
      app: testClient((path, init) => s.t.app.request(path, init)),
      person: providerBrowser(),
    }
    const back = await loginAtClaveUnica(second)
    await second.app.get(back.pathname + back.search)
    expect(await written(s.t)).toEqual({ users: 1, sessions: 2 })
  })

  it('tells every page, by a readable hint beside the HttpOnly session, that the browser holds a session; sign-out clears it', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s, '44.444.444-4', '/constancias/votacion/aviso')
    const landed = await s.app.get(callback.pathname + callback.search)
    const cookies = landed.headers.getSetCookie()
    expect(cookies.find((line) => line.startsWith('cv_session='))).toMatch(/HttpOnly/i)
    const hint = cookies.find((line) => line.startsWith(`${SIGNED_IN_COOKIE}=`)) ?? ''
    expect(hint).toMatch(/^cv_signed_in=1;/)
    expect(hint).toMatch(/Path=\//)
    expect(hint).not.toMatch(/HttpOnly/i)
    // A browser whose session began before the hint existed gets it back with any answer.
    s.app.jar.delete(SIGNED_IN_COOKIE)
    expect((await s.app.get('/api/me')).status).toBe(200)
    expect(s.app.jar.get(SIGNED_IN_COOKIE)).toBe('1')
    expect((await s.app.post('/api/auth/logout', { everywhere: false })).status).toBe(200)
    expect(s.app.jar.has(SIGNED_IN_COOKIE)).toBe(false)
    expect(s.app.jar.has('cv_session')).toBe(false)
  })

  it('reads a RUN number ClaveÚnica sends as a string', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s, '55.555.555-5')
    await s.app.get(callback.pathname + callback.search)
    expect(await (await s.app.get('/api/me')).json()).toMatchObject({ user: { run: '55.555.555-5' } })
  })

  it('refuses a wrong state, writing nothing', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    callback.searchParams.set('state', 'x'.repeat(43))
    const refused = await s.app.get(callback.pathname + callback.search)
    expect(refused.headers.get('location')).toBe('/ingresar?error=claveunica')
    expect(await written(s.t)).toEqual({ users: 0, sessions: 0 })
  })

  it('refuses a replayed callback (the code and the flow are single use)', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    const cookies = new Map(s.app.jar)
    await s.app.get(callback.pathname + callback.search)
    for (const [k, v] of cookies) s.app.jar.set(k, v)
    s.app.jar.delete('cv_session')
    const replay = await s.app.get(callback.pathname + callback.search)
    expect(replay.headers.get('location')).toBe('/ingresar?error=claveunica')
    expect((await written(s.t)).sessions).toBe(1)
  })

  it('refuses a callback in a browser that did not start the login', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    const other = testClient((path, init) => s.t.app.request(path, init))
    const refused = await other.get(callback.pathname + callback.search)
    expect(refused.headers.get('location')).toBe('/ingresar?error=claveunica')
    expect(await written(s.t)).toEqual({ users: 0, sessions: 0 })
  })

  it('refuses an ID token whose nonce is not this login’s', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    await s.t.db.update(authFlows).set({ nonce: 'another-login-nonce-another-login-nonce' })
    const refused = await s.app.get(callback.pathname + callback.search)
    expect(refused.headers.get('location')).toBe('/ingresar?error=claveunica')
    expect(await written(s.t)).toEqual({ users: 0, sessions: 0 })
  })

  it('refuses when the PKCE verifier does not match (the provider refuses the code)', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    await s.t.db.update(authFlows).set({ codeVerifier: 'v'.repeat(43) })
    const refused = await s.app.get(callback.pathname + callback.search)
    expect(refused.headers.get('location')).toBe('/ingresar?error=claveunica')
    expect(await written(s.t)).toEqual({ users: 0, sessions: 0 })
  })

  it('signs out of both: the session cookie stops working and ClaveÚnica asks for the password again', async () => {
    const s = await setup()
    const callback = await loginAtClaveUnica(s)
    await s.app.get(callback.pathname + callback.search)
    const stolen = new Map(s.app.jar)
    const out = (await (await s.app.post('/api/auth/logout', {})).json()) as { redirect: string }
    const logout = new URL(out.redirect)
    expect(logout.origin + logout.pathname).toBe(claveunica.provider.logoutUrl)
    expect(logout.searchParams.get('redirect')).toBe('http://localhost:8787/')
    await s.person.follow(out.redirect)
    const replayed = testClient((path, init) => s.t.app.request(path, init))
    for (const [k, v] of stolen) replayed.jar.set(k, v)
    expect((await replayed.get('/api/me')).status).toBe(401)
    const start = await s.app.get('/auth/claveunica/login')
    const page = await s.person.open(start.headers.get('location') ?? '')
    expect(page.url).toContain('/interaction/')
  })
})

describe('where login with ClaveÚnica lands', () => {
  /** A 303 to a path that a browser, after its own clean-up, resolves to the portal itself. */
  function expectPortalPath(response: Response) {
    expect(response.status).toBe(303)
    const location = response.headers.get('location') ?? ''
    expect(location).toMatch(/^\/(?![/\\])[\x21-\x7E]*$/)
    expect(landingOrigin(location, TEST_CALLBACK)).toBe(new URL(TEST_CALLBACK).origin)
    return location
  }

  it('keeps the citizen on the portal whatever returnTo the login was given', async () => {
    const s = await setup()
    for (const returnTo of [...HOSTILE_RETURN_TO, `/${'a'.repeat(10_000)}`, '/日本']) {
      const callback = await loginAtClaveUnica(s, '44.444.444-4', returnTo)
      expectPortalPath(await s.app.get(callback.pathname + callback.search))
    }
    expect((await s.app.get('/api/me')).status).toBe(200)
  })

  it('keeps a path of the portal, rebuilt as the browser’s URL parser reads it', async () => {
    const s = await setup()
    for (const [returnTo, expected] of [
      ['/permisos/solicitud?paso=2#datos', '/permisos/solicitud?paso=2#datos'],
      ['http://localhost:8787/constancias/votacion', '/constancias/votacion'],
      ['/señal', '/se%C3%B1al'],
    ]) {
      const callback = await loginAtClaveUnica(s, '44.444.444-4', returnTo)
      expect(expectPortalPath(await s.app.get(callback.pathname + callback.search))).toBe(expected)
    }
  })

  it('checks the stored returnTo again: a login started before the check cannot leave, nor fail', async () => {
    const s = await setup()
    // What an older, laxer check let into the table (and what a lone surrogate or a character
    // outside Latin-1 did to the redirect: a 500 after the session cookie was set).
    for (const stored of [...HOSTILE_RETURN_TO, '/\uD800', '/日本', '', `/${'a'.repeat(100_000)}`]) {
      const callback = await loginAtClaveUnica(s)
      await s.t.db.update(authFlows).set({ returnTo: stored })
      const landed = await s.app.get(callback.pathname + callback.search)
      expectPortalPath(landed)
      expect(landed.headers.getSetCookie().join()).toMatch(/cv_session=/)
    }
  })
})
