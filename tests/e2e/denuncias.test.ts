import { createHash } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { messages as denunciaEs } from '../../web/denuncias/denuncia/i18n/es.ts'
import { SALIDA } from '../../web/denuncias/dispositivo.ts'
import { messages as filtroEs } from '../../web/denuncias/filtro/i18n/es.ts'
import { messages as formularioEs } from '../../web/denuncias/formulario/i18n/es.ts'
import { fileOf } from '../support/archivos.ts'
import { pdfQr, pdfText } from '../support/pdf.ts'
import type { AxeViolation } from './support/axe.ts'
import { type CitizenPortal, type ConstanciaPortal, startCitizenPortal } from './support/constancia.ts'
import { continuar, denuncia, denunciaPhone, waitPath } from './support/denuncias.ts'
import { inspectScreen } from './support/inspect.ts'
import type { SwitchableProxy } from './support/proxy.ts'

/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const SPANISH = [filtroEs, formularioEs, denunciaEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)
/** Two small photos of the scene (JPEG by their first bytes), each with its own content. */
const FOTOS = ['paradero.jpg', 'telefono.jpg'].map((name) => ({ name, bytes: fileOf('jpeg', 40_000) }))
const EMAIL = 'valentina.denuncia@example.cl'

let portal: CitizenPortal | undefined
let server: ConstanciaPortal
let proxy: SwitchableProxy

beforeAll(async () => {
  portal = await startCitizenPortal({ serviceWorker: false })
  ;({ server, proxy } = portal)
})
afterAll(() => portal?.stop())

const phone = () => denunciaPhone(portal?.browser ?? (undefined as never), proxy.origin)
const main = async (page: Page) => (await page.locator('main').textContent()) ?? ''
const inspect = (
  page: Page,
  name: string,
  found: Record<string, AxeViolation[]>,
  languages: ('es' | 'en' | 'ht')[] = ['es'],
) => inspectScreen(page, `denuncias-${name}`, found, { languages, spanish: SPANISH })

