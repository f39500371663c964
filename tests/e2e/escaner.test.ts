import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfQr } from '../support/pdf.ts'
import { axeViolations } from './support/axe.ts'
import { DESKTOP, launchBrowser, PHONE } from './support/browser.ts'
import { blankCameraFile, fakeCameraFile } from './support/camera.ts'
import { buildPwa } from './support/server.ts'
import { photograph } from './support/shots.ts'
import {
  type PdfMailbox,
  pendingRequest,
  staffSession,
  startPdfMailbox,
  startValidacionPortal,
  UNIDADES,
  type ValidacionPortal,
  VOTANTES,
} from './support/validacion.ts'

let mailbox: PdfMailbox
let server: ValidacionPortal
/** The QR code's text on María's validated constancia: `<origin>/verificar#CV1.<payload>.<signature>`. */
let qrText: string
const browsers: Browser[] = []

/** A validated constancia, as the officer's screen validates it, and the QR code of its mailed PDF. */
async function validatedQr(): Promise<string> {
  const email = 'maria.escaner@example.cl'
  const code = await pendingRequest(server, VOTANTES.maria, email)
  const officer = await staffSession(server, {
    email: 'escaner.oficial@carabineros.example.cl',
    role: 'officer',
    unidad: UNIDADES.santiago,
  })
  const validated = await fetch(`${server.origin}/api/funcionarios/constancias-voto/${code}/validar`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.publicOrigin, cookie: officer },
    body: JSON.stringify({
      documento: 'cedula',
      numeroDocumento: '512.345.678',
      vencimiento: '2030-03-01',
      runDocumento: VOTANTES.maria.run,
      nombreCoincide: true,
    }),
  })
  if (validated.status !== 200) throw new Error(`validar: ${validated.status} ${await validated.text()}`)
  return pdfQr(await mailbox.pdfFor(email)) ?? ''
}

beforeAll(async () => {
  buildPwa()
  mailbox = await startPdfMailbox()
  server = await startValidacionPortal(mailbox.url)
  qrText = await validatedQr()
})

afterAll(async () => {
  for (const browser of browsers) await browser.close()
  await server?.stop()
  await mailbox?.close()
})

/** A browser whose camera sees `file`, and a phone-sized page on /verificar with the camera allowed. */
async function withCamera(file: string): Promise<{ context: BrowserContext; page: Page }> {
  const browser = await launchBrowser({ fakeCamera: file })
  browsers.push(browser)
  // No service worker: the decoder must come from preloadDecoder(), not from the precache.
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: PHONE,
    locale: 'es-CL',
    serviceWorkers: 'block',
    bypassCSP: true,
  })
  await context.grantPermissions(['camera'], { origin: server.origin })
  return { context, page: await context.newPage() }
}

/** Opens /verificar and waits until the page has fetched jsQR ahead of any scan. */
async function openVerificar(page: Page): Promise<void> {
  const decoder = page.waitForResponse((response) => /\/assets\/jsQR-[\w-]+\.js$/.test(response.url()))
  await page.goto('/verificar')
  await page.locator('#code').waitFor()
  await decoder
}

const scanButton = (page: Page) => page.getByRole('button', { name: 'Escanear con la cámara' })
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

describe('scanning a document’s QR code with the camera on /verificar', () => {
  it('reads a validated constancia with jsQR and says VALID, online and with the network cut', async () => {
    expect(qrText.startsWith(`${server.origin}/verificar#CV1.`)).toBe(true)
    const { context, page } = await withCamera(fakeCameraFile(qrText))
    await openVerificar(page)
    // Headless Chromium on Linux has no Shape Detection API: this covers the jsQR path.
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false)
    await scanButton(page).click()
    await page.locator('.vf-result--ok').waitFor()
    await page.locator('main dd', { hasText: 'Validada' }).first().waitFor()
    const text = await mainText(page)
    expect(text).toContain('VÁLIDO')
    expect(text).toContain('Firma digital comprobada')
    expect(text).toContain(VOTANTES.maria.name)

    // The keys and the decoder are on the device now: the scan works with the network gone.
    await openVerificar(page)
    await context.setOffline(true)
    await scanButton(page).click()
    await page.locator('.vf-result--ok').waitFor()
    expect(await mainText(page)).toContain('Sin conexión')
    await context.close()
  })

  it('says NOT VALID for a QR code whose payload was altered', async () => {
    const [address = '', token = ''] = qrText.split('#')
    const [prefix = '', payload = '', signature = ''] = token.split('.')
    const document = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { n: string }
    const forged = Buffer.from(JSON.stringify({ ...document, n: 'Otra Persona Cualquiera' })).toString(
      'base64url',
    )
    const { context, page } = await withCamera(fakeCameraFile(`${address}#${prefix}.${forged}.${signature}`))
    await openVerificar(page)
    await scanButton(page).click()
    await page.locator('.vf-result--bad').waitFor()
    const text = await mainText(page)
    expect(text).toContain('NO VÁLIDO')
    expect(text).toContain('fue alterado')
    expect(text).not.toContain('Otra Persona')
    await context.close()
  })

  it('shows the camera while it looks, stops it on Cancelar, and explains a refused or missing camera', async () => {
    const { context, page } = await withCamera(blankCameraFile())
    await openVerificar(page)
    await scanButton(page).focus()
    await page.keyboard.press('Enter')
    await page.locator('.escaner__video').waitFor()
    await page.waitForFunction(
      () => (document.querySelector('.escaner__video') as HTMLVideoElement).readyState >= 2,
    )
    expect(await page.locator('.escaner__status').textContent()).toContain('Apunte la cámara')
    // Focus moved to Cancelar, which replaced the button that was pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancelar')
    expect(await axeViolations(page)).toEqual([])
    await photograph(page, 'escaner-360')
    await page.setViewportSize(DESKTOP)
    await photograph(page, 'escaner-1280')
    expect(await axeViolations(page)).toEqual([])

    await page.keyboard.press('Enter')
    await scanButton(page).waitFor()
    expect(await page.locator('.escaner__video').isVisible()).toBe(false)
    expect(
      await page.evaluate(() => (document.querySelector('.escaner__video') as HTMLVideoElement).srcObject),
    ).toBe(null)

    const refusals = {
      NotAllowedError: 'No se dio permiso para usar la cámara',
      NotFoundError: 'No se encontró una cámara',
      NotReadableError: 'otra aplicación la esté usando',
    }
    for (const [name, message] of Object.entries(refusals)) {
      await page.evaluate((error) => {
        navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('refused', error))
      }, name)
      await scanButton(page).click()
      await page.locator('.escaner__status--problem', { hasText: message }).waitFor()
    }
    await page.evaluate(() => Object.defineProperty(navigator, 'mediaDevices', { value: undefined }))
    await scanButton(page).click()
    await page.locator('.escaner__status--problem', { hasText: 'no permite usar la cámara' }).waitFor()
    await photograph(page, 'escaner-sin-camara-1280')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
