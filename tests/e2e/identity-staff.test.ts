import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as personalEs } from '../../web/funcionarios/i18n/es.ts'
import type { AxeViolation } from './support/axe.ts'
import { DESKTOP, launchBrowser, PHONE } from './support/browser.ts'
import { createStaffWithCommand, DEMO_UNIDAD, totpCode } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { type Mailbox, startMailbox } from './support/mailbox.ts'
import { cuenta, funcionarios } from './support/pages.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { photograph } from './support/shots.ts'

let mailbox: Mailbox
let server: PortalServer
let browser: Browser

beforeAll(async () => {
  buildPwa()
  mailbox = await startMailbox()
  server = await startPortal({
    env: { SMTP_URL: mailbox.url, MAINTENANCE_INTERVAL_MS: '200', DEMO_DATA: '1' },
  })
  browser = await launchBrowser({ serviceWorker: false })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mailbox?.close()
})

// The CSP is bypassed for axe only (it is injected as an inline script).
const newDesktop = () =>
  browser.newContext({ baseURL: server.origin, viewport: DESKTOP, locale: 'es-CL', bypassCSP: true })

/** Long Spanish sentences of the staff screens: none may be left on a page shown in English or Creole. */
const SPANISH = Object.values(personalEs).filter((value) => value.length >= 40 && !value.includes('{'))

/**
 * From an activation link to the staff home: choose a password, sign in, enrol the authenticator
 * app with the key shown on screen, and enter its first code. Returns the key.
 */
