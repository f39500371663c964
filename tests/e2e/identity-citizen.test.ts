import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { safeReturnTo } from '../../worker/identity/return-to.ts'
import { freePort } from '../support/node-server.ts'
import { HOSTILE_RETURN_TO } from '../support/redirects.ts'
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { api, DEMO_CITIZENS, DEMO_PASSWORD } from './support/identity.ts'
import { type Mailbox, startMailbox } from './support/mailbox.ts'
import { claveUnica, cuenta } from './support/pages.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'

let mailbox: Mailbox
let server: PortalServer
let browser: Browser
let claveUnicaOrigin: string

beforeAll(async () => {
  buildPwa()
  mailbox = await startMailbox()
  const claveUnicaPort = await freePort()
  claveUnicaOrigin = `http://127.0.0.1:${claveUnicaPort}`
  server = await startPortal({
    env: {
      CLAVEUNICA_LOCAL_PORT: String(claveUnicaPort),
      SMTP_URL: mailbox.url,
      MAINTENANCE_INTERVAL_MS: '200',
    },
  })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mailbox?.close()
})

describe('a citizen with ClaveÚnica', () => {
  it('signs in through the local ClaveÚnica, lands on Mis trámites, and signing out ends both sessions', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    await cuenta.openIngresar(page)
    // The installed service worker must let the round trip through /auth/ reach the server.
    await waitForServiceWorker(page)

    await cuenta.startClaveUnica(page)
    await page.waitForURL((url) => url.origin === claveUnicaOrigin)
    await claveUnica.signIn(page, DEMO_CITIZENS.maria.run, DEMO_PASSWORD)
    await page.waitForURL(`${server.origin}/mis-tramites`)
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Mis trámites')
    expect(await page.locator('.lead').textContent()).toBe(`Hola, ${DEMO_CITIZENS.maria.name}`)
    expect(await cuenta.details(page)).toEqual({
      Nombre: DEMO_CITIZENS.maria.name,
      RUN: DEMO_CITIZENS.maria.run,
      'Identidad acreditada con': 'ClaveÚnica (RUN verificado por el Registro Civil)',
    })
    // Each service's list is read on its own: the words come once every one has answered.
    await page.locator('main').getByText('Aún no tiene trámites.').waitFor()
    expect(await cuenta.headerName(page)).toBe(DEMO_CITIZENS.maria.name)

    // "Cerrar sesión" goes through ClaveÚnica's logout and back to the home page.
    await cuenta.signOutFromHeader(page)
    await page.waitForURL(`${server.origin}/`)
    expect(await cuenta.headerName(page)).toBeNull()
    expect((await context.request.get(`${server.origin}/api/me`)).status()).toBe(401)
    // ClaveÚnica's own session is gone too: signing in again asks for the password.
    await page.goto('/auth/claveunica/login?returnTo=/mis-tramites')
    await page.waitForURL((url) => url.origin === claveUnicaOrigin)
    await page.locator('#password').waitFor()
    expect(await page.title()).toContain('ClaveÚnica')
    await context.close()
  })

  it('a failed ClaveÚnica sign-in comes back to /ingresar with a clear message', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    await cuenta.openIngresar(page)
    await cuenta.startClaveUnica(page)
    await page.waitForURL((url) => url.origin === claveUnicaOrigin)
    // "Cancelar y volver": ClaveÚnica answers with an error instead of a code.
    await page.locator('form button.secundario').click()
    await page.waitForURL(`${server.origin}/ingresar?error=claveunica`)
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('No se pudo iniciar sesión con ClaveÚnica.')
    expect(await page.title()).toMatch(/^Error: Ingresar/)
    await context.close()
  })
})

describe('a citizen without ClaveÚnica', () => {
  const person = {
    run: '12.345.678-5',
    nombres: 'Camila Andrea',
    apellidos: 'Rojas Fuentes',
    email: 'camila.rojas@example.cl',
    password: 'un cóndor sobre los Andes 1810',
  }

  it('registers, confirms the e-mail from the message received over SMTP, signs in, and signs out everywhere', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()

    // The shared schema checks the answers before anything is sent.
    await page.goto('/registrarse')
    await page.locator('form button[type="submit"]').click()
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    expect(await summary.locator('li').count()).toBe(5)
    expect(await page.locator('#run').getAttribute('aria-invalid')).toBe('true')

    await cuenta.register(page, person)
    await page.waitForURL(/\/registrarse\/revise-su-correo$/)
    expect(await page.locator('.panel').textContent()).toContain(person.email)

    // Before the e-mail is confirmed, the password does not open the account.
    await cuenta.openPasswordSignIn(page)
    await cuenta.signInWithPassword(page, person.run, person.password)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('confirme su correo electrónico')

    const link = await mailbox.link(person.email, '/verificar-correo')
    expect(new URL(link).origin).toBe(server.origin)
    await page.goto(link)
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Correo confirmado')
    // The token left the address bar as soon as it was read.
    expect(new URL(page.url()).hash).toBe('')

    await page.locator('main a.button-link').click()
    await page.waitForURL(/\/ingresar$/)
    await page.locator('main a[href^="/ingresar/clave"]').click()
    await page.waitForURL(/\/ingresar\/clave\?returnTo=%2Fmis-tramites$/)
    await cuenta.signInWithPassword(page, person.run, person.password)
    await page.waitForURL(/\/mis-tramites$/)
    expect(await cuenta.details(page)).toEqual({
      Nombre: `${person.nombres} ${person.apellidos}`,
      RUN: person.run,
      'Correo electrónico': person.email,
      'Identidad acreditada con': 'Cuenta propia (RUN declarado por usted)',
    })

    // A second device, then "Cerrar sesión en todos los dispositivos" on the first.
    const other = await newPhoneContext(browser, server.origin)
    const otherPage = await other.newPage()
    await cuenta.openPasswordSignIn(otherPage)
    await cuenta.signInWithPassword(otherPage, person.run, person.password)
    await otherPage.waitForURL(/\/mis-tramites$/)

    await page.locator('.button-group .button--secondary').click()
    await page.waitForURL(`${server.origin}/`)
    expect((await context.request.get(`${server.origin}/api/me`)).status()).toBe(401)
    await otherPage.goto('/mis-tramites')
    await otherPage.waitForURL(/\/ingresar\?returnTo=/)
    await other.close()
    await context.close()
  })
})

