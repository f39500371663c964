import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { messages as compartidoEs } from '../../web/components/dispositivo-compartido/i18n/es.ts'
import { messages as borradoresEs } from '../../web/cuenta/borradores/i18n/es.ts'
import type { AxeViolation } from './support/axe.ts'
import { DESKTOP, newPhoneContext } from './support/browser.ts'
import { CITIZENS, citizenPortalForFile } from './support/constancia.ts'
import { DEMO_PASSWORD } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { claveUnica, cuenta } from './support/pages.ts'
import { permiso } from './support/permisos.ts'

const SPANISH = [borradoresEs, compartidoEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)
const VALENTINA = CITIZENS.valentina
const DESTINO = 'Casa de mi madre, Av. Matta 1200, Santiago'

const portal = citizenPortalForFile({ serviceWorker: false })

/** The account's draft of the permit form, asked directly with the context's session (null: none). */
async function onAccount(context: BrowserContext): Promise<Record<string, string> | null> {
  const cookie = (await context.cookies(portal().proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
  const response = await fetch(`${portal().server.origin}/api/borradores/permisos`, { headers: { cookie } })
  if (response.status === 404) return null
  expect(response.status).toBe(200)
  return ((await response.json()) as { respuestas: Record<string, string> }).respuestas
}

/** The keys of the drafts this page's device keeps in IndexedDB (the kit's `comisaria-drafts`). */
function onDevice(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('comisaria-drafts')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('drafts')) {
            db.close()
            return resolve([])
          }
          const keys = db.transaction('drafts', 'readonly').objectStore('drafts').getAllKeys()
          keys.onsuccess = () => {
            db.close()
            resolve(keys.result.map(String))
          }
        }
      }),
  )
}

