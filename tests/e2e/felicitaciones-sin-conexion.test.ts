import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { felicitaciones } from '../../db/schema/index.ts'
import { messages as felEs } from '../../web/felicitaciones/i18n/es.ts'
import { waitForServiceWorker } from './support/browser.ts'
import { CITIZENS, CLAVEUNICA_PASSWORD, citizenPortalForFile } from './support/constancia.ts'
import { continuar, denunciaPhone, waitPath } from './support/denuncias.ts'
import { claveUnica } from './support/pages.ts'
import { conRed, enviadoUnaVez, sinRed } from './support/sin-conexion.ts'

/**
 * Issue 18 point 8 for a commendation: the form kit offline from the second visit — the draft
 * kept, the send queued on the device, landing exactly once when the network returns.
 */
const portal = citizenPortalForFile()

const MENSAJE = 'Gracias al cabo que me acompañó a buscar a mi hijo en la feria del domingo.'

async function to(page: Page, pantalla: string): Promise<void> {
  await continuar(page)
  await waitPath(page, `/felicitaciones/${pantalla}`)
}

describe('a commendation with no network', () => {
  it('filled on a second visit: the draft kept, the send queued, landing exactly once', async () => {
    const { browser, proxy, server } = portal()
    const { db, client } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
    onTestFinished(() => client.close())
    const context = await denunciaPhone(browser, proxy.origin)
    // The first visit, online: signed in, the unit chosen from the list, the service worker installed.
    const first = await context.newPage()
    await first.goto('/ingresar?returnTo=/felicitaciones/unidad')
    await first.locator('button.button-cu').click()
    await first.waitForURL((url) => url.origin === server.claveUnicaOrigin)
    await claveUnica.signIn(first, CITIZENS.valentina.run, CLAVEUNICA_PASSWORD)
    await waitPath(first, '/felicitaciones/unidad')
    const unidad = first.getByLabel(felEs['fel.unidad.label'])
    await unidad.locator('option').nth(1).waitFor({ state: 'attached' })
    await unidad.selectOption({ index: 1 })
    await to(first, 'funcionario')
    await waitForServiceWorker(first)
    await first.close()

    const { page, errors } = await sinRed(context, proxy)
    await page.goto('/felicitaciones/funcionario')
    await page.getByLabel('Nombre del funcionario (opcional)').fill('Soto')
    await to(page, 'mensaje')
    await page.getByLabel(felEs['fel.mensaje.label']).fill(MENSAJE)
    await to(page, 'nombre')
    await to(page, 'revisar')
    // The unit chosen online is still the draft's.
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await page.getByRole('button', { name: 'Aceptar y enviar' }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/felicitaciones/enviado/'), { timeout: 30_000 })
    await page.getByRole('heading', { name: felEs['fel.queued.title'] }).waitFor()
    const antes = (await db.select().from(felicitaciones)).length
    const enviados = proxy.posts('/api/felicitaciones')

    // The link returns: the queued commendation goes, and the page turns into its receipt.
    await conRed(context, proxy)
    await page.getByRole('heading', { name: felEs['fel.sent.title'] }).waitFor({ timeout: 45_000 })
    const numero = (await page.locator('.panel__ref').textContent())?.trim() ?? ''
    expect(numero).toMatch(/^[A-Z2-9]{10}$/)
    const filas = await db.select().from(felicitaciones)
    expect(filas.length).toBe(antes + 1)
    expect(filas.map((f) => f.mensaje)).toContain(MENSAJE)
    // Reloaded and replayed again: nothing more is sent.
    await enviadoUnaVez(page, proxy, '/api/felicitaciones', enviados)
    expect((await db.select().from(felicitaciones)).length).toBe(antes + 1)
    expect(errors).toEqual([])
    await context.close()
  }, 180_000)
})
