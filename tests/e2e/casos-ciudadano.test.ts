import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { messages as casoEs } from '../../web/casos/i18n/es.ts'
import { fileOf } from '../support/archivos.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { freePort } from '../support/node-server.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser, newPhoneContext, removeBackgroundSync } from './support/browser.ts'
import {
  api,
  citizenViaClaveUnica,
  DEMO_CITIZENS,
  type PortalCall,
  signedInStaffViaApi,
} from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { staffPage } from './support/staff-pages.ts'
import { withCookies } from './support/validacion.ts'

/*
 * The citizen's side of a case (web/casos), on a denuncia: the question an analyst asks through
 * the staff screens, answered on the citizen's page with a file; the answer and the file on the
 * analyst's page; the history with both; information added until the case closes, and a sending
 * that arrives after the close said in words (409).
 */

const ANALISTA = { email: 'irene.paz@carabineros.example.cl', nombres: 'Irene', apellidos: 'Paz' }
const PASSWORD = 'Casos-Del-Ciudadano-2026'
const PREGUNTA = '¿Tiene la boleta del teléfono? Si la tiene, adjunte una foto.'
const RESPUESTA = 'Sí, la boleta está en la foto. El teléfono era negro, con funda azul.'
const BOLETA = { name: 'boleta.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(fileOf('jpeg', 30_000)) }
/** Long Spanish sentences of the case's screens: none may be left on them in English or Creole. */
const SPANISH = Object.values(casoEs).filter((value) => value.length >= 40 && !value.includes('{'))

let server: PortalServer
let browser: Browser
let analista: string
let maria: PortalCall
let numero: string
let citizen: BrowserContext
let page: Page

beforeAll(async () => {
  buildPwa()
  server = await startPortal({ env: { DEMO_DATA: '1', CLAVEUNICA_LOCAL_PORT: String(await freePort()) } })
  const [launched, staff, call] = await Promise.all([
    launchBrowser(),
    signedInStaffViaApi(server, { ...ANALISTA, role: 'supervisor' }, PASSWORD),
    citizenViaClaveUnica(server, DEMO_CITIZENS.maria.run),
  ])
  browser = launched
  analista = staff.cookie
  maria = call
  const sent = await maria('/api/denuncias', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(denunciaRequest(localDate(new Date(Date.now() - 86_400_000)))),
  })
  expect(sent.status, await sent.clone().text()).toBe(201)
  numero = ((await sent.json()) as { numero: string }).numero
  citizen = await newPhoneContext(browser, server.origin, { bypassCSP: true })
  // The outbox replays from the page alone: the service worker's Background Sync would send past
  // a link this test drops (its requests are not routed here).
  await removeBackgroundSync(citizen)
  await withCookies(citizen, server.origin, maria.cookie())
  page = await citizen.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const main = async (target: Page) => (await target.locator('main').textContent()) ?? ''
const historia = (target: Page) =>
  target.locator('section', { has: target.getByRole('heading', { name: 'Historia' }) })

/**
 * Axe (in Spanish, English and Creole: no Spanish sentence left in the other two), no sideways
 * scroll at 320 px; photographed at a phone's and a desktop's size when SHOTS_DIR is set.
 */
async function inspect(name: string, languages: ('es' | 'en' | 'ht')[] = ['es', 'en', 'ht']): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  await inspectScreen(page, `caso-${name}`, found, { languages, spanish: SPANISH })
  expect(found).toEqual({})
}

describe('a citizen’s case', () => {
  it('the analyst asks; the citizen answers from Mis trámites with one file, once; the analyst reads it; the history shows both', async () => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))

    // The analyst asks, through the staff screens.
    const staff = await staffPage(browser, server, analista)
    await staff.page.goto(`/funcionarios/denuncias/${numero}`)
    await staff.page.getByLabel('Pedir información a quien denunció').check()
    await staff.page.getByLabel('Mensaje').fill(PREGUNTA)
    await staff.page.getByRole('button', { name: 'Continuar' }).click()
    await staff.page.getByRole('button', { name: 'Confirmar' }).click()
    await staff.page.locator('.notice', { hasText: 'Se pidió información' }).waitFor()

    // Mis trámites says what the case waits for, and leads to it.
    await page.goto('/mis-tramites')
    const enLista = page.locator('#mis-denuncias').locator('..')
    await enLista.getByText('Se necesita información', { exact: false }).waitFor()
    await page.locator(`main a[href="/denuncias/${numero}"]`).click()
    const pregunta = page.locator('section', {
      has: page.getByRole('heading', { name: 'Carabineros le pide más información' }),
    })
    await pregunta.waitFor()
    expect(await pregunta.textContent()).toContain(PREGUNTA)
    expect(await pregunta.textContent()).toMatch(/Preguntado el \d{2}-\d{2}-\d{4}/)
    await inspect('pregunta')

    // Sent empty: the summary names the field by its label, and so does the page's title.
    await page.getByRole('button', { name: 'Enviar respuesta' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      '«Su respuesta» debe tener al menos 2 caracteres.',
    )
    expect(await page.title()).toMatch(/^Error: /)
    await page.locator('.error-summary a[href="#respuestaPregunta"]').click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('respuestaPregunta')
    await inspect('pregunta-error', ['es'])

    await page.getByLabel('Su respuesta').fill(RESPUESTA)
    await page.getByLabel('Fotos, documentos o videos (opcional)').setInputFiles(BOLETA)
    await page.locator('.archivos__item', { hasText: BOLETA.name }).getByText('Subido').waitFor()
    // A double click answers once.
    await page.getByRole('button', { name: 'Enviar respuesta' }).dblclick()
    await page.locator('.notice', { hasText: 'Recibimos su respuesta.' }).waitFor()
    await historia(page).getByText(RESPUESTA).waitFor()
    // The denuncia's own view is read again beside the history: its state follows.
    await page.locator('main').getByText('En análisis').first().waitFor()
    const vista = await main(page)
    expect(vista).not.toContain('Carabineros le pide más información')
    expect(vista).toContain('En análisis')
    expect(await page.title()).not.toMatch(/^Error: /)
    const entradas = await historia(page).locator('li').allTextContents()
    expect(entradas.filter((entrada) => entrada.includes('Pregunta de Carabineros'))).toHaveLength(1)
    const respuestas = entradas.filter((entrada) => entrada.includes('Usted respondió la pregunta'))
    expect(respuestas).toHaveLength(1)
    expect(respuestas[0]).toContain(RESPUESTA)
    expect(entradas.join('\n')).toContain(PREGUNTA)
    // Now it takes information added.
    await page.getByRole('heading', { name: 'Agregar información' }).waitFor()
    await inspect('respondida')

    // The analyst reads the answer and its file.
    await staff.page.goto(`/funcionarios/denuncias/${numero}`)
    await staff.page.locator('#accion').waitFor()
    const caso = await main(staff.page)
    expect(caso).toContain(RESPUESTA)
    expect(caso).toContain(`${BOLETA.name}`)
    expect(caso).toContain('enviado con una respuesta')
    expect(caso).toContain('En análisis')
    await staff.context.close()

    // Mis trámites: back in analysis.
    await page.goto('/mis-tramites')
    await page.locator('#mis-denuncias').waitFor()
    expect(await main(page)).toContain('Hurto simple · En análisis')
    // The device's list of what it sent names the case the answer went to.
    await page.goto('/envios')
    await page.locator('[data-state="sent"]').first().waitFor()
    expect(await main(page)).toContain(`Número de registro: ${numero}.`)
    expect(errors).toEqual([])
  })

  it('on a shared device, information goes straight to the API: nothing of it is written to the device', async () => {
    const TARJETA = 'La tarjeta Bip! que iba en la funda termina en 4821.'
    await page.goto('/denuncias')
    await page.getByLabel('Estoy usando un dispositivo compartido o que otra persona puede revisar').check()
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await page.waitForURL((url) => url.pathname === '/denuncias/peligro')
    // To the report without leaving the page (the tick lives in its memory): the header's link.
    await page
      .getByRole('navigation', { name: /cuenta/i })
      .getByRole('link', { name: 'Mis trámites' })
      .click()
    await page.locator(`main a[href="/denuncias/${numero}"]`).click()
    await page.getByLabel('Información que quiere agregar').fill(TARJETA)
    await page.getByRole('button', { name: 'Agregar información' }).click()
    await page.locator('.notice', { hasText: 'Recibimos la información que agregó.' }).waitFor()
    await historia(page).getByText(TARJETA).waitFor()
    const enElDispositivo = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('comisaria-outbox')
          open.onsuccess = () => {
            const read = open.result.transaction('items').objectStore('items').getAll()
            read.onsuccess = () => resolve(JSON.stringify(read.result))
          }
        }),
    )
    expect(enElDispositivo).not.toContain(TARJETA)
  })

  it('information that cannot go yet waits on the device, is not offered twice after a reload, and arrives once', async () => {
    const AUDIFONOS = 'Dentro de la funda iban también dos tarjetas de transporte.'
    await page.goto(`/denuncias/${numero}`)
    await page.getByLabel('Información que quiere agregar').fill(AUDIFONOS)
    // The link drops for the sending alone: the page itself can still be read again.
    const caida = `**/api/casos/${numero}/informacion*`
    await citizen.route(caida, (route) => route.abort('internetdisconnected'))
    await page.getByRole('button', { name: 'Agregar información' }).click()
    const enEspera = page.getByText('Lo que envió quedó en este dispositivo y aún no llega')
    await enEspera.waitFor()
    await page.reload()
    await enEspera.waitFor()
    expect(await page.getByLabel('Información que quiere agregar').count()).toBe(0)
    await inspect('en-espera', ['es'])
    // The link returns (the `online` event the outbox listens to).
    await citizen.unroute(caida)
    await citizen.setOffline(true)
    await citizen.setOffline(false)
    await page.locator('.notice', { hasText: 'Recibimos la información que agregó.' }).waitFor()
    // The notice shows at once; the case is read again behind it.
    await historia(page).getByText(AUDIFONOS).first().waitFor()
    const entradas = await historia(page).locator('li').allTextContents()
    expect(entradas.filter((entrada) => entrada.includes(AUDIFONOS))).toHaveLength(1)
    expect(entradas.join('\n')).toContain('Usted agregó información')
  })

  it('information sent after the case was closed is refused in words, and the page shows the case as it is now', async () => {
    await page.goto(`/denuncias/${numero}`)
    await page.getByRole('heading', { name: 'Agregar información' }).waitFor()
    await page.getByLabel('Información que quiere agregar').fill('También me quitaron los audífonos.')
    // Meanwhile, the analyst closes it.
    const cerrada = await api(
      server,
      `/api/funcionarios/casos/${numero}/acciones`,
      { accion: 'cerrar', motivo: 'no_constituye_delito' },
      analista,
    )
    expect(cerrada.status, JSON.stringify(cerrada.json)).toBe(200)
    await page.getByRole('button', { name: 'Agregar información' }).click()
    const aviso = page.locator('.error-summary', { hasText: 'No se pudo guardar lo que envió' })
    await aviso.waitFor()
    await historia(page).getByText('Cerrada: los hechos no constituyen delito').waitFor()
    expect(await page.getByRole('heading', { name: 'Agregar información' }).count()).toBe(0)
    expect(await main(page)).toContain('Cerrada')
    await inspect('conflicto', ['es'])
  })
})
