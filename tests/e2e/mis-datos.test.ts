import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCalendar, RETENCION } from '../../core/retention.ts'
import { formatLocalDay } from '../../core/time.ts'
import { messages as avisoEs } from '../../web/components/aviso-privacidad/i18n/es.ts'
import { messages as misDatosEs } from '../../web/mis-datos/i18n/es.ts'
import type { MisDatos } from '../../worker/privacy/mis-datos.ts'
import { pdfText } from '../support/pdf.ts'
import { type AxeViolation, axeViolations } from './support/axe.ts'
import { CITIZENS, constancia } from './support/constancia.ts'
import { citizenViaClaveUnica } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { issuePermit, permitRequestInForce } from './support/permisos.ts'
import { photograph } from './support/shots.ts'
import {
  pendingRequest,
  staffSession,
  startValidacionStack,
  UNIDADES,
  type ValidacionPortal,
  type ValidacionStack,
  VOTANTES,
  withCookies,
} from './support/validacion.ts'

/** The sizes the screens are looked at: a phone, and a desktop. */
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

let stack: ValidacionStack | undefined
let server: ValidacionPortal
let browser: Browser

beforeAll(async () => {
  stack = await startValidacionStack({ serviceWorker: false })
  ;({ server, browser } = stack)
})

afterAll(() => stack?.stop())

/** A phone in Chile, with the session of `cookie` (`a=1; b=2`) if given; CSP bypassed for axe only. */
async function phone(cookie?: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: PHONE,
    locale: 'es-CL',
    acceptDownloads: true,
    bypassCSP: true,
  })
  if (cookie) await withCookies(context, server.origin, cookie)
  return context
}

/** No axe violation at either size, and the screen photographed at both (`SHOTS_DIR`). */
async function check(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page), `${name} at 390 px`).toEqual([])
  await photograph(page, `mis-datos-${name}-390`)
  await page.setViewportSize(DESKTOP)
  expect(await axeViolations(page), `${name} at 1280 px`).toEqual([])
  await photograph(page, `mis-datos-${name}-1280`, { scale: 'css' })
  await page.setViewportSize(PHONE)
}

/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const SPANISH = [misDatosEs, avisoEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)

/** The screen in Spanish, English and Creole: axe-core, nothing left in Spanish, no sideways scroll. */
async function inLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  await inspectScreen(page, `mis-datos-${name}`, found, { spanish: SPANISH })
  expect(found).toEqual({})
  await page.setViewportSize(PHONE)
}

const main = async (page: Page) => (await page.locator('main').textContent()) ?? ''

/** A day as the page writes it (Chile's calendar, dd-mm-aaaa). */
const dia = (date: Date) => formatLocalDay(date)

/** `/mis-datos` once its sections are in. */
async function openMisDatos(page: Page): Promise<void> {
  await page.goto('/mis-datos')
  await page.locator('h2', { hasText: 'Quién vio mis datos' }).waitFor()
}

/** A file the page offers to download, read back. */
async function download(page: Page, link: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: link }).click(),
  ])
  return readFileSync(await file.path())
}