describe('where signing in lands, whatever returnTo says', () => {
  const onPortal = (url: URL) =>
    url.origin !== claveUnicaOrigin &&
    !url.pathname.startsWith('/ingresar') &&
    !url.pathname.startsWith('/auth/')

  /** Waits for the sign-in to end, and checks it ended on the portal, where `returnTo` allows. */
  async function expectLandedOnPortal(page: Page, returnTo: string, timeout?: number) {
    await page.waitForURL((url) => onPortal(url) || url.origin === claveUnicaOrigin, { timeout })
    // ClaveÚnica's session lasts 60 seconds from its login: on a slow run the loop outlives it,
    // and ClaveÚnica asks for the password again, as it would a citizen.
    if (new URL(page.url()).origin === claveUnicaOrigin) {
      await claveUnica.signIn(page, DEMO_CITIZENS.jose.run, DEMO_PASSWORD)
      await page.waitForURL(onPortal)
    }
    const landed = new URL(page.url())
    expect(landed.origin, JSON.stringify(returnTo)).toBe(server.origin)
    expect(landed.pathname + landed.search + landed.hash).toBe(safeReturnTo(returnTo, server.origin))
  }

  /**
   * Starts a sign-in and checks where it lands; a sign-in that lands nowhere in 15 s (a loaded
   * test machine: the provider or the page slow to answer) is started again once, as a citizen
   * would press again — where it lands is what this test is about.
   */
  async function expectSignInLandsOnPortal(page: Page, returnTo: string, start: () => Promise<unknown>) {
    await start()
    try {
      await expectLandedOnPortal(page, returnTo, 15_000)
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error
      await start()
      await expectLandedOnPortal(page, returnTo)
    }
  }

  it('with ClaveÚnica, from the login address and from the sign-in screen', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    // Signed in at ClaveÚnica once, it sends every later login straight back to the callback.
    await page.goto('/auth/claveunica/login?returnTo=/mis-tramites')
    await claveUnica.signIn(page, DEMO_CITIZENS.jose.run, DEMO_PASSWORD)
    await page.waitForURL(`${server.origin}/mis-tramites`)
    for (const returnTo of HOSTILE_RETURN_TO) {
      await expectSignInLandsOnPortal(page, returnTo, () =>
        page.goto(`/auth/claveunica/login?returnTo=${encodeURIComponent(returnTo)}`),
      )
      await expectSignInLandsOnPortal(page, returnTo, async () => {
        await page.goto(`/ingresar?returnTo=${encodeURIComponent(returnTo)}`)
        // The button itself, pressed: once /api/me answers, the page says who is signed in above
        // it, which moves it down, and a click aimed where it was would land beside it.
        await page.locator('.button-cu').dispatchEvent('click')
      })
    }
    await context.close()
  })

  it('with RUN and password', async () => {
    const person = {
      run: '11.111.111-1',
      nombres: 'Valentina',
      apellidos: 'Soto Pérez',
      email: 'valentina.soto@example.cl',
      password: 'la lluvia de Chiloé en invierno 1960',
    }
    await api(server, '/api/auth/register', person)
    const link = await mailbox.link(person.email, '/verificar-correo')
    expect((await api(server, '/api/auth/verify-email', { token: link.split('#')[1] })).status).toBe(200)
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    // Five: the sign-ins a RUN may try in a quarter of an hour.
    for (const returnTo of [
      '/\t/evil.example',
      '/\n/evil.example',
      '//evil.example',
      '/.//evil.example',
      '/%09/evil.example',
    ]) {
      await page.goto(`/ingresar/clave?returnTo=${encodeURIComponent(returnTo)}`)
      await cuenta.signInWithPassword(page, person.run, person.password)
      await expectLandedOnPortal(page, returnTo)
    }
    await context.close()
  })
})