describe('Denuncias, the citizen’s side', () => {
  let valentina: BrowserContext
  let page: Page
  let numero = ''
  const ayer = localDate(new Date(Date.now() - 86_400_000))

  it('a theft from the screener to the receipt: every page by its labels, an IMEI refused, the number grouped, the PDF signed with its QR, the e-mail, Mis trámites', async () => {
    valentina = await phone()
    page = await valentina.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const found: Record<string, AxeViolation[]> = {}

    await page.goto('/denuncias')
    await page.locator('main').getByRole('link', { name: 'Ingresar' }).waitFor()
    expect(await main(page)).toContain(
      'Si alguien está en peligro o el delito está ocurriendo ahora: llame al 133.',
    )
    await inspect(page, 'inicio', found, ['es', 'en', 'ht'])
    await denuncia.signIn(page, server)
    await inspect(page, 'inicio-con-sesion', found)
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await waitPath(page, '/denuncias/peligro')
    // Nothing chosen: the question says so.
    await continuar(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      '«¿Alguien está en peligro ahora, o el delito está ocurriendo en este momento?» es obligatorio.',
    )
    await inspect(page, 'pregunta', found)
    await denuncia.screener(page)

    await page.getByLabel('Hurto simple').check()
    await inspect(page, 'tipo', found, ['es', 'en', 'ht'])
    await denuncia.to(page, '/denuncias/cuando')
    await denuncia.when(page, ayer, '21:30')
    await inspect(page, 'cuando', found)
    await denuncia.to(page, '/denuncias/donde')
    await denuncia.where(page)
    await inspect(page, 'donde', found)
    await denuncia.to(page, '/denuncias/relato')
    // Too short: named in the summary, by its label.
    await page.getByLabel('¿Qué ocurrió?').fill('Me robaron el teléfono.')
    await continuar(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      '«Qué ocurrió» debe tener al menos 50 caracteres.',
    )
    await inspect(page, 'relato-error', found)
    await page
      .getByLabel('¿Qué ocurrió?')
      .fill(
        'Esperaba la micro en el paradero. Al subir noté que el teléfono ya no estaba en el bolsillo de la mochila.',
      )
    await denuncia.to(page, '/denuncias/objetos')
    await page.getByLabel('Descripción del objeto 1').fill('Teléfono Samsung Galaxy A54 negro')
    await page.getByLabel('Valor estimado del objeto 1').fill('250.000')
    await page.getByLabel('IMEI del objeto 1').fill('352099001761482')
    await continuar(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      '«IMEI del objeto 1» no es un IMEI válido',
    )
    await inspect(page, 'objetos-error', found)
    await page.getByLabel('IMEI del objeto 1').fill('35-209900-176148-1')
    await denuncia.to(page, '/denuncias/sospechosos')
    await denuncia.to(page, '/denuncias/testigos')
    await page.getByRole('button', { name: 'Agregar un testigo' }).click()
    await page.getByLabel('Nombre del testigo 1').fill('Rosa Díaz')
    await inspect(page, 'testigos', found)
    // Two photos of the scene, uploaded from the phone at once.
    await denuncia.to(page, '/denuncias/archivos')
    await denuncia.attach(page, FOTOS)
    // Both listed by name, and up on the server before the report is sent.
    await page.locator('.archivos__item', { hasText: 'telefono.jpg' }).getByText('Subido').waitFor()
    await page.locator('.archivos__item', { hasText: 'paradero.jpg' }).getByText('Subido').waitFor()
    await inspect(page, 'archivos', found)
    await denuncia.to(page, '/denuncias/contacto')
    await page.getByLabel('Correo electrónico').fill(EMAIL)
    await page.getByLabel('Teléfono de contacto').fill('+56 9 1234 5678')
    await page.getByLabel('Comuna de su domicilio').selectOption('13101')
    await inspect(page, 'contacto', found)
    await denuncia.to(page, '/denuncias/revisar')
    const review = await main(page)
    for (const shown of [
      'Hurto simple',
      'Santiago',
      'Teléfono Samsung Galaxy A54 negro',
      'Rosa Díaz',
      EMAIL,
      'paradero.jpg',
      'telefono.jpg',
    ])
      expect(review, shown).toContain(shown)
    expect(review).toContain('verificado con ClaveÚnica')
    await inspect(page, 'revisar', found, ['es', 'en', 'ht'])
    await denuncia.to(page, '/denuncias/declaracion')
    // Unticked: the declaration names what is missing.
    await page.getByRole('button', { name: 'Enviar denuncia' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Para enviar la denuncia debe marcar «Declaro que los hechos que relato son verdaderos».',
    )
    await page.getByLabel('Declaro que los hechos que relato son verdaderos').check()
    await page.getByLabel('Declaro que este hecho no fue denunciado antes').check()
    await inspect(page, 'declaracion', found)
    await page.getByRole('button', { name: 'Enviar denuncia' }).click()

    // The number, large and grouped; what happens next and by when; the receipt.
    await page.waitForURL((url) => /^\/denuncias\/[A-Z2-9]{10}$/.test(url.pathname), { timeout: 30_000 })
    numero = new URL(page.url()).pathname.split('/').pop() ?? ''
    const grouped = `${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`
    await page.locator('.dn-numero').waitFor()
    expect(await page.locator('.dn-numero').textContent()).toBe(grouped)
    // The case's part of the page (web/casos) arrives in a chunk of its own, after the número.
    await page.getByText('Personal de la Comisaría Virtual revisará su denuncia antes del').waitFor()
    const sent = await main(page)
    expect(sent).toContain('Personal de la Comisaría Virtual revisará su denuncia antes del')
    expect(sent).toContain('Recibida')
    await inspect(page, 'enviada', found, ['es', 'en', 'ht'])

    // The signed receipt, read back: the report as sent, its number, its QR to /verificar.
    const cookie = (await valentina.cookies(proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
    const response = await fetch(
      `${server.origin}${await page.getByRole('link', { name: 'Descargar el comprobante (PDF)' }).getAttribute('href')}`,
      {
        headers: { cookie },
      },
    )
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = new Uint8Array(await response.arrayBuffer())
    const text = pdfText(pdf)
    for (const shown of [
      grouped,
      'Hurto simple',
      'Teléfono Samsung Galaxy A54 negro',
      '352099001761481',
      'Rosa Díaz',
    ])
      expect(text, shown).toContain(shown)
    // Each photo by its name and its own SHA-256 (the hash may wrap across lines).
    const flat = text.replace(/\s+/g, '')
    for (const foto of FOTOS) {
      expect(flat).toContain(foto.name)
      expect(flat).toContain(createHash('sha256').update(foto.bytes).digest('hex'))
    }
    const qr = pdfQr(pdf) ?? ''
    expect(qr).toMatch(new RegExp(`^${proxy.origin}/verificar#CV1\\.`))
    // The QR, opened: the signature holds, and it says only that the report exists, when, its state.
    await page.goto(qr)
    // The signature is checked on the phone at once; the state comes from the server after.
    await page.getByText('Firma digital comprobada en este dispositivo.', { exact: false }).waitFor()
    const verified = await main(page)
    expect(verified).toContain('Comprobante de denuncia')
    expect(verified).toContain('Firma digital comprobada en este dispositivo.')
    expect(verified).toContain('Recibida')
    expect(verified).not.toMatch(/Samsung|Rosa|Valentina|88\.8/)
    await inspect(page, 'verificar', found)

    // The e-mail, with the number to quote.
    const mail = await portal?.mailbox.waitFor(EMAIL, grouped)
    expect(mail?.subject).toContain(grouped)

    // "Mis trámites" lists it, with its state, and links to its page.
    await page.goto('/mis-tramites')
    await page.locator('#mis-denuncias').waitFor()
    expect(await main(page)).toContain('Hurto simple · Recibida')
    await page.locator(`main a[href="/denuncias/${numero}"]`).click()
    await page.locator('.caso-historia').waitFor()
    expect(await page.locator('.caso-historia').textContent()).toContain('Recibida')
    await inspect(page, 'denuncia', found)

    expect(found).toEqual({})
    expect(errors).toEqual([])
  })

  it('warns of a report of the same offence the citizen made near that place and day: ¿es el mismo hecho?', async () => {
    const found: Record<string, AxeViolation[]> = {}
    await page.goto('/denuncias')
    await denuncia.theftToEvidence(page, {
      fecha: ayer,
      hora: '22:00',
      relato:
        'En el mismo paradero, media hora después, me sacaron también la billetera del bolsillo trasero.',
    })
    for (const next of ['/denuncias/contacto', '/denuncias/revisar']) await denuncia.to(page, next)
    await page.getByRole('heading', { name: '¿Es el mismo hecho?' }).waitFor()
    const warning = await page.locator('.dn-aviso').textContent()
    expect(warning).toContain(`${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`)
    await inspect(page, 'duplicado', found)
    // Not answered: it must be.
    await continuar(page)
    expect(await page.locator('.error-summary').textContent()).toContain(
      '«¿Esta denuncia es por otro hecho?» es obligatorio.',
    )
    await page.getByLabel('Sí, es otro hecho').check()
    await denuncia.to(page, '/denuncias/declaracion')
    expect(found).toEqual({})
  })

  it('the screener sends a violent case elsewhere, and someone in danger to 133 with nothing else on the page', async () => {
    const found: Record<string, AxeViolation[]> = {}
    await page.goto('/denuncias')
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await waitPath(page, '/denuncias/peligro')
    await page.getByLabel('Sí', { exact: true }).check()
    await denuncia.to(page, '/denuncias/llame-133')
    // Only the number (and, above it, the quick exit): no form, no link but the one that dials.
    expect(
      await page.locator('main > *').evaluateAll((all) => all.map((e) => e.className || e.tagName)),
    ).toEqual(['dn-salir', 'H1', 'dn-133'])
    expect(await page.locator('main h1').textContent()).toBe('Llame al 133')
    expect(await page.locator('main a').evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
      ['tel:133'],
    )
    await inspect(page, 'llame-133', found)
    await page.goto('/denuncias/peligro')
    await page.getByLabel('No', { exact: true }).check()
    await denuncia.to(page, '/denuncias/violencia')
    await page.getByLabel('Sí', { exact: true }).check()
    await denuncia.to(page, '/denuncias/otro-canal/violencia')
    const elsewhere = await main(page)
    expect(elsewhere).toContain('Esta denuncia no se hace en línea')
    expect(elsewhere).toContain('PDI (134)')
    expect(elsewhere).toContain('600 333 0000')
    await inspect(page, 'otro-canal', found, ['es', 'en', 'ht'])
    // Domestic violence and a child victim: their own channels.
    await page.goto('/denuncias/otro-canal/familia')
    await page.getByRole('heading', { name: 'Esta denuncia no se hace en línea' }).waitFor()
    expect(await main(page)).toContain('Fono Familia de Carabineros: 149')
    await page.goto('/denuncias/otro-canal/nino')
    await page.getByRole('heading', { name: 'Esta denuncia no se hace en línea' }).waitFor()
    expect(await main(page)).toContain('Fono Niños de Carabineros: 147')
    expect(found).toEqual({})
  })

  it('quick exit: "Salir rápido" and Escape twice replace the page with the weather, and Back does not return to the report', async () => {
    const context = await phone()
    const visitor = await context.newPage()
    await visitor.goto('/')
    await visitor.locator('.services a[href="/denuncias"]').click()
    await waitPath(visitor, '/denuncias')
    await visitor.getByRole('button', { name: 'Salir rápido' }).waitFor()
    // Escape twice.
    await visitor.keyboard.press('Escape')
    await visitor.keyboard.press('Escape')
    await visitor.waitForURL(SALIDA)
    expect(await visitor.title()).toBe('El tiempo')
    await visitor.goBack()
    await visitor.waitForURL((url) => url.pathname === '/')
    // The button, a few pages in: the report was one entry of the tab's history, now replaced.
    await visitor.locator('.services a[href="/denuncias"]').click()
    await waitPath(visitor, '/denuncias')
    await visitor.goto('/denuncias/violencia')
    await visitor.getByLabel('No', { exact: true }).check()
    await denuncia.to(visitor, '/denuncias/familia')
    await visitor.getByRole('button', { name: 'Salir rápido' }).click()
    await visitor.waitForURL(SALIDA)
    await visitor.goBack()
    expect(new URL(visitor.url()).pathname).not.toMatch(/^\/denuncias\/familia/)
    await context.close()
  })

  it('on a shared device, nothing of the report is kept on it: no draft in IndexedDB', async () => {
    await page.goto('/denuncias')
    await page.getByLabel('Estoy usando un dispositivo compartido o que otra persona puede revisar').check()
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await denuncia.screener(page)
    await page.getByLabel('Estafa').check()
    await denuncia.to(page, '/denuncias/cuando')
    await denuncia.when(page, ayer, '10:15')
    expect(await main(page)).toContain(
      'Dispositivo compartido: sus respuestas no se guardan en este dispositivo.',
    )
    const kept = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const open = indexedDB.open('comisaria-drafts')
          open.onsuccess = () => {
            const read = open.result.transaction('drafts').objectStore('drafts').get('denuncias')
            read.onsuccess = () => resolve(read.result ?? null)
          }
        }),
    )
    expect(kept).toBeNull()
    await valentina.close()
  })
})