describe('Mis datos: what the portal holds about a ClaveÚnica citizen', () => {
  it('shows a constancia and a permit with their clocks, downloads both copies, takes a correction, lists who read the data, and says what an erasure must keep', async () => {
    const context = await phone()
    const page = await context.newPage()
    const email = 'valentina.misdatos@example.cl'

    // The constancia, through its form: the privacy notice stands before "Enviar Solicitud".
    await constancia.reviewAs(page, server, CITIZENS.valentina, { email, phone: '987654321' })
    const notice = page.locator('section.aviso')
    await page.getByRole('button', { name: 'Enviar Solicitud' }).scrollIntoViewIfNeeded()
    await notice.waitFor()
    expect(await notice.locator('h2').textContent()).toBe('Sus datos personales')
    expect(await notice.textContent()).toContain(
      `Se guardan ${RETENCION.constanciaVotoAnos} años desde la elección`,
    )
    const more = notice.locator('details')
    expect(await more.getAttribute('open')).toBeNull()
    // By keyboard: the summary takes focus and Enter opens the rest.
    await notice.locator('summary', { hasText: 'Más información sobre sus datos' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => more.getAttribute('open')).toBe('')
    const full = (await more.textContent()) ?? ''
    for (const expected of [
      'Juzgado de Policía Local',
      'Ley 21.719',
      'portabilidad',
      'Agencia de Protección de Datos Personales',
    ])
      expect(full).toContain(expected)
    expect(await notice.getByRole('link', { name: 'Mis datos' }).first().getAttribute('href')).toBe(
      '/mis-datos',
    )
    await check(page, 'aviso-constancia')
    await constancia.send(page)
    const code = await constancia.pendingCode(page)

    // A permit, through the API, for the same citizen.
    const permit = await issuePermit(server, CITIZENS.valentina, permitRequestInForce('A034567890').request)

    // Mis datos, from the account's navigation.
    await page.goto('/mis-tramites')
    await page.locator('.account').getByRole('link', { name: 'Mis datos' }).click()
    await page.locator('h2', { hasText: 'Quién vio mis datos' }).waitFor()
    let text = await main(page)
    expect(text).toContain('Sus datos de cuenta')
    expect(text).toContain(CITIZENS.valentina.run)
    expect(text).toContain(`Constancia de votación ${code}`)
    expect(text).toContain(`Permiso de desplazamiento ${permit.code}`)
    // Each with its clock, and whether it can go.
    const permitUntil = dia(addCalendar(new Date(permit.fin), { meses: RETENCION.permisoMeses }))
    const permitCard = page.locator('.md-registro', { hasText: permit.code })
    expect(await permitCard.textContent()).toContain(`Se conserva hasta el ${permitUntil}.`)
    expect(await permitCard.textContent()).toContain('un permiso se conserva después de terminar')
    const constanciaCard = page.locator('.md-registro', { hasText: `Constancia de votación ${code}` })
    expect(await constanciaCard.textContent()).toContain('Se conserva hasta el')
    expect(await constanciaCard.textContent()).toContain('Puede pedir que se suprima.')
    expect(await constanciaCard.textContent()).toContain(email)
    // A kind's own words (web/mis-datos/i18n/tipos) came with its records: its service, its fields.
    expect(text).toContain('Constancias de votación')
    expect(text).toContain('Permisos de desplazamiento')
    expect(await constanciaCard.textContent()).toContain('Comuna de votación')
    expect(await permitCard.textContent()).toContain('Tipo de permiso')
    expect(await permitCard.textContent()).not.toContain('tipoPermiso')
    expect(text).toContain('Ningún funcionario ha consultado sus datos.')
    await check(page, 'resumen')
    await inLanguages(page, 'resumen')

    // The downloads: the JSON parses and holds both; the PDF reads back.
    const json = JSON.parse((await download(page, 'Descargar mis datos (JSON)')).toString('utf8')) as MisDatos
    expect(json.registros.map((r) => r.code)).toEqual(expect.arrayContaining([code, permit.code]))
    const pdf = pdfText(await download(page, 'Descargar mis datos (PDF)'))
    for (const expected of ['Mis datos en la Comisaría Virtual', code, permit.code])
      expect(pdf).toContain(expected)

    // A correction of the account's e-mail, one question a page.
    await page.getByRole('link', { name: 'Pedir una corrección' }).click()
    await page.locator('input[name="dato"][value^="cuenta/"][value$="/email"]').check()
    await check(page, 'correccion-dato')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('#valor').fill('valentina@')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('Valor correcto')
    await check(page, 'correccion-valor-error')
    await page.locator('#valor').fill('valentina.nueva@example.cl')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('#explicacion').fill('Cambié de correo en noviembre.')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('h1', { hasText: 'Revise su solicitud antes de enviarla' }).waitFor()
    expect(await main(page)).toContain('valentina.nueva@example.cl')
    await page.getByRole('button', { name: 'Enviar solicitud' }).scrollIntoViewIfNeeded()
    await page.locator('section.aviso').waitFor()
    await page.locator('section.aviso summary').click()
    await check(page, 'correccion-revisar')
    await inLanguages(page, 'correccion-revisar')
    await page.getByRole('button', { name: 'Enviar solicitud' }).click()
    await page.locator('h1', { hasText: 'Solicitud enviada' }).waitFor()
    const numero = ((await page.locator('.panel__ref').textContent()) ?? '').trim()
    expect(numero).toMatch(/^[A-Z0-9]{10}$/)
    const due = dia(addCalendar(new Date(), { dias: RETENCION.respuestaSolicitudDias }))
    expect(await main(page)).toContain(`a más tardar el ${due}`)
    await check(page, 'correccion-enviada')

    // In "Mis trámites", pending.
    await page.getByRole('link', { name: 'Puede seguirla en Mis trámites.' }).click()
    const request = page
      .locator('section', { hasText: 'Solicitudes sobre sus datos' })
      .locator('li', { hasText: numero })
    await request.waitFor()
    expect(await request.textContent()).toContain('Pendiente')
    expect(await request.textContent()).toContain('Corrección: Correo electrónico')
    await check(page, 'mis-tramites')

    // An officer in Punta Arenas looks the constancia up and validates it.
    const officer = await staffSession(server, {
      email: 'ana.soto.misdatos@carabineros.example.cl',
      role: 'officer',
      unidad: UNIDADES.puntaArenas,
    })
    const staff = (path: string, body: unknown) =>
      fetch(`${server.origin}/api/funcionarios/constancias-voto${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.publicOrigin, cookie: officer },
        body: JSON.stringify(body),
      })
    expect((await staff('/buscar', { code })).status).toBe(200)
    const validated = await staff(`/${code}/validar`, {
      documento: 'cedula',
      numeroDocumento: '512.345.678',
      vencimiento: '2030-03-01',
      runDocumento: CITIZENS.valentina.run,
      nombreCoincide: true,
    })
    expect(validated.status, await validated.text()).toBe(200)

    // "Quién vio mis datos": the officer, the unit, the record and why.
    await openMisDatos(page)
    // On a phone, one short list a read; on a desktop, a table.
    const expected = ['Ana Soto Fuentes', '1ª Comisaría Punta Arenas', 'Validar su constancia de votación']
    const read = page.locator('.md-accesos li', { hasText: code }).first()
    await read.waitFor()
    for (const words of expected) expect(await read.textContent()).toContain(words)
    await page.setViewportSize(DESKTOP)
    const row = page.locator('table tbody tr', { hasText: code }).first()
    await row.waitFor()
    for (const words of expected) expect(await row.textContent()).toContain(words)
    await page.setViewportSize(PHONE)
    expect(
      await page.locator('.md-registro', { hasText: `Constancia de votación ${code}` }).textContent(),
    ).toContain('la constancia ya fue validada o rechazada')
    await check(page, 'resumen-accesos')

    // The erasure: everything must be kept for now, each with its reason and date.
    await page.getByRole('link', { name: 'Pedir la supresión de mis datos' }).click()
    await page.locator('h2', { hasText: 'Se conservará, y por qué' }).waitFor()
    text = await main(page)
    expect(text).toContain('Por ahora ninguno de sus datos se puede suprimir')
    expect(text).toContain(`Permiso de desplazamiento ${permit.code}. No se puede suprimir todavía`)
    expect(text).toContain(`Podrá suprimirse desde el ${permitUntil}.`)
    expect(text).toContain('Su cuenta no se puede suprimir mientras tenga registros que deban conservarse.')
    expect(await page.getByRole('button', { name: 'Suprimir mis datos' }).count()).toBe(0)
    await check(page, 'supresion-nada')
    await context.close()
  })

  it('erases what the law lets go and says what is kept and why; an account with nothing left goes, signed out', async () => {
    // Benjamín: a constancia never validated (erasable), a permit refused on a registry's answer (kept).
    const code = await pendingRequest(server, VOTANTES.benjamin, 'benjamin.misdatos@example.cl')
    const call = await citizenViaClaveUnica(server, VOTANTES.benjamin.run)
    const refused = await call('/api/permisos', {
      method: 'POST',
      body: JSON.stringify(permitRequestInForce('A045678901').request),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    })
    expect(refused.status).not.toBe(201)
    const context = await phone(call.cookie())
    const page = await context.newPage()
    await page.goto('/mis-datos/supresion')
    await page.getByRole('button', { name: 'Suprimir mis datos' }).waitFor()
    let text = await main(page)
    expect(text).toContain(`Constancia de votación ${code}`)
    expect(text).toContain('Permiso no emitido por la respuesta de un registro. No se puede suprimir todavía')
    // Sent without the confirmation: the error summary says what to tick.
    await page.getByRole('button', { name: 'Suprimir mis datos' }).click()
    await page.locator('.error-summary').waitFor()
    await check(page, 'supresion-error')
    await page.getByLabel('Entiendo qué datos se eliminarán y cuáles se conservarán').check()
    await page.getByRole('button', { name: 'Suprimir mis datos' }).click()
    await page.locator('h1', { hasText: 'Sus datos fueron suprimidos' }).waitFor()
    text = await main(page)
    expect(((await page.locator('.panel__ref').textContent()) ?? '').trim()).toMatch(/^[A-Z0-9]{10}$/)
    expect(text).toContain(`Constancia de votación ${code}`)
    expect(text).toContain('el rechazo se conserva para que usted pueda reclamar de él')
    await check(page, 'supresion-resultado')
    await context.close()

    // María, with nothing but her account: it goes too, and she ends signed out.
    const maria = await citizenViaClaveUnica(server, CITIZENS.maria.run)
    const mariaContext = await phone(maria.cookie())
    const mariaPage = await mariaContext.newPage()
    await mariaPage.goto('/mis-datos/supresion')
    await mariaPage.getByRole('button', { name: 'Suprimir mis datos' }).waitFor()
    expect(await main(mariaPage)).toContain('también se eliminará su cuenta')
    await mariaPage.getByLabel('Entiendo qué datos se eliminarán y cuáles se conservarán').check()
    await mariaPage.getByRole('button', { name: 'Suprimir mis datos' }).click()
    await mariaPage.locator('h1', { hasText: 'Su cuenta fue eliminada' }).waitFor()
    expect(await mariaPage.evaluate(async () => (await fetch('/api/me')).status)).toBe(401)
    expect(await mariaPage.locator('.account').count()).toBe(0)
    await check(mariaPage, 'cuenta-eliminada')
    await mariaContext.close()
  })

  it('/verificar says a document whose clock ran out was issued, and names no one', async () => {
    const context = await phone()
    const page = await context.newPage()
    const depuradaAt = '2028-12-04T06:00:00.000Z'
    // The maintenance job purges two years after an election: the page is shown the API's answer then.
    await page.route('**/api/verificar/DEPURADA01', (route) =>
      route.fulfill({
        json: {
          code: 'DEPURADA01',
          tipo: 'constancia_voto',
          valido: false,
          estado: 'depurada',
          eleccion: { nombre: 'Elección de demostración', fecha: '2026-12-04' },
          depuradaAt,
        },
      }),
    )
    await page.route('**/api/verificar/DEPURADO02', (route) =>
      route.fulfill({
        json: {
          code: 'DEPURADO02',
          tipo: 'permiso',
          valido: false,
          estado: 'depurado',
          permiso: { tipo: 'Compras', comuna: 'Santiago', inicio: depuradaAt, fin: depuradaAt },
          depuradoAt: depuradaAt,
        },
      }),
    )
    const sentence = `Este documento fue emitido, pero su plazo de conservación terminó y sus datos personales fueron eliminados el ${dia(new Date(depuradaAt))}.`
    for (const [code, expected] of [
      ['DEPURADA01', sentence],
      ['DEPURADO02', 'Este permiso fue emitido, pero su plazo de conservación terminó'],
    ] as const) {
      await page.goto('/verificar')
      await page.locator('#code').fill(code)
      await page.getByRole('button', { name: 'Verificar' }).click()
      await page.locator('.vf-result--neutral').waitFor()
      const text = await main(page)
      expect(text).toContain('PLAZO DE CONSERVACIÓN TERMINADO')
      expect(text).toContain(expected)
      expect(text).not.toContain('RUN')
      expect(text).not.toContain('Titular')
      await check(page, `verificar-${code.toLowerCase()}`)
    }
    await context.close()
  })
})
