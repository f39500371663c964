import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { startLibro } from './support/condolencias.ts'
import { condolencias, home, outbox } from './support/pages.ts'
import type { SwitchableProxy } from './support/proxy.ts'
import { buildPwa, type PortalServer } from './support/server.ts'
import { withCookies } from './support/validacion.ts'

let server: PortalServer
let proxy: SwitchableProxy
let browser: Browser
let libro: Awaited<ReturnType<typeof startLibro>>

/** A phone through the proxy, signed in as the book's citizen (the book is written signed in). */
async function signedInPhone(): Promise<BrowserContext> {
  const context = await newPhoneContext(browser, proxy.origin)
  await withCookies(context, server.origin, libro.cookie)
  return context
}

// What the API answers when a newer server rule refuses what this client thought valid.
const refusal = {
  status: 400,
  code: 'validation_failed',
  message: 'Revise los datos marcados: hay campos con errores.',
  fields: [{ field: 'mensaje', message: '«Mensaje» no tiene un formato válido.' }],
  requestId: 'test',
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

describe('a submission the server refuses', () => {
  it('online: is shown on the review page with the server message, and the answers are kept', async () => {
    const context = await signedInPhone()
    const page = await context.newPage()
    await home.open(page)
    proxy.answerPosts({ status: 400, body: refusal })
    await condolencias.openMensaje(page)
    await condolencias.typeMensaje(page, 'Un mensaje que el servidor rechaza.')
    await condolencias.continue(page)
    await page.getByLabel('Con mi nombre completo').check()
    await condolencias.continue(page)
    await page.locator('.summary').waitFor()
    await condolencias.continue(page)
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('«Mensaje» no tiene un formato válido.')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    expect(await page.title()).toMatch(/^Error: /)
    // The link leads to the question, where the answer is still there to correct.
    await summary.locator('a').click()
    await page.waitForURL(/\/condolencias\/mensaje$/)
    expect(await page.locator('#mensaje').inputValue()).toBe('Un mensaje que el servidor rechaza.')
    await outbox.open(page)
    expect(await outbox.states(page)).toEqual([])
    proxy.answerPosts(undefined)
    await context.close()
  })

  it('queued: shows "rejected" with the server message, is not retried, and can be corrected', async () => {
    const context = await signedInPhone()
    const page = await context.newPage()
    // The form is opened once online: the worker's install keeps its service (decision 0074).
    await condolencias.openMensaje(page)
    await waitForServiceWorker(page)
    await proxy.cut()
    await context.setOffline(true)
    await condolencias.submit(page, 'Primero sin red, luego rechazado.')
    await outbox.open(page)
    await expect.poll(() => outbox.banner(page).textContent()).toBe('1 envío pendiente')

    proxy.answerPosts({ status: 400, body: refusal })
    await proxy.restore()
    await context.setOffline(false)
    await expect.poll(() => outbox.states(page), { timeout: 30_000 }).toEqual(['rejected'])
    const entry = page.locator('[data-outbox-id]')
    expect(await entry.textContent()).toContain('«Mensaje» no tiene un formato válido.')

    // The server's answer was definitive: the item stays rejected, nothing is sent again.
    proxy.answerPosts(undefined)
    const postsBefore = proxy.posts('/api/condolencias')
    await page.reload()
    await page.waitForTimeout(1500)
    expect(await outbox.states(page)).toEqual(['rejected'])
    expect(proxy.posts('/api/condolencias')).toBe(postsBefore)

    await entry.locator('button.button:not(.button--secondary)').click()
    await page.waitForURL(/\/condolencias\/revisar$/)
    expect(await page.locator('.summary').textContent()).toContain('Primero sin red, luego rechazado.')
    await condolencias.continue(page)
    await page.locator('.panel__ref').waitFor()
    await context.close()
  })
})
