import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'
import { DESKTOP, launchBrowser } from './support/browser.ts'
import { focused, tabTo } from './support/keyboard.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { withCookies } from './support/validacion.ts'

let server: PortalServer
let browser: Browser
/** A citizen's session: the condolence book is written signed in (issue 19). */
let cookie = ''

beforeAll(async () => {
  buildPwa()
  server = await startPortal()
  browser = await launchBrowser({ serviceWorker: false })
  const opened = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  cookie = await claveUnicaSessionCookie(opened.db, '66666666-6', ['Teclado', 'Sin Ratón'])
  opened.client.close()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('keyboard only', () => {
  it('reaches, fills and sends the condolence form without a pointer, with focus always visible', async () => {
    const context = await browser.newContext({ baseURL: server.origin, viewport: DESKTOP, locale: 'es-CL' })
    await withCookies(context, server.origin, cookie)
    const page = await context.newPage()
    await page.goto('/')
    await page.locator('h1').waitFor()

    // First stop: the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Saltar al contenido principal')
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('main')

    await tabTo(page, (current) => current.text === 'Libro de condolencias')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement ?? document.body)
      return `${style.backgroundColor} ${style.boxShadow}`
    })
    expect(outline).toContain('rgb(255, 221, 0)')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/condolencias$/)
    // After a client-side navigation the new page's heading has focus.
    await expect.poll(async () => (await focused(page)).tag).toBe('h1')

    await tabTo(page, (current) => current.text === 'Libro general')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/condolencias\/general$/)
    await tabTo(page, (current) => current.text === 'Escribir un mensaje')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/mensaje\?memorial=general$/)
    await tabTo(page, (current) => current.id === 'mensaje')
    await page.keyboard.type('Enviado solo con el teclado.')
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/firma$/)
    await tabTo(page, (current) => current.id === 'firma')
    await page.keyboard.press('Space')
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/revisar$/)
    await tabTo(page, (current) => current.text === 'Enviar mensaje')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/enviado\//)
    await page.locator('.panel__ref').waitFor()
    await context.close()
  })

  it('an empty answer focuses the error summary, whose link focuses the field', async () => {
    const context = await browser.newContext({ baseURL: server.origin, viewport: DESKTOP, locale: 'es-CL' })
    await withCookies(context, server.origin, cookie)
    const page = await context.newPage()
    await page.goto('/condolencias/mensaje?memorial=general')
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    await page.locator('.error-summary').waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    expect(await page.locator('#mensaje').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#mensaje').getAttribute('aria-describedby')).toContain('mensaje-error')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toMatch(/^«Mensaje» debe tener al menos 10 caracteres/)
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('mensaje')
    await context.close()
  })

  it("uses /ingresar without a pointer: ClaveÚnica's button, then RUN and password (shown on demand)", async () => {
    const context = await browser.newContext({ baseURL: server.origin, viewport: DESKTOP, locale: 'es-CL' })
    const page = await context.newPage()
    await page.goto('/ingresar')
    await page.locator('h1').waitFor()
    // ClaveÚnica's button leaves for a full-page round trip; this server has no ClaveÚnica configured.
    await tabTo(page, (current) => current.text === 'Iniciar sesión con ClaveÚnica')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/ingresar\?error=claveunica_unavailable$/)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('no está disponible')
    await tabTo(page, (current) => current.text === 'Ingresar con RUN y contraseña')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/ingresar\/clave\?returnTo=/)
    await tabTo(page, (current) => current.id === 'run')
    await page.keyboard.type('12.345.678-5')
    await page.keyboard.press('Tab')
    await page.keyboard.type('no es la contraseña')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Mostrar')
    await page.keyboard.press('Enter')
    expect(await page.locator('#password').getAttribute('type')).toBe('text')
    await tabTo(page, (current) => current.text === 'Ingresar')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.locator('.error-summary').textContent(), { timeout: 10_000 })
      .toContain('Los datos de ingreso no son correctos.')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    await context.close()
  })
})
