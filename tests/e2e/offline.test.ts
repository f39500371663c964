import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalog } from '../../worker/i18n/index.ts'
import {
  launchBrowser,
  newPhoneContext,
  removeBackgroundSync,
  waitForServiceWorker,
} from './support/browser.ts'
import { startLibro } from './support/condolencias.ts'
import { condolencias, home, outbox } from './support/pages.ts'
import type { SwitchableProxy } from './support/proxy.ts'
import { buildPwa, type PortalServer } from './support/server.ts'
import { photograph } from './support/shots.ts'
import { withCookies } from './support/validacion.ts'

let server: PortalServer
let proxy: SwitchableProxy
let browser: Browser
let libro: Awaited<ReturnType<typeof startLibro>>

/** What the server has recorded, read in its database (a message is public only once moderated). */
const recorded = (mensaje: string) => libro.recorded(mensaje)

/** A phone through the proxy, signed in as the book's citizen (the book is written signed in). */
async function signedInPhone(): Promise<BrowserContext> {
  const context = await newPhoneContext(browser, proxy.origin)
  await withCookies(context, server.origin, libro.cookie)
  return context
}

beforeAll(async () => {
  buildPwa()
  libro = await startLibro()
  server = libro.server
  proxy = libro.proxy
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await libro?.stop()
})

