import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { messages as reclamosEs } from '../../web/funcionarios/reclamos/i18n/es.ts'
import { tiposReclamo } from '../../worker/reclamos/palabras.ts'
import { freePort } from '../support/node-server.ts'
import { reclamoRequest } from '../support/reclamos.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser } from './support/browser.ts'
import { citizenViaClaveUnica, DEMO_CITIZENS, signedInStaffViaApi } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, staffPage as staffContext } from './support/staff-pages.ts'

const PASSWORD = 'Reclamos-En-Linea-2026'
/** The complaints office: the administrator's role carries `reclamos.atender`. */
const OFICINA = { email: 'irene.lagos@carabineros.example.cl', nombres: 'Irene', apellidos: 'Lagos' }
/** The unit concerned's chief: the supervisor's role carries `reclamos.descargar`; the demo unit is the one complained about. */
const JEFE = { email: 'pablo.mena@carabineros.example.cl', nombres: 'Pablo', apellidos: 'Mena' }
const MARIA = DEMO_CITIZENS.maria
const CORREO = 'maria.delrio@example.cl'
const PEDIDO = 'Indique quién estaba de guardia esa tarde y qué registra el libro de novedades.'
const DESCARGO =
  'El cabo de guardia registró la consulta a las 18:35 y la derivó a la oficina de partes; revisaremos la conducta.'
const RESPUESTA =
  'Revisamos los hechos con la unidad: se instruyó una investigación sumaria y se le ofrecen disculpas.'
const FUNDAMENTO = 'Los hechos relatados pueden constituir el delito de apremios ilegítimos.'
const DAY_MS = 86_400_000

let server: PortalServer
let browser: Browser
let oficina = ''
let jefe = ''
let numero: string
let maria: Awaited<ReturnType<typeof citizenViaClaveUnica>>

