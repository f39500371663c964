import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfQr, pdfText } from '../support/pdf.ts'
import { axeViolations } from './support/axe.ts'
import { DESKTOP, PHONE } from './support/browser.ts'
import { photograph } from './support/shots.ts'
import {
  type PdfMailbox,
  pendingRequest,
  staffSession,
  startValidacionStack,
  UNIDADES,
  type ValidacionPortal,
  type ValidacionStack,
  VOTANTES,
  withSession,
} from './support/validacion.ts'

let stack: ValidacionStack | undefined
let mailbox: PdfMailbox
let server: ValidacionPortal
let browser: Browser
let officer: string

beforeAll(async () => {
  stack = await startValidacionStack()
  ;({ mailbox, server, browser } = stack)
  officer = await staffSession(server, {
    email: 'ana.soto@carabineros.example.cl',
    role: 'officer',
    unidad: UNIDADES.santiago,
  })
}, 120_000)

afterAll(() => stack?.stop())

/** A desktop browser in Chile; CSP bypassed only so that axe-core can be injected. */
async function desktop(cookie?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: DESKTOP,
    locale: 'es-CL',
    bypassCSP: true,
  })
  if (cookie) await withSession(context, server.origin, cookie)
  return context
}

/** No axe violation on the page as it is now, at both sizes, and its photographs. */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), name).toEqual([])
  await photograph(page, `validacion-${name}-1280`)
  await page.setViewportSize(PHONE)
  await photograph(page, `validacion-${name}-360`)
  expect(await axeViolations(page), `${name} at 360 px`).toEqual([])
  await page.setViewportSize(DESKTOP)
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

/** Opens the QR code's address in a fresh browser (nobody signed in) and expects it to say VALID. */
async function verifyQr(url: string, name: string, holder: string, maskedRun: string): Promise<void> {
  expect(url.startsWith(`${server.origin}/verificar#CV1.`)).toBe(true)
  const context = await desktop()
  const page = await context.newPage()
  await page.goto(url)
  await page
    .locator('.vf-result--ok')
    .waitFor()
    .catch(async (error: unknown) => {
      await photograph(page, `validacion-FAILED-${name}`)
      throw error
    })
  // The server's current state arrived after the offline signature check.
  await page.locator('main dd', { hasText: 'Validada' }).first().waitFor()
  const text = await mainText(page)
  expect(text).toContain('VÁLIDO')
  expect(text).toContain('Firma digital comprobada')
  expect(text).toContain(holder)
  expect(text).toContain(maskedRun)
  await check(page, `verificar-qr-${name}`)
  // The keys are on the device now: with the network gone, the signature is still checked.
  await context.route('**/api/verificar', (route) => route.abort())
  await context.route('**/.well-known/**', (route) => route.abort())
  await page.reload()
  await page.locator('.vf-result--ok').waitFor()
  expect(await mainText(page)).toContain('Sin conexión')
  // A byte changed in the payload: NOT VALID.
  const [prefix = '', body = '', signature = ''] = url.split('#')[1]?.split('.') ?? []
  const altered = `${prefix}.${body.slice(0, 10)}${body[10] === 'A' ? 'B' : 'A'}${body.slice(11)}.${signature}`
  await page.goto(`/verificar#${altered}`)
  await page.reload()
  await page.locator('.vf-result--bad').waitFor()
  expect(await mainText(page)).toContain('NO VÁLIDO')
  await context.close()
}