describe('the PWA on a phone, with and without a network', () => {
  it('installs, switches language, and shows the shell and a restored draft offline', async () => {
    const context = await signedInPhone()
    const page = await context.newPage()
    await home.open(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('es')
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('Servicios')

    await home.switchLanguage(page, 'en')
    expect(await page.locator('h2').first().textContent()).toBe('Services')
    const cookies = await context.cookies()
    expect(cookies.find((cookie) => cookie.name === 'lang')?.value).toBe('en')
    expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('en')
    await home.switchLanguage(page, 'es')

    expect(await waitForServiceWorker(page)).toMatch(/\/sw\.js$/)

    await condolencias.openMensaje(page)
    await condolencias.typeMensaje(page, 'Nuestro recuerdo para la familia Pérez Soto.')
    // The draft is written on every keystroke; give IndexedDB its commit before the tab closes.
    await page.waitForTimeout(200)
    await page.close()

    await proxy.cut()
    // Restored whatever happens here: the tests after this one need the network.
    try {
      const again = await context.newPage()
      await again.goto('/condolencias/mensaje')
      // The service worker boots the app from its cache: slower on a loaded machine.
      await expect
        .poll(() => again.locator('#mensaje').inputValue(), { timeout: 20_000 })
        .toBe('Nuestro recuerdo para la familia Pérez Soto.')
      expect(await again.locator('.header__brand').textContent()).toContain('Comisaría Virtual')
      expect(await again.locator('html').getAttribute('lang')).toBe('es')

      // A reload with no network at all still gives the shell and every form route.
      await again.goto('/')
      await again.locator('.services').waitFor()
      await again.goto('/condolencias/firma')
      await again.locator('#firma').waitFor()
    } finally {
      await context.close()
      await proxy.restore()
    }
  })

  for (const backgroundSync of [true, false]) {
    it(`queues two submissions offline and sends each exactly once (${backgroundSync ? 'with' : 'without'} Background Sync)`, async () => {
      const context = await signedInPhone()
      if (!backgroundSync) await removeBackgroundSync(context)
      const page = await context.newPage()
      // The form is opened once online: the worker's install keeps its service (decision 0074).
      await condolencias.openMensaje(page)
      await waitForServiceWorker(page)
      expect(await page.evaluate(() => 'SyncManager' in window)).toBe(backgroundSync)

      const tag = `${backgroundSync ? 'bs' : 'nobs'}-${Date.now()}`
      const first = `Mis condolencias a la familia (${tag}-1).`
      const second = `Honor y gloria (${tag}-2).`
      const postsBefore = proxy.posts('/api/condolencias')

      await proxy.cut()
      await context.setOffline(true)
      await condolencias.submit(page, first)
      expect(await page.locator('h1').textContent()).toBe('Mensaje guardado para enviar')
      await condolencias.submit(page, second)
      await outbox.open(page)
      await expect.poll(() => outbox.banner(page).textContent()).toBe('2 envíos pendientes')
      expect(await outbox.states(page)).toEqual(['pending', 'pending'])
      await photograph(page, 'envios-offline-es-phone')
      expect(await recorded(first)).toBe(0)

      await proxy.restore()
      await context.setOffline(false)
      await expect.poll(() => outbox.states(page), { timeout: 30_000 }).toEqual(['sent', 'sent'])
      await expect
        .poll(() => outbox.banner(page).textContent())
        .toBe('Se enviaron 2 envíos que estaban pendientes.')

      expect(await recorded(first)).toBe(1)
      expect(await recorded(second)).toBe(1)
      // Not just deduplicated by the server: each went over the wire once.
      expect(proxy.posts('/api/condolencias') - postsBefore).toBe(2)
      await context.close()
    })
  }

  it('keeps a form the server cannot save (503 storage_full) on the device, says so, and sends it once it can', async () => {
    const context = await signedInPhone()
    const page = await context.newPage()
    await home.open(page)
    const mensaje = `Con el disco del servidor lleno (${Date.now()}).`
    // The API's answer to a full disk (tests/integration/storage-full.test.ts), which the server
    // cannot be made to give from here: its message says nothing of where the form is.
    proxy.answerPosts({
      status: 503,
      body: {
        status: 503,
        code: 'storage_full',
        message: catalog('es').errors.storage_full,
        requestId: 'e2e',
      },
    })
    await condolencias.submit(page, mensaje)
    const cannotSave =
      'El sistema no puede guardar por ahora; su formulario quedó en este dispositivo y se enviará solo.'
    expect(await page.locator('.panel--queued p').textContent()).toBe(cannotSave)
    await expect.poll(() => page.locator('.banner p').textContent()).toContain(cannotSave)
    await photograph(page, 'condolencias-storage-full-es-phone')

    await outbox.open(page)
    expect(await outbox.states(page)).toEqual(['pending'])
    expect(await page.locator('[data-state="pending"] .meta').textContent()).toContain(
      'su formulario quedó en este dispositivo',
    )
    await photograph(page, 'envios-storage-full-es-phone')
    expect(await recorded(mensaje)).toBe(0)

    // «Intentar enviar ahora» sends at once; the disk still full, the form stays on the device.
    const triedBefore = proxy.answered('/api/condolencias')
    await page.getByRole('button', { name: 'Intentar enviar ahora' }).click()
    await expect.poll(() => proxy.answered('/api/condolencias')).toBeGreaterThan(triedBefore)
    expect(await outbox.states(page)).toEqual(['pending'])

    // Once the server can save, it goes by itself: the page's backing-off retries, or, at the
    // latest, the next time the citizen opens the portal.
    proxy.answerPosts(undefined)
    await page.reload()
    await expect.poll(() => outbox.states(page), { timeout: 30_000 }).toEqual(['sent'])
    expect(await recorded(mensaje)).toBe(1)
    await context.close()
  })

  it('replays from the service worker alone, and a page replay at the same time sends nothing twice', async () => {
    const context = await signedInPhone()
    const page = await context.newPage()
    // The form is opened once online: the worker's install keeps its service (decision 0074).
    await condolencias.openMensaje(page)
    await waitForServiceWorker(page)
    const mensaje = `Desde el service worker (${Date.now()}).`
    const postsBefore = proxy.posts('/api/condolencias')

    await proxy.cut()
    await context.setOffline(true)
    await condolencias.submit(page, mensaje)
    await page.close()
    await context.setOffline(false)
    await proxy.restore()

    // No page of the app is open: only the service worker can send it, on `sync`.
    const blank = await context.newPage()
    const cdp = await context.newCDPSession(blank)
    const registration = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const found = registrations.find((entry) => entry.scopeURL.startsWith(proxy.origin))
        if (found) resolve(found.registrationId)
      })
    })
    await cdp.send('ServiceWorker.enable')
    const registrationId = await registration
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: proxy.origin,
      registrationId,
      tag: 'outbox',
      lastChance: false,
    })
    await expect.poll(() => recorded(mensaje), { timeout: 20_000 }).toBe(1)

    // Now a second item, replayed by a page (start-up) and the worker (sync) at the same moment.
    const other = `A la vez (${Date.now()}).`
    const app = await context.newPage()
    await home.open(app)
    await proxy.cut()
    await context.setOffline(true)
    await condolencias.submit(app, other)
    await app.close()
    await context.setOffline(false)
    await proxy.restore()
    const reopened = await context.newPage()
    await Promise.all([
      reopened.goto('/envios'),
      cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin: proxy.origin,
        registrationId,
        tag: 'outbox',
        lastChance: false,
      }),
    ])
    await expect.poll(() => outbox.states(reopened), { timeout: 20_000 }).toContain('sent')
    await expect.poll(() => recorded(other), { timeout: 20_000 }).toBe(1)
    expect(proxy.posts('/api/condolencias') - postsBefore).toBe(2)
    await context.close()
  })
})