beforeAll(async () => {
  buildPwa()
  server = await startPortal({ env: { DEMO_DATA: '1', CLAVEUNICA_LOCAL_PORT: String(await freePort()) } })
  const [launched, staff, chief, citizen] = await Promise.all([
    launchBrowser({ serviceWorker: false }),
    signedInStaffViaApi(server, { ...OFICINA, role: 'admin' }, PASSWORD),
    signedInStaffViaApi(server, { ...JEFE, role: 'supervisor' }, PASSWORD),
    citizenViaClaveUnica(server, MARIA.run),
  ])
  browser = launched
  oficina = staff.cookie
  jefe = chief.cookie
  maria = citizen
  const sent = await maria('/api/reclamos', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(reclamoRequest(localDate(new Date(Date.now() - DAY_MS)), { email: CORREO })),
  })
  expect(sent.status, await sent.clone().text()).toBe(201)
  numero = ((await sent.json()) as { numero: string }).numero
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** No axe violation at 390×844, and photographs there and at 1280×800 (`rc-<name>-*`). */
const check = (page: Page, name: string) => lookAt(page, `rc-${name}`)

/** Axe in Spanish, English and Creole, no Spanish sentence left in the other two, no sideways scroll. */
async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(reclamosEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `rc-${name}`, found, { spanish })
  expect(found).toEqual({})
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

describe('complaints, on the office’s side', () => {
  it('brings the complaint to the office’s queue with its legal due date; the office takes it', async () => {
    const { context, page } = await staffContext(browser, server, oficina)
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Bandeja de reclamos' }).click()
    const tarjeta = page.locator('.card', { hasText: numero })
    await tarjeta.waitFor()
    const enCola = (await tarjeta.textContent()) ?? ''
    expect(enCola).toContain('Recibido')
    expect(enCola).toContain('Plazo legal')
    expect(enCola).not.toContain('Vencido')
    // Its kind (decision 0060), as the complainant chose it.
    expect(enCola).toContain(tiposReclamo.es.negativa_atencion)
    // The queue names no one.
    expect(await mainText(page)).not.toContain('María')
    await inThreeLanguages(page, 'cola')
    await check(page, 'cola')

    await page.getByRole('link', { name: numero }).click()
    await page.locator('h1', { hasText: `Reclamo ${numero}` }).waitFor()
    await page.locator('#accion').waitFor()
    const caso = await mainText(page)
    // The office sees the facts and who complains.
    expect(caso).toContain('se negó a recibir mi denuncia')
    expect(caso).toContain('Quién reclama')
    await inThreeLanguages(page, 'caso')
    await check(page, 'caso')

    await page.getByLabel('Tomarlo para análisis').check()
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('.cs-confirmar').waitFor()
    await check(page, 'confirmar')
    await page.getByRole('button', { name: 'Confirmar' }).click()
    await page.locator('text=quedó en análisis').waitFor()
    expect(await page.locator('.card', { hasText: numero }).textContent()).toContain('En análisis')
    await context.close()
  })

  it('flags an overdue complaint in words once its legal due date has passed', async () => {
    const { context, page } = await staffContext(browser, server, oficina)
    // Forty calendar days on: past any 20 working days, holidays and all.
    await page.clock.setFixedTime(new Date(Date.now() + 40 * DAY_MS))
    await page.goto('/funcionarios/reclamos')
    const tarjeta = page.locator('.card', { hasText: numero })
    await tarjeta.waitFor()
    expect(await tarjeta.textContent()).toContain('Vencido: plazo legal cumplido el')
    expect(await tarjeta.getAttribute('class')).toContain('cs-card--vencida')
    await check(page, 'cola-vencido')
    await page.getByRole('link', { name: numero }).click()
    await page.locator('h1', { hasText: `Reclamo ${numero}` }).waitFor()
    await page.locator('text=Vencido: plazo legal cumplido el').first().waitFor()
    await context.close()
  })

  it('asks the unit concerned for its account; the unit’s screen shows the facts and never who complained', async () => {
    const office = await staffContext(browser, server, oficina)
    await office.page.goto(`/funcionarios/reclamos/${numero}`)
    await office.page.locator('#accion').waitFor()
    await office.page.getByLabel('Pedir su descargo a la unidad').check()
    // The unit complained about is proposed.
    expect(await office.page.locator('#unidad').inputValue()).not.toBe('')
    await office.page.getByLabel('Qué se pregunta a la unidad').fill(PEDIDO)
    await check(office.page, 'pedir-descargo')
    await office.page.getByRole('button', { name: 'Continuar' }).click()
    expect(await office.page.locator('.cs-confirmar').textContent()).toContain(PEDIDO)
    await office.page.getByRole('button', { name: 'Confirmar' }).click()
    await office.page.locator('text=Se pidió el descargo de la unidad').waitFor()
    await office.context.close()

    const { context, page } = await staffContext(browser, server, jefe)
    // Every API answer this screen reads, whole.
    const respuestas: Promise<string>[] = []
    page.on('response', (response) => {
      if (response.url().includes('/api/')) respuestas.push(response.text().catch(() => ''))
    })
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Descargos pedidos a su unidad' }).click()
    await page.locator('.card').first().waitFor()
    await check(page, 'descargos')
    await page.locator('.card a').first().click()
    await page.locator('h1', { hasText: 'Pedido de descargo' }).waitFor()
    await page.locator('#descargo').waitFor()
    const pantalla = await page.content()
    expect(pantalla).toContain(PEDIDO)
    expect(pantalla).toContain('se negó a recibir mi denuncia')
    // Facts only: no name, RUN or e-mail of the complainant, nor the complaint's número — on the
    // screen, nor in any answer of the API it read.
    const leidas = await Promise.all(respuestas)
    expect(leidas.some((texto) => texto.includes(PEDIDO))).toBe(true)
    for (const texto of [pantalla, ...leidas])
      for (const secreto of ['María', 'Del Río', '44.444.444', '44444444', CORREO, numero])
        expect(texto).not.toContain(secreto)
    await inThreeLanguages(page, 'descargo')
    await check(page, 'descargo')
    await page.getByRole('button', { name: 'Enviar el descargo' }).click()
    await page.locator('.error-summary').waitFor()
    await page.getByLabel('Descargo', { exact: true }).fill(DESCARGO)
    await page.getByRole('button', { name: 'Enviar el descargo' }).click()
    await page.locator('text=La oficina de reclamos lo recibió el').waitFor()
    await check(page, 'descargo-enviado')
    await context.close()
  })

  it('shows the office the unit’s account; the office answers the complainant', async () => {
    const { context, page } = await staffContext(browser, server, oficina)
    await page.goto(`/funcionarios/reclamos/${numero}`)
    await page.locator('#accion').waitFor()
    const caso = await mainText(page)
    expect(caso).toContain(DESCARGO)
    expect(caso).toContain(PEDIDO)
    await page.getByLabel('Responder a quien reclamó').check()
    await page.getByLabel('Respuesta a quien reclamó').fill(RESPUESTA)
    await page.getByRole('button', { name: 'Continuar' }).click()
    expect(await page.locator('.cs-confirmar').textContent()).toContain(RESPUESTA)
    await check(page, 'contestar')
    await page.getByRole('button', { name: 'Confirmar' }).click()
    await page.locator('text=quedó respondido').waitFor()
    // Answered, it leaves the queue of those waiting.
    expect(await page.locator('.card', { hasText: numero }).count()).toBe(0)
    await page.goto(`/funcionarios/reclamos/${numero}`)
    await page.locator('h2', { hasText: 'Respuesta de la oficina' }).waitFor()
    expect(await mainText(page)).toContain(RESPUESTA)
    await check(page, 'respondido')
    await context.close()
  })

  it('shows a supervisor «Cifras de reclamos»: time to answer, satisfaction, and per region, kind and unit, each chart with its table', async () => {
    const { context, page } = await staffContext(browser, server, jefe)
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: reclamosEs['rc.menu.cifras'] }).click()
    await page.getByRole('heading', { name: reclamosEs['rc.cifras.title'], level: 1 }).waitFor()
    await page.getByRole('heading', { name: reclamosEs['rc.cifras.porTipo'] }).waitFor()
    // The answered complaint: received and decided, in working days.
    const resumen = page.locator('dl').first()
    expect(await resumen.textContent()).toContain(reclamosEs['rc.cifras.decididos'])
    // Each chart's table, behind its disclosure: opened, read by its caption.
    const tabla = (caption: string) =>
      page.locator('table', { has: page.locator('caption', { hasText: caption }) })
    const porTipo = tabla(reclamosEs['rc.cifras.porTipo'])
    for (const summary of await page.locator('details.chart-details > summary').all()) await summary.click()
    const fila = porTipo.getByRole('row', { name: new RegExp(tiposReclamo.es.negativa_atencion) })
    expect(await fila.getByRole('cell').textContent()).toBe('1')
    expect(await tabla(reclamosEs['rc.cifras.porUnidad']).getByRole('row').count()).toBe(2)
    // The period chosen: the last year.
    const otraVentana = page.waitForResponse((r) => r.url().includes('/api/funcionarios/reclamos/cifras?'))
    await page.getByLabel(reclamosEs['rc.cifras.ventana']).selectOption('365')
    expect((await otraVentana).status()).toBe(200)
    await porTipo.waitFor({ state: 'attached' })
    await inThreeLanguages(page, 'cifras')
    await check(page, 'cifras')
    await context.close()
  })

  it('refers a complaint to the Fiscalía, where and why, and the complainant reads both on their page', async () => {
    const sent = await maria('/api/reclamos', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(reclamoRequest(localDate(new Date(Date.now() - DAY_MS)), { email: CORREO })),
    })
    expect(sent.status, await sent.clone().text()).toBe(201)
    const otro = ((await sent.json()) as { numero: string }).numero
    const { context, page } = await staffContext(browser, server, oficina)
    await page.goto(`/funcionarios/reclamos/${otro}`)
    await page.getByLabel('Derivar a la Fiscalía o a la Inspección General').check()
    await page.getByLabel('Fiscalía', { exact: true }).check()
    await page.getByLabel('Qué oficina').fill('Fiscalía Local de Santiago Centro')
    await page.getByLabel('Por qué se deriva').fill(FUNDAMENTO)
    await page.getByRole('button', { name: 'Continuar' }).click()
    expect(await page.locator('.cs-confirmar').textContent()).toContain(FUNDAMENTO)
    await page.getByRole('button', { name: 'Confirmar' }).click()
    await page.locator('text=quedó derivado').waitFor()
    await context.close()
    const vista = (await (await maria(`/api/reclamos/${otro}`)).json()) as {
      estado: string
      derivacion?: { destino: string; donde: string; motivo: string }
    }
    expect(vista.estado).toBe('derivado')
    expect(vista.derivacion).toMatchObject({
      destino: 'fiscalia',
      donde: 'Fiscalía Local de Santiago Centro',
      motivo: FUNDAMENTO,
    })
  })
})
