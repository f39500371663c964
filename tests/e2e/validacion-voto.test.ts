import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatLocal } from '../../core/time.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import { axeViolations } from './support/axe.ts'
import { DESKTOP, PHONE } from './support/browser.ts'
import { parseMail, waitForMail } from './support/constancia.ts'
import { citizenViaClaveUnica } from './support/identity.ts'
import { photograph } from './support/shots.ts'
import {
  moverVentana,
  type PdfMailbox,
  pendingRequest,
  pendingRequestAs,
  staffSession,
  startValidacionStack,
  UNIDADES,
  type ValidacionPortal,
  type ValidacionStack,
  VOTANTES,
  ventanaDemo,
  withCookies,
  withSession,
} from './support/validacion.ts'

let stack: ValidacionStack | undefined
let mailbox: PdfMailbox
let server: ValidacionPortal
let browser: Browser
let officer: string

beforeAll(async () => {
  stack = await startValidacionStack({ serviceWorker: false })
  ;({ mailbox, server, browser } = stack)
  officer = await staffSession(server, {
    email: 'ana.soto@carabineros.example.cl',
    role: 'officer',
    unidad: UNIDADES.santiago,
  })
})

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

/** A desktop browser signed in as a new staff member (made with the admin command), on a fresh page. */
async function staffPage(person: Parameters<typeof staffSession>[1]) {
  const context = await desktop(await staffSession(server, person))
  return { context, page: await context.newPage() }
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

/**
 * Every field shown in error quotes, between «» or “”, the very label the screen gives that field
 * (its label, or its fieldset's legend); returns how many were checked.
 */
async function errorsQuoteTheirLabels(page: Page, language: string): Promise<number> {
  const shown = await page.locator('main .form-group--error').evaluateAll((groups) =>
    groups.map((group) => ({
      message: group.querySelector('.error-message')?.textContent ?? '',
      label: (group.querySelector('legend') ?? group.querySelector('label'))?.textContent?.trim() ?? '',
    })),
  )
  for (const { message, label } of shown) {
    expect(/[«“](.+?)[»”]/.exec(message)?.[1], `${language}: ${message}`).toBe(label)
  }
  return shown.length
}

/** Switches the page's language with the header's switch. */
async function switchTo(page: Page, lang: 'es' | 'en' | 'ht'): Promise<void> {
  await page.locator(`.lang-switch button[lang="${lang}"]`).click()
  await page.waitForFunction((code) => document.documentElement.lang === code, lang)
}

/** The PDF's text on one line, as a reader would quote it. */
const flat = (pdf: Buffer) => pdfText(pdf).replace(/\s+/g, ' ')

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

    // Nothing filled in: the error summary lists the document's fields, each by its label.
    await page.locator('form').first().locator('button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    expect(await errorsQuoteTheirLabels(page, 'es')).toBe(5)
    expect(await page.locator('#nombreCoincide-hint').textContent()).toContain(VOTANTES.maria.name)
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
    const text = flat(pdf)
    for (const expected of [VOTANTES.maria.name, VOTANTES.maria.run, code]) expect(text).toContain(expected)
    // What the citizen declared, in the form's words, and the distance the unit measured.
    expect(text).toContain('más de doscientos kilómetros de su local de votación')
    expect(text).toMatch(/Distancia medida 2\d{3} km, de la unidad policial a Punta Arenas \(más de 200 km\)/)
    expect(text).not.toContain('domicilio')
    await context.close()
    await verifyQr(pdfQr(pdf) ?? '', 'online', VOTANTES.maria.name, '44.4XX.XXX-4')
  })
})