describe('a draft on the account (decision 0034)', () => {
  let phone: BrowserContext
  let laptop: BrowserContext
  let laptopPage: Page
  const found: Record<string, AxeViolation[]> = {}

  it('a permit begun on the phone is listed in Mis trámites on a laptop, and "Continuar" brings its answers back', async () => {
    // On the phone: the permit form, signed in with ClaveÚnica, half filled in, not sent.
    phone = await newPhoneContext(portal().browser, portal().proxy.origin, { bypassCSP: true })
    const page = await phone.newPage()
    await page.goto('/permisos')
    await permiso.signIn(page, portal().server, VALENTINA)
    await page.locator('input[name="tipoId"][value="compras"]').check()
    await page.locator('#comunaCut').selectOption('13101')
    await page.locator('#destino').fill(DESTINO)
    // Saved on the account a moment after the last keystroke; on the device at once.
    await expect.poll(async () => (await onAccount(phone))?.destino, { timeout: 15_000 }).toBe(DESTINO)
    expect(await onAccount(phone)).toMatchObject({ tipoId: 'compras', comunaCut: '13101' })
    expect(await onDevice(page)).toEqual(expect.arrayContaining(['permisos', 'permisos#cuenta']))

    // Another device: a fresh profile on a laptop, nothing on it; Mis trámites after ClaveÚnica.
    laptop = await portal().browser.newContext({
      baseURL: portal().proxy.origin,
      viewport: DESKTOP,
      locale: 'es-CL',
      bypassCSP: true,
    })
    laptopPage = await laptop.newPage()
    await laptopPage.goto('/ingresar?returnTo=%2Fmis-tramites')
    await cuenta.startClaveUnica(laptopPage)
    await laptopPage.waitForURL((url) => url.origin === portal().server.claveUnicaOrigin)
    await claveUnica.signIn(laptopPage, VALENTINA.run, DEMO_PASSWORD)
    await laptopPage.waitForURL((url) => url.pathname === '/mis-tramites')
    const drafts = laptopPage.locator('section[aria-labelledby="mis-borradores"]')
    await drafts.waitFor()
    expect(await drafts.locator('h3').textContent()).toBe('Sin terminar')
    expect(await drafts.locator('li .heading-s').allTextContents()).toEqual(['Permisos de desplazamiento'])
    expect(await drafts.locator('li .meta').textContent()).toMatch(
      /^Guardado el \d{2}-\d{2}-\d{4} a las \d{2}:\d{2}$/,
    )
    await laptopPage.setViewportSize({ width: 360, height: 740 })
    await inspectScreen(laptopPage, 'borradores-mis-tramites', found, {
      languages: ['es', 'en'],
      spanish: SPANISH,
    })

    await drafts.getByRole('link', { name: 'Continuar el borrador de Permisos de desplazamiento' }).click()
    await laptopPage.waitForURL((url) => url.pathname === '/permisos/solicitud')
    await laptopPage.locator('#destino').waitFor()
    expect(await laptopPage.locator('#destino').inputValue()).toBe(DESTINO)
    expect(await laptopPage.locator('input[name="tipoId"][value="compras"]').isChecked()).toBe(true)
    expect(await laptopPage.locator('#comunaCut').inputValue()).toBe('13101')
  })

  it('on a shared device, the tick erases the device’s copy and later answers go to the account only', async () => {
    const box = laptopPage.getByLabel('Estoy en un dispositivo compartido')
    expect(await box.isChecked()).toBe(false)
    // The laptop kept what it brought back, as any device does.
    await expect.poll(() => onDevice(laptopPage)).toContain('permisos')
    await box.check()
    await expect.poll(() => onDevice(laptopPage)).toEqual([])
    expect(await laptopPage.locator('#dispositivo-compartido-hint').textContent()).toContain(
      'solo en su cuenta',
    )
    await inspectScreen(laptopPage, 'borradores-compartido', found, {
      languages: ['es', 'ht'],
      spanish: SPANISH,
    })

    await laptopPage.locator('#destino').fill('Farmacia, Av. Matta 1300, Santiago')
    await expect
      .poll(async () => (await onAccount(laptop))?.destino, { timeout: 15_000 })
      .toBe('Farmacia, Av. Matta 1300, Santiago')
    expect(await onDevice(laptopPage)).toEqual([])
    // Still shared after a reload (the tab remembers the tick, not the answers): they come from the account.
    await laptopPage.reload()
    await laptopPage.locator('#destino').waitFor()
    expect(await laptopPage.getByLabel('Estoy en un dispositivo compartido').isChecked()).toBe(true)
    expect(await laptopPage.locator('#destino').inputValue()).toBe('Farmacia, Av. Matta 1300, Santiago')
    expect(await onDevice(laptopPage)).toEqual([])
  })

  it('once sent, the draft leaves the account; on the phone, the form opens empty', async () => {
    const fecha = (await permiso.dayAhead(laptopPage, 1)) ?? ''
    await permiso.fill(laptopPage, { tipo: 'compras', fecha, hora: '10:00', serie: 'A034567890' })
    await permiso.toReview(laptopPage)
    await permiso.send(laptopPage)
    await permiso.code(laptopPage)
    await expect.poll(() => onAccount(laptop), { timeout: 15_000 }).toBeNull()
    expect(await onDevice(laptopPage)).toEqual([])

    // The phone's copy was the account's last version: sent elsewhere, it goes too.
    const page = await phone.newPage()
    await page.goto('/permisos/solicitud')
    await page.locator('#destino').waitFor()
    expect(await page.locator('#destino').inputValue()).toBe('')
    expect(await onAccount(phone)).toBeNull()
    expect(found).toEqual({})
  })

  it('"Descartar" in Mis trámites forgets a draft on the account', async () => {
    const page = await phone.newPage()
    await page.goto('/permisos/solicitud')
    await page.locator('#destino').fill('Otro destino, Santiago')
    await expect
      .poll(async () => (await onAccount(phone))?.destino, { timeout: 15_000 })
      .toBe('Otro destino, Santiago')
    await page.goto('/mis-tramites')
    await page.getByRole('button', { name: 'Descartar el borrador de Permisos de desplazamiento' }).click()
    await expect
      .poll(() => page.locator('main [role="status"]').textContent(), { timeout: 15_000 })
      .toBe('Se descartó el borrador de Permisos de desplazamiento.')
    expect(await page.locator('section[aria-labelledby="mis-borradores"]').count()).toBe(0)
    expect(await onAccount(phone)).toBeNull()
  })
})
