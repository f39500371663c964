import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { startLibro } from './support/condolencias.ts'
import { condolencias, home, outbox } from './support/pages.ts'
import type { SwitchableProxy } from './support/proxy.ts'
import { buildPwa, type PortalServer, repoRoot } from './support/server.ts'
import { photograph } from './support/shots.ts'
import { withCookies } from './support/validacion.ts'

let webRoot: string
let server: PortalServer
let proxy: SwitchableProxy
let browser: Browser
let libro: Awaited<ReturnType<typeof startLibro>>

/**
 * A deploy as the browser sees it: a new index.html, and a sw.js whose precache manifest names it
 * with a new revision. The old build's hashed assets stay, as the build keeps them.
 */
function deployNewVersion(): void {
  const index = join(webRoot, 'index.html')
  writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- v2 --></body>'))
  const sw = join(webRoot, 'sw.js')
  const before = readFileSync(sw, 'utf8')
  const after = before.replace(
    /"revision":"[^"]+","url":"index\.html"/,
    '"revision":"v2-deployed","url":"index.html"',
  )
  expect(after).not.toBe(before)
  writeFileSync(sw, after)
}

beforeAll(async () => {
  buildPwa()
  // A copy of the build, so this test can "deploy" without touching dist/.
  webRoot = mkdtempSync(join(tmpdir(), 'cv-web-'))
  cpSync(join(repoRoot, 'dist'), webRoot, { recursive: true })
  libro = await startLibro({ webRoot })
  server = libro.server
  proxy = libro.proxy
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await libro?.stop()
  rmSync(webRoot, { recursive: true, force: true })
})

describe('a deploy while a citizen has the app open', () => {
  it('prompts instead of reloading, and after the update keeps the typing and the queue', async () => {
    const context = await newPhoneContext(browser, proxy.origin)
    // The book is written signed in (issue 19).
    await withCookies(context, server.origin, libro.cookie)
    const page = await context.newPage()
    await home.open(page)
    await waitForServiceWorker(page)

    // Something waiting in the outbox: the server refuses for now (503), the site still loads.
    proxy.failApi(true)
    const mensaje = `Enviado después de actualizar (${Date.now()}).`
    await condolencias.submit(page, mensaje)
    await condolencias.openMensaje(page)
    await condolencias.typeMensaje(page, 'Escribiendo durante el despliegue')
    await page.evaluate(() => Reflect.set(window, 'sameDocument', true))

    deployNewVersion()
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      await registration?.update()
    })
    const prompt = page.locator('.banner--update')
    await prompt.waitFor({ timeout: 20_000 })
    expect(await prompt.textContent()).toContain('Hay una nueva versión disponible.')
    await photograph(page, 'update-prompt-es-phone')
    // No silent reload: same document, typing intact.
    expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true)
    expect(await page.locator('#mensaje').inputValue()).toBe('Escribiendo durante el despliegue')

    // "Más tarde": the prompt leaves while the citizen goes on typing ...
    await prompt.getByRole('button', { name: 'Más tarde' }).click()
    await prompt.waitFor({ state: 'detached' })
    await condolencias.typeMensaje(page, 'Escribiendo durante el despliegue')
    expect(await prompt.count()).toBe(0)
    // ... and comes back when they return to the app: the tab shown again (headless Chromium keeps
    // every tab visible, so the browser's event is fired here as switching back to the tab fires it).
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    await prompt.waitFor({ timeout: 20_000 })
    expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBe(true)
    await photograph(page, 'update-prompt-again-es-phone')

    await Promise.all([page.waitForEvent('load'), prompt.locator('button').first().click()])
    await page.locator('#mensaje').waitFor()
    expect(await page.evaluate(() => Reflect.get(window, 'sameDocument'))).toBeUndefined()
    expect(await page.content()).toContain('<!-- v2 -->')
    expect(await page.locator('#mensaje').inputValue()).toBe('Escribiendo durante el despliegue')
    expect(await outbox.banner(page).textContent()).toBe('1 envío pendiente')

    proxy.failApi(false)
    await outbox.open(page)
    await expect.poll(() => outbox.states(page), { timeout: 30_000 }).toEqual(['sent'])
    expect(await libro.recorded(mensaje)).toBe(1)
    await context.close()
  })
})