describe('a mistyped e-mail corrected before validation (decision 0080)', () => {
  it('the citizen corrects it on the pending request’s page; the officer sees the corrected one', async () => {
    const typo = 'benjamin.soto@gmial.com'
    const right = 'benjamin.soto@gmail.com'
    const call = await citizenViaClaveUnica(server, VOTANTES.benjamin.run)
    const code = await pendingRequestAs(call, VOTANTES.benjamin, typo)
    const context = await desktop()
    await withCookies(context, server.origin, call.cookie())
    const page = await context.newPage()
    await page.goto(`/constancias/votacion/${code}`)
    await page.getByRole('heading', { name: 'Dónde llegará la constancia' }).waitFor()
    expect(await mainText(page)).toContain(typo)
    await page.getByRole('button', { name: 'Corregir correo electrónico o teléfono' }).click()
    const correo = page.getByLabel('Correo electrónico', { exact: true })
    await correo.waitFor()
    expect(await correo.inputValue()).toBe(typo)
    await check(page, 'contacto-formulario')
    // The confirmation typed otherwise: refused, naming the field.
    await correo.fill(right)
    await page.getByLabel('Confirmación del correo electrónico').fill('benjamin.soto@gmail.co')
    await page.getByRole('button', { name: 'Guardar correo y teléfono' }).click()
    await page.locator('.error-summary', { hasText: '«Confirmación del correo electrónico»' }).waitFor()
    await check(page, 'contacto-errores')
    await page.getByLabel('Confirmación del correo electrónico').fill(right)
    await page.getByRole('button', { name: 'Guardar correo y teléfono' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Le enviamos una confirmación a ${right}` })
      .waitFor()
    const shown = await mainText(page)
    expect(shown).toContain(right)
    expect(shown).not.toContain(typo)
    await check(page, 'contacto-corregido')
    await context.close()

    // At the unit: the officer reads the corrected address to the citizen.
    const officerContext = await desktop(officer)
    const desk = await officerContext.newPage()
    await desk.goto('/funcionarios/constancias')
    await desk.getByLabel('Código').fill(code)
    await desk.keyboard.press('Enter')
    await desk.locator('h1', { hasText: code }).waitFor()
    const detail = await mainText(desk)
    expect(detail).toContain(right)
    expect(detail).not.toContain(typo)
    await desk.getByRole('button', { name: 'Corregir el correo' }).click()
    await desk.getByRole('heading', { name: 'Corregir el correo del ciudadano' }).waitFor()
    await check(desk, 'correo-funcionario')
    await officerContext.close()
  })
})

describe('the assisted constancia', () => {
  it('names each field by its own label in three languages, with dates of the right age as examples', async () => {
    const context = await desktop(officer)
    const page = await context.newPage()
    await page.goto('/funcionarios/constancias/asistida')
    await page.locator('#motivoAsistencia').waitFor()
    // A birth date's example is in the past, an expiry date's in the future.
    const year = new Date().getFullYear()
    const exampleYear = async (id: string) =>
      Number(/\b(\d{4})\b/.exec((await page.locator(`#${id}-hint`).textContent()) ?? '')?.[1])
    expect(await exampleYear('fechaNacimiento')).toBeLessThan(year - 17)
    expect(await exampleYear('vencimiento')).toBeGreaterThan(year)
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    expect(await errorsQuoteTheirLabels(page, 'es')).toBe(13)
    expect(await mainText(page)).not.toMatch(/rechace la solicitud/i)
    for (const lang of ['en', 'ht'] as const) {
      await switchTo(page, lang)
      expect(await errorsQuoteTheirLabels(page, lang)).toBe(13)
    }
    await context.close()
  })

  it('issues nothing within 200 km of the polling place; a unit farther away issues it, and the PDF states the distance', async () => {
    const email = 'valentina.asistida@example.cl'
    const fill = async (page: Page) => {
      await page.goto('/funcionarios/constancias/asistida')
      await page.locator('#motivoAsistencia').waitFor()
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
      await page.locator('#declaracionCiudadano').check()
      await page.locator('main form button[type="submit"]').click()
    }
    // Valentina votes in Santiago and the unit is in Santiago: nothing to write, nothing issued.
    const near = await desktop(officer)
    const page = await near.newPage()
    await fill(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toMatch(
      /Esta unidad está a \d+ km del local de votación del ciudadano, no a más de 200 km: la constancia no se puede emitir/,
    )
    expect(await page.locator('#justificacion').count()).toBe(0)
    expect(await page.locator('.notice').count()).toBe(0)
    await check(page, 'asistida-cerca')
    await near.close()

    // At a unit in Punta Arenas, more than 200 km from her polling place, it is issued.
    const { context, page: farPage } = await staffPage({
      email: 'pedro.diaz@carabineros.example.cl',
      role: 'officer',
      unidad: UNIDADES.puntaArenas,
    })
    await fill(farPage)
    await farPage.locator('.notice').waitFor()
    const code = /\b[A-Z0-9]{10}\b/.exec((await farPage.locator('.notice').textContent()) ?? '')?.[0] ?? ''
    expect(code).toMatch(/^[A-Z0-9]{10}$/)
    await check(farPage, 'asistida-emitida')
    const href = (await farPage.locator('a', { hasText: 'Imprimir comprobante' }).getAttribute('href')) ?? ''
    expect((await context.request.get(href)).headers()['content-type']).toBe('application/pdf')

    const pdf = await mailbox.pdfFor(email)
    const text = flat(pdf)
    for (const expected of [VOTANTES.valentina.name, VOTANTES.valentina.run, code, 'Constancia asistida']) {
      expect(text).toContain(expected)
    }
    expect(text).toContain('más de doscientos kilómetros de su local de votación')
    expect(text).toMatch(/Distancia medida 2\d{3} km, de la unidad policial a Santiago \(más de 200 km\)/)
    await context.close()
    await verifyQr(pdfQr(pdf) ?? '', 'asistida', VOTANTES.valentina.name, '88.8XX.XXX-8')
  })
})

describe('a rejection the citizen can act on (decision 0081)', () => {
  it('the officer rejects with a reason: the citizen reads it in Mis trámites’ list, on the information page and by e-mail, with what is left today; back at a unit, it is validated', async () => {
    const email = 'camila.rechazo@example.cl'
    const call = await citizenViaClaveUnica(server, VOTANTES.camila.run)
    const code = await pendingRequestAs(call, VOTANTES.camila, email)
    const motivo = 'El pasaporte presentado venció antes de la fecha aceptada.'
    const context = await desktop(officer)
    const page = await context.newPage()
    await page.goto('/funcionarios/constancias')
    await page.getByLabel('Código').fill(code)
    await page.getByRole('button', { name: 'Buscar', exact: true }).click()
    await page.locator('h1', { hasText: code }).waitFor()
    await page.getByLabel('Motivo del rechazo').fill(motivo)
    await page.getByRole('button', { name: 'Rechazar solicitud' }).click()
    await page.locator('.notice', { hasText: 'Solicitud rechazada' }).waitFor()

    // The e-mail, at the SMTP receiver: the reason and what the citizen can still do today.
    const mail = await waitForMail(
      () =>
        mailbox.received.map((m) => ({
          to: m.to,
          ...parseMail(Buffer.from(m.raw, 'latin1').toString('utf8')),
        })),
      email,
      'Motivo del rechazo',
    )
    expect(mail.subject).toBe(`Solicitud rechazada ${code} — Constancia Votación`)
    const body = mail.text.replace(/\s+/g, ' ')
    for (const expected of [
      `Motivo del rechazo: ${motivo}`,
      'acuda en persona, antes de las 23:59',
      'con este código y su Cédula de Identidad o Pasaporte',
      'Juzgado de Policía Local',
    ])
      expect(body).toContain(expected)

    // The citizen, signed in with ClaveÚnica: the reason in «Mis trámites»' list itself…
    const citizen = await desktop()
    await withCookies(citizen, server.origin, call.cookie())
    const mine = await citizen.newPage()
    await mine.goto('/mis-tramites')
    await mine.locator('#mis-constancias-voto').waitFor()
    await expect
      .poll(() => mine.locator('main section', { hasText: code }).textContent())
      .toContain(`Motivo del rechazo: ${motivo}`)
    await check(mine, 'mis-tramites-rechazada')
    // …on the information page, with what is left today…
    await mine.goto('/constancias/votacion')
    await mine.getByRole('heading', { name: 'Lo que aún puede hacer hoy' }).waitFor()
    const info = await mainText(mine)
    for (const expected of [
      `Carabineros rechazó su solicitud ${code}. Motivo: ${motivo}`,
      'acuda en persona hoy',
      'Cédula de Identidad o Pasaporte',
      'elecciones primarias del 29-06-2025: se acepta si venció el 29-06-2024 o después',
      'Juzgado de Policía Local',
    ])
      expect(info).toContain(expected)
    // Not a way to ask again: the request exists, and what is left of it is in person.
    expect(await mine.getByRole('link', { name: 'Continuar' }).count()).toBe(0)
    await check(mine, 'informacion-rechazada')
    // …and on the request's own page.
    await mine.getByRole('link', { name: `Ver su solicitud ${code}` }).click()
    await mine.getByRole('heading', { name: 'Solicitud rechazada', level: 1 }).waitFor()
    await mine.getByRole('heading', { name: 'Lo que aún puede hacer hoy' }).waitFor()
    expect(await mainText(mine)).toContain(`Motivo: ${motivo}`)
    await check(mine, 'solicitud-rechazada')

    // Back at a unit the same day with a valid document: the officer sees the rejection and validates.
    await page.getByRole('button', { name: 'Buscar otro código' }).click()
    await page.getByLabel('Código').fill(code)
    await page.getByRole('button', { name: 'Buscar', exact: true }).click()
    await page.locator('h1', { hasText: code }).waitFor()
    expect(await mainText(page)).toContain(`Motivo del rechazo anterior: ${motivo}`)
    expect(await page.getByRole('button', { name: 'Rechazar solicitud' }).count()).toBe(0)
    await check(page, 'validar-rechazada')
    await page.locator('#documento').check()
    await page.locator('#numeroDocumento').fill('512.345.678')
    await page.locator('#vencimiento').fill('1')
    await page.locator('#vencimientoMes').fill('3')
    await page.locator('#vencimientoAnio').fill('2030')
    await page.locator('#runDocumento').fill(VOTANTES.camila.run)
    await page.locator('#nombreCoincide').check()
    await page.getByRole('button', { name: 'Validar constancia' }).click()
    await page.locator('.notice', { hasText: 'Constancia validada' }).waitFor()
    expect((await mailbox.pdfFor(email)).length).toBeGreaterThan(0)
    await citizen.close()
    await context.close()
  }, 120_000)
})

describe('the election window on the officers’ screens', () => {
  it('at its last minute they validate and assist; a minute after it closed each says so, offers nothing to do, and the API refuses', async () => {
    const admin = await staffSession(server, {
      email: 'admin.ventana@carabineros.example.cl',
      role: 'admin',
      unidad: UNIDADES.santiago,
    })
    const demo = await ventanaDemo(server, admin)
    const code = await pendingRequest(server, VOTANTES.jose, 'jose.ventana@example.cl')
    const context = await desktop(officer)
    const page = await context.newPage()
    const asistida = await context.newPage()
    const buscar = async () => {
      await page.goto('/funcionarios/constancias')
      await page.getByLabel('Código').fill(code)
      await page.getByRole('button', { name: 'Buscar', exact: true }).click()
      await page.locator('h1', { hasText: code }).waitFor()
    }
    try {
      // The last minute: the window ends within the next minute, by the server's clock.
      await moverVentana(server, admin, demo, new Date(Date.now() + 60_000))
      await buscar()
      await page.getByRole('button', { name: 'Validar constancia' }).waitFor()
      expect(await page.getByRole('button', { name: 'Rechazar solicitud' }).count()).toBe(1)
      await asistida.goto('/funcionarios/constancias/asistida')
      await asistida.locator('#motivoAsistencia').waitFor()

      // The first minute after: it closed a minute ago.
      const closed = new Date(Date.now() - 60_000)
      await moverVentana(server, admin, demo, closed)
      const [fecha, hora] = formatLocal(closed).split(' ')
      const cerrado = `el plazo se cerró el ${fecha} a las ${hora} (hora de Chile continental)`
      // The request still on screen from the last minute: «Validar constancia» is refused, its forms go.
      await page.locator('#documento').check()
      await page.locator('#numeroDocumento').fill('512.345.678')
      await page.locator('#vencimiento').fill('1')
      await page.locator('#vencimientoMes').fill('3')
      await page.locator('#vencimientoAnio').fill('2030')
      await page.locator('#runDocumento').fill(VOTANTES.jose.run)
      await page.locator('#nombreCoincide').check()
      await page.getByRole('button', { name: 'Validar constancia' }).click()
      await page.locator('.error-summary', { hasText: 'se cerró el' }).waitFor()
      expect(await page.locator('.error-summary').textContent()).toContain(`«Elección»: el plazo de`)
      expect(await page.locator('#documento, #motivo').count()).toBe(0)
      // Looked up again: the window, up front, and nothing to do.
      await buscar()
      await page.getByText(cerrado).waitFor()
      expect(await page.locator('main form').count()).toBe(0)
      await check(page, 'validar-plazo-cerrado')
      // The assisted form says so up front, and shows no form.
      await asistida.reload()
      await asistida.getByText(cerrado).waitFor()
      expect(await mainText(asistida)).toContain('El plazo de la elección no está abierto')
      expect(await asistida.locator('main form').count()).toBe(0)
      await check(asistida, 'asistida-plazo-cerrado')
      // And the API refuses, naming the field.
      const documento = {
        documento: 'cedula',
        numeroDocumento: '512.345.678',
        vencimiento: '2030-03-01',
        runDocumento: VOTANTES.jose.run,
        nombreCoincide: true,
      }
      for (const [path, data] of [
        ['validar', documento],
        ['rechazar', { motivo: 'Fuera de plazo.' }],
      ] as const) {
        const refused = await context.request.post(`/api/funcionarios/constancias-voto/${code}/${path}`, {
          data,
          headers: { origin: server.origin },
        })
        expect(refused.status()).toBe(403)
        expect(await refused.json()).toMatchObject({
          code: 'window_closed',
          fields: [{ field: 'eleccionId' }],
        })
      }
    } finally {
      await moverVentana(server, admin, demo, demo.ventanaFin)
      await context.close()
    }
  }, 90_000)
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
  })

  it('shows a supervisor the day per hour and per region, as bars and a table', async () => {
    const { context, page } = await staffPage({
      email: 'jefe.turno@carabineros.example.cl',
      role: 'supervisor',
      unidad: UNIDADES.santiago,
    })
    await page.goto('/funcionarios/constancias/cifras')
    await page.locator('svg[role="img"]').first().waitFor()
    await page.locator('details summary').first().click()
    expect(await page.locator('table').first().textContent()).toContain('Solicitudes')
    await check(page, 'cifras')
    await context.close()
  })

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
  })
})
