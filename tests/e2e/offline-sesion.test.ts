import { join } from 'node:path'
import { createClient } from '@libsql/client'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import {
  CITIZENS,
  type CitizenPortal,
  type ConstanciaPortal,
  startCitizenPortal,
} from './support/constancia.ts'
import { DEMO_PASSWORD } from './support/identity.ts'
import { claveUnica, cuenta, outbox } from './support/pages.ts'
import { type PermitAnswers, permiso } from './support/permisos.ts'
import type { SwitchableProxy } from './support/proxy.ts'

/**
 * A submission queued signed in survives the session's end (decision 0028): it waits for its
 * owner's sign-in, is never sent under another citizen's session, and goes once its owner is back.
 */
let portal: CitizenPortal | undefined
let server: ConstanciaPortal
let proxy: SwitchableProxy

beforeAll(async () => {
  portal = await startCitizenPortal()
  ;({ server, proxy } = portal)
})

afterAll(() => portal?.stop())

/** The portal's database, read and changed directly (the server's own file). */
async function sql(statement: string): Promise<number> {
  const client = createClient({ url: `file:${join(server.dataDir, 'comisaria.db')}` })
  try {
    const result = await client.execute(statement)
    return Number(result.rows[0]?.[0] ?? result.rowsAffected)
  } finally {
    client.close()
  }
}
const permits = () => sql('SELECT count(*) FROM permisos')

const SIGN_IN_AGAIN = 'Iniciar sesión para enviar'

/** Signs in with the local ClaveÚnica from `/ingresar` (its form, unless it still knows them). */
async function signInFromIngresar(page: Page, run: string): Promise<void> {
  await page.locator('button.button-cu').click()
  await page.waitForURL((url) => url.origin === server.claveUnicaOrigin || url.pathname === '/envios')
  if (new URL(page.url()).origin === server.claveUnicaOrigin)
    await claveUnica.signIn(page, run, DEMO_PASSWORD)
  await page.waitForURL((url) => url.pathname === '/envios')
}

/** Valentina signs in, fills a permit and sends it with no network: it waits in the outbox. */
async function queueOffline(context: BrowserContext, answers: (page: Page) => Promise<PermitAnswers>) {
  const page = await context.newPage()
  await page.goto('/permisos')
  await permiso.signIn(page, server, CITIZENS.valentina)
  await waitForServiceWorker(page)
  await permiso.fill(page, await answers(page))
  await permiso.toReview(page)
  await proxy.cut()
  await context.setOffline(true)
  await permiso.send(page)
  await page.waitForURL((url) => url.pathname.startsWith('/permisos/envio/'))
  return page
}

describe('a submission queued while signed in, after the session ended', () => {
  it('waits for its owner, says to sign in again, and is issued once when they do', async () => {
    const context = await newPhoneContext(browser(), proxy.origin, { bypassCSP: true })
    const page = await queueOffline(context, async (p) => ({
      tipo: 'salud',
      fecha: (await permiso.dayAhead(p, 1)) ?? '',
      hora: '09:00',
      serie: 'A034567890',
      campos: { establecimiento: 'CESFAM Dr. Ramón Corbalán Melgarejo' },
    }))
    // The session ends on the server while the device is offline.
    await sql('DELETE FROM sessions')
    await proxy.restore()
    await context.setOffline(false)

    await page.getByRole('link', { name: SIGN_IN_AGAIN }).first().waitFor({ timeout: 20_000 })
    expect(await page.locator('[data-waiting="sign-in"]').first().textContent()).toContain(
      'Su sesión terminó: 1 envío espera en este dispositivo',
    )
    expect(await cuenta.headerName(page)).toBeNull()
    await outbox.open(page)
    expect(await outbox.states(page)).toEqual(['pending'])
    expect(await permits()).toBe(0)

    await page.getByRole('link', { name: SIGN_IN_AGAIN }).first().click()
    await page.waitForURL((url) => url.pathname === '/ingresar')
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/envios')
    await signInFromIngresar(page, CITIZENS.valentina.run)
    await expect.poll(() => outbox.states(page), { timeout: 20_000 }).toEqual(['sent'])
    expect(await cuenta.headerName(page)).toBe(CITIZENS.valentina.name)
    expect(await permits()).toBe(1)
    await context.close()
  })

  it('is never sent under another citizen’s session, shows them nothing of it, and goes when its owner is back', async () => {
    const context = await newPhoneContext(browser(), proxy.origin, { bypassCSP: true })
    const before = await permits()
    const page = await queueOffline(context, async (p) => ({
      tipo: 'compras',
      fecha: (await permiso.dayAhead(p, 2)) ?? '',
      hora: '15:00',
      serie: 'A034567890',
    }))
    // Valentina's session is over; Benjamín takes the device and signs in.
    await sql('DELETE FROM sessions')
    await context.clearCookies()
    await proxy.restore()
    await context.setOffline(false)
    await page.goto('/ingresar?returnTo=/envios')
    await signInFromIngresar(page, CITIZENS.benjamin.run)
    expect(await cuenta.headerName(page)).toBe(CITIZENS.benjamin.name)
    await page.locator('[data-waiting="other-account"]').first().waitFor({ timeout: 20_000 })
    expect(await page.locator('main [data-waiting="other-account"]').textContent()).toBe(
      'Hay envíos de otra cuenta esperando en este dispositivo: se enviarán cuando esa persona inicie sesión.',
    )
    expect(await outbox.states(page)).toEqual([])
    expect(await page.locator('main').textContent()).not.toMatch(/Valentina|Compras|Permiso/)
    expect(await permits()).toBe(before)
    // Had the item gone before the page knew who is signed in (the service worker's replay), the
    // server turns it away: it names another account than the session's.
    const status = await page.evaluate(() =>
      fetch('/api/permisos', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': crypto.randomUUID(),
          'outbox-owner': 'another-account',
        },
        body: '{}',
      }).then((response) => response.status),
    )
    expect(status).toBe(401)
    expect(await cuenta.headerName(page)).toBe(CITIZENS.benjamin.name)

    // Benjamín leaves; Valentina signs in again on the device.
    await context.clearCookies()
    await page.goto('/ingresar?returnTo=/envios')
    await signInFromIngresar(page, CITIZENS.valentina.run)
    await expect.poll(() => outbox.states(page), { timeout: 20_000 }).toEqual(['sent'])
    expect(await permits()).toBe(before + 1)
    await context.close()
  })
})

function browser() {
  if (!portal) throw new Error('the portal did not start')
  return portal.browser
}