describe('validation of an online request by an officer', () => {
  it('looks the code up, records the document, validates; the mailed PDF verifies publicly', async () => {
    const email = 'maria.validacion@example.cl'
    const code = await pendingRequest(server, VOTANTES.maria, email)
    const context = await desktop(officer)
    const page = await context.newPage()
    // From the staff home's menu, by keyboard.
    await page.goto('/funcionarios')
    await page.locator('a[href="/funcionarios/constancias"]').focus()
    await page.keyboard.press('Enter')
    await page.locator('#code').waitFor()
    await check(page, 'buscar')
    await page.locator('#code').fill(code.toLowerCase())
    await page.keyboard.press('Enter')
    await page.locator('h1', { hasText: code }).waitFor()
    const detail = await mainText(page)
    expect(detail).toContain(VOTANTES.maria.name)
    expect(detail).toContain('Punta Arenas')
    expect(await page.locator('.vv-warning').count()).toBe(0)

    // Nothing filled in: the error summary lists the document's fields.
    await page.locator('form').first().locator('button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    await check(page, 'validar-errores')

    await page.locator('#documento').check()
    await page.locator('#numeroDocumento').fill('512.345.678')
    await page.locator('#vencimiento').fill('1')
    await page.locator('#vencimientoMes').fill('3')
    await page.locator('#vencimientoAnio').fill('2030')
    await page.locator('#runDocumento').fill('44.444.444-4')
    await page.locator('#nombreCoincide').check()
    await page.locator('form').first().locator('button[type="submit"]').click()
    await page.locator('.notice').waitFor()
    expect(await mainText(page)).toContain(code)
    await check(page, 'validada')

    // "Imprimir comprobante": the PDF, for the signed-in officer.
    const href = (await page.locator('a', { hasText: 'Imprimir comprobante' }).getAttribute('href')) ?? ''
    const receipt = await context.request.get(href)
    expect(receipt.headers()['content-type']).toBe('application/pdf')

    const pdf = await mailbox.pdfFor(email)
    const text = pdfText(pdf)
    for (const expected of [VOTANTES.maria.name, VOTANTES.maria.run, code]) expect(text).toContain(expected)
    await context.close()
    await verifyQr(pdfQr(pdf) ?? '', 'online', VOTANTES.maria.name, '44.4XX.XXX-4')
  }, 120_000)
})

describe('the assisted constancia', () => {
  it('issues it for a citizen at the unit, after the 200 km warning and a justification', async () => {
    const email = 'valentina.asistida@example.cl'
    const context = await desktop(officer)
    const page = await context.newPage()
    await page.goto('/funcionarios/constancias/asistida')
    await page.locator('#motivoAsistencia').waitFor()
    await check(page, 'asistida')
    await page.locator('#motivoAsistencia').check()
    await page.locator('#run').fill(VOTANTES.valentina.run)
    await page.locator('#fechaNacimiento').fill('30')
    await page.locator('#fechaNacimientoMes').fill('11')
    await page.locator('#fechaNacimientoAnio').fill('1992')
    await page.locator('#telefono').fill('9 8765 4321')
    await page.locator('#email').fill(email)
    await page.locator('#emailConfirmacion').fill(email)
    await page.locator('#documento').check()
    await page.locator('#numeroDocumento').fill('600.123.456')
    await page.locator('#vencimiento').fill('15')
    await page.locator('#vencimientoMes').fill('8')
    await page.locator('#vencimientoAnio').fill('2031')
    await page.locator('#runDocumento').fill(VOTANTES.valentina.run)
    await page.locator('#nombreCoincide').check()
    await page.locator('#avisoLeido').check()
    await page.locator('#declaracion').check()
    await page.locator('main form button[type="submit"]').click()
    // Valentina votes in Santiago, the unit is in Santiago: warned, a justification is asked for.
    await page.locator('.vv-warning').waitFor()
    await page.locator('#justificacion').waitFor()
    await check(page, 'asistida-cerca')
    await page
      .locator('#justificacion')
      .fill('Viaja hoy a Punta Arenas en el vuelo de las 14:00, acredita pasaje.')
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.notice').waitFor()
    const code = /\b[A-Z0-9]{10}\b/.exec((await page.locator('.notice').textContent()) ?? '')?.[0] ?? ''
    expect(code).toMatch(/^[A-Z0-9]{10}$/)
    await check(page, 'asistida-emitida')
    const href = (await page.locator('a', { hasText: 'Imprimir comprobante' }).getAttribute('href')) ?? ''
    expect((await context.request.get(href)).headers()['content-type']).toBe('application/pdf')

    const pdf = await mailbox.pdfFor(email)
    const text = pdfText(pdf)
    for (const expected of [VOTANTES.valentina.name, VOTANTES.valentina.run, code]) {
      expect(text).toContain(expected)
    }
    await context.close()
    await verifyQr(pdfQr(pdf) ?? '', 'asistida', VOTANTES.valentina.name, '88.8XX.XXX-8')
  }, 120_000)
})

describe('public verification by code, and the figures', () => {
  it('says VALID for a validated code, and explains a malformed or unknown one', async () => {
    const context = await desktop()
    const page = await context.newPage()
    await page.goto('/verificar')
    await page.locator('#code').waitFor()
    await check(page, 'verificar')
    await page.locator('#code').fill('abc')
    await page.keyboard.press('Enter')
    await page.locator('.error-summary').waitFor()
    await check(page, 'verificar-error')
    await page.locator('#code').fill('ZZZZZZZZZZ')
    await page.keyboard.press('Enter')
    await page.locator('.error-message', { hasText: 'No existe' }).waitFor()
    const validated = mailbox.received.find((mail) => mail.pdfs.length > 0)?.pdfs[0]
    const code = /CV1\.([\w-]+)\./.exec(pdfQr(validated ?? Buffer.alloc(0)) ?? '')?.[1]
    const payload = JSON.parse(Buffer.from(code ?? '', 'base64url').toString('utf8')) as { c: string }
    await page.locator('#code').fill(payload.c)
    await page.keyboard.press('Enter')
    await page.locator('.vf-result--ok').waitFor()
    await check(page, 'verificar-codigo')
    await context.close()
  }, 60_000)

  it('shows a supervisor the day per hour and per region, as bars and a table', async () => {
    const supervisor = await staffSession(server, {
      email: 'jefe.turno@carabineros.example.cl',
      role: 'supervisor',
      unidad: UNIDADES.santiago,
    })
    const context = await desktop(supervisor)
    const page = await context.newPage()
    await page.goto('/funcionarios/constancias/cifras')
    await page.locator('svg[role="img"]').first().waitFor()
    await page.locator('details summary').first().click()
    expect(await page.locator('table').first().textContent()).toContain('Solicitudes')
    await check(page, 'cifras')
    await context.close()
  }, 60_000)

  it('has no axe violations in English and Creole either', async () => {
    const context = await desktop(officer)
    const page = await context.newPage()
    for (const lang of ['en', 'ht'] as const) {
      for (const path of ['/funcionarios/constancias', '/funcionarios/constancias/asistida', '/verificar']) {
        await page.goto(path)
        await page.locator('#code, #motivoAsistencia').first().waitFor()
        if ((await page.evaluate(() => document.documentElement.lang)) !== lang) {
          await page.locator(`.lang-switch button[lang="${lang}"]`).click()
          await page.waitForFunction((code) => document.documentElement.lang === code, lang)
        }
        expect(await axeViolations(page), `${path} in ${lang}`).toEqual([])
        expect(await mainText(page)).not.toMatch(/cv\.|vf\./)
      }
    }
    await context.close()
  }, 60_000)
})