async function activateAndEnrol(page: Page, link: string, email: string, password: string): Promise<string> {
  await funcionarios.setPassword(page, link, password)
  await page.waitForURL(/\/funcionarios\/ingresar$/)
  expect(await page.locator('.notice').textContent()).toContain('Su contraseña quedó guardada.')
  await funcionarios.submitPassword(page, email, password)
  expect(await page.locator('h1').textContent()).toBe('Registre su aplicación de códigos')
  expect(await page.locator('img.qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  const secret = await funcionarios.enrolmentSecret(page)
  expect(secret).toMatch(/^[A-Z2-7]{32}$/)
  await funcionarios.submitCode(page, totpCode(secret, new Date()))
  await page.waitForURL(/\/funcionarios$/)
  return secret
}

describe('staff accounts', () => {
  it('an administrator made by the admin command creates an officer, who enrols TOTP and signs in with codes', async () => {
    const admin = { email: 'ana.soto@carabineros.example.cl', nombres: 'Ana', apellidos: 'Soto Lagos' }
    const adminLink = await createStaffWithCommand(server, admin)
    expect(new URL(adminLink).origin).toBe(server.origin)

    const adminContext = await newDesktop()
    const adminPage = await adminContext.newPage()
    await activateAndEnrol(adminPage, adminLink, admin.email, 'la guardia del cerro Santa Lucía')
    await expect
      .poll(() => adminPage.locator('h1').textContent(), { timeout: 10_000 })
      .toBe('Área de funcionarios')
    expect(await cuenta.details(adminPage)).toMatchObject({
      Nombre: 'Ana Soto Lagos',
      Rol: 'Administrador',
      'Unidad policial': expect.stringContaining(DEMO_UNIDAD),
    })

    // The administrator creates an officer from the administration screens.
    await adminPage.locator(`main a[href="/funcionarios/personal"]`).click()
    await adminPage.locator('main a[href="/funcionarios/personal/nuevo"]').click()
    await adminPage.locator('#email').waitFor()
    // The shared schema checks the form before anything is sent.
    await adminPage.locator('form button[type="submit"]').click()
    await adminPage.locator('.error-summary').waitFor()
    expect(await adminPage.locator('.error-summary li').count()).toBe(5)

    const officer = { email: 'pedro.munoz@carabineros.example.cl', nombres: 'Pedro', apellidos: 'Muñoz Vera' }
    await adminPage.locator('#email').fill(officer.email)
    await adminPage.locator('#nombres').fill(officer.nombres)
    await adminPage.locator('#apellidos').fill(officer.apellidos)
    await adminPage.locator('label[for="role"]').click()
    await adminPage.locator('#unidadCode option[value="DEMO-13101-1"]').waitFor({ state: 'attached' })
    await adminPage.locator('#unidadCode').selectOption(DEMO_UNIDAD)
    await adminPage.locator('form button[type="submit"]').click()
    await adminPage.waitForURL(/\/funcionarios\/personal$/)
    expect(await adminPage.locator('.notice').textContent()).toContain(officer.email)
    const card = adminPage.locator(`[data-staff-email="${officer.email}"]`)
    expect(await card.textContent()).toContain('Aún no registra su aplicación de códigos')

    // The invitation arrives over SMTP; the officer activates the account and enrols.
    const officerLink = await mailbox.link(officer.email, '/funcionarios/activar')
    const officerContext = await newDesktop()
    const officerPage = await officerContext.newPage()
    const password = 'cuartel de la plaza de armas'
    const secret = await activateAndEnrol(officerPage, officerLink, officer.email, password)
    expect(await cuenta.details(officerPage)).toMatchObject({
      Nombre: 'Pedro Muñoz Vera',
      Rol: 'Funcionario',
    })
    expect(await cuenta.headerName(officerPage)).toBe('Pedro Muñoz Vera')

    // Next time: password, then a code from the app (the next one: each code works once).
    await cuenta.signOutFromHeader(officerPage)
    await officerPage.waitForURL(`${server.origin}/`)
    await funcionarios.openLogin(officerPage)
    await funcionarios.submitPassword(officerPage, officer.email, password)
    expect(await officerPage.locator('h1').textContent()).toBe('Escriba el código de verificación')
    await funcionarios.submitCode(officerPage, '000000')
    await officerPage.locator('.error-summary').waitFor()
    await funcionarios.submitCode(officerPage, totpCode(secret, new Date(Date.now() + 30_000)))
    await officerPage.waitForURL(/\/funcionarios$/)
    await officerPage.locator('.summary').waitFor()

    // The officer may not see the figures; the administrator grants them, by their label.
    const figures = officerPage.locator('main a[href="/funcionarios/permisos/cifras"]')
    await officerPage.locator('main a[href="/funcionarios/verificar"]').waitFor()
    expect(await figures.count()).toBe(0)
    await adminPage.reload()
    await card.locator('a').click()
    await adminPage.waitForURL(/\/funcionarios\/personal\/[\w-]+$/)
    const grant = adminPage.getByLabel('Ver las cifras', { exact: true })
    expect(await grant.isChecked()).toBe(false)
    expect(await adminPage.getByLabel('Validar constancias de voto', { exact: true }).isChecked()).toBe(true)
    await grant.check()
    const found: Record<string, AxeViolation[]> = {}
    await adminPage.setViewportSize(PHONE)
    await inspectScreen(adminPage, 'funcionarios-personal-editar', found, { spanish: SPANISH })
    expect(found).toEqual({})
    await adminPage.setViewportSize(DESKTOP)
    await adminPage.locator('form button[type="submit"]').click()
    await adminPage.waitForURL(/\/funcionarios\/personal$/)
    expect(await card.textContent()).toContain('Ver las cifras')
    // The officer's next page already has it: no new sign-in.
    await officerPage.reload()
    await figures.waitFor()
    expect(await cuenta.details(officerPage)).toMatchObject({
      'Lo que puede hacer': expect.stringContaining('Ver las cifras'),
    })
    await photograph(officerPage, 'funcionarios-inicio-capacidades-1280', { scale: 'css' })
    await officerPage.setViewportSize(PHONE)
    await photograph(officerPage, 'funcionarios-inicio-capacidades-360')
    await officerPage.setViewportSize(DESKTOP)

    // The administrator makes the officer a supervisor, then disables the account.
    await card.locator('a').click()
    await adminPage.waitForURL(/\/funcionarios\/personal\/[\w-]+$/)
    await adminPage.locator('label[for="role-supervisor"]').click()
    await adminPage.locator('form button[type="submit"]').click()
    await adminPage.waitForURL(/\/funcionarios\/personal$/)
    expect(await card.textContent()).toContain('Supervisor')
    await card.locator('a').click()
    await adminPage.locator('.danger-zone button').click()
    await adminPage.waitForURL(/\/funcionarios\/personal$/)
    expect(await card.textContent()).toContain('Deshabilitada')
    // Disabling ended the officer's sessions.
    expect((await officerContext.request.get(`${server.origin}/api/me`)).status()).toBe(401)

    await officerContext.close()
    await adminContext.close()
  })
})
