import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { messages as denunciasEs } from '../../web/funcionarios/denuncias/i18n/es.ts'
import { denunciaRequest } from '../support/denuncias.ts'
import { freePort } from '../support/node-server.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser } from './support/browser.ts'
import {
  citizenViaClaveUnica,
  DEMO_CITIZENS,
  type PortalCall,
  signedInStaffViaApi,
} from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { focused, tabTo } from './support/keyboard.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, staffPage as staffContext } from './support/staff-pages.ts'

const PASSWORD = 'Denuncias-En-Linea-2026'
const ANALISTA = { email: 'ana.rojas@carabineros.example.cl', nombres: 'Ana', apellidos: 'Rojas' }
const OFICIAL = { email: 'luis.vera@carabineros.example.cl', nombres: 'Luis', apellidos: 'Vera' }
const JEFA = { email: 'marta.soto@carabineros.example.cl', nombres: 'Marta', apellidos: 'Soto' }
const MARIA = DEMO_CITIZENS.maria
const PREGUNTA = '¿Recuerda la marca y el color del teléfono que le quitaron?'
const RESPUESTA = 'Era un Samsung azul, con una funda negra.'
/** The unit with jurisdiction over Santiago (13101), where the staff of the demo data work. */
const UNIDAD = '1ª Comisaría Santiago'
const FISCALIA = 'Fiscalía Regional Metropolitana Centro Norte'

let server: PortalServer
let browser: Browser
const cookies: Record<'analista' | 'oficial' | 'jefa', string> = { analista: '', oficial: '', jefa: '' }
/** María's session, as the PWA's calls would carry it. */
let maria: PortalCall
let numero: string
/** José's report of the same phone (the same IMEI), the same night at the same stop: a likely duplicate. */
let deJose: string

beforeAll(async () => {
  buildPwa()
  const [claveUnicaPort, fiscaliaPort] = await Promise.all([freePort(), freePort()])
  server = await startPortal({
    env: {
      DEMO_DATA: '1',
      CLAVEUNICA_LOCAL_PORT: String(claveUnicaPort),
      FISCALIA_LOCAL_PORT: String(fiscaliaPort),
      // The delivery to the Fiscalía is the maintenance loop's: every half second here.
      MAINTENANCE_INTERVAL_MS: '500',
    },
  })
  const [launched, analista, oficial, jefa, call, jose] = await Promise.all([
    launchBrowser({ serviceWorker: false }),
    signedInStaffViaApi(server, { ...ANALISTA, role: 'supervisor' }, PASSWORD),
    signedInStaffViaApi(server, { ...OFICIAL, role: 'officer' }, PASSWORD),
    signedInStaffViaApi(server, { ...JEFA, role: 'admin' }, PASSWORD),
    citizenViaClaveUnica(server, MARIA.run),
    citizenViaClaveUnica(server, DEMO_CITIZENS.jose.run),
  ])
  browser = launched
  cookies.analista = analista.cookie
  cookies.oficial = oficial.cookie
  cookies.jefa = jefa.cookie
  maria = call
  // A theft of last night in Santiago, where María lives: the proposed unit is Santiago's.
  const ayer = localDate(new Date(Date.now() - 24 * 3_600_000))
  const denunciar = async (call: PortalCall, email: string) => {
    const sent = await call('/api/denuncias', {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify(denunciaRequest(ayer, { email })),
    })
    expect(sent.status, await sent.clone().text()).toBe(201)
    return ((await sent.json()) as { numero: string }).numero
  }
  numero = await denunciar(maria, 'maria.delrio@example.cl')
  deJose = await denunciar(jose, 'jose.munoz@example.cl')
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A staff member's browser context at a phone's size. */
const staffPage = (who: keyof typeof cookies) => staffContext(browser, server, cookies[who])

/** No axe violation at 390×844, and photographs there and at 1280×800 (`dn-<name>-*`). */
const check = (page: Page, name: string) => lookAt(page, `dn-${name}`)

/** Axe in Spanish, English and Creole, no Spanish sentence left in the other two, no sideways scroll. */
async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(denunciasEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `dn-${name}`, found, { spanish })
  expect(found).toEqual({})
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''
const errorSummary = (page: Page) => page.locator('.error-summary')

/** The citizen's case as the API shows it to them. */
async function suCaso() {
  const response = await maria(`/api/casos/${numero}`)
  expect(response.status).toBe(200)
  return (await response.json()) as { estado: string; historia: { texto: string }[] }
}

describe('denuncias, on the staff side', () => {
  it('brings a new report to the analysts’ queue; opening it is recorded; information is requested by keyboard', async () => {
    const { context, page } = await staffPage('analista')
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Bandeja de denuncias' }).click()
    const tarjeta = page.locator('.card', { hasText: numero })
    await tarjeta.waitFor()
    const enCola = (await tarjeta.textContent()) ?? ''
    expect(enCola).toContain('Recibida')
    expect(enCola).toMatch(/Quedan 2[34] h/)
    expect(enCola).toContain('Santiago')
    // José reported the same phone: both are marked.
    expect(enCola).toContain('Posible duplicado')
    expect(await page.locator('.card', { hasText: deJose }).textContent()).toContain('Posible duplicado')
    // The queue names no one: the person appears only once a report is opened (a recorded read).
    expect(await mainText(page)).not.toContain('María')
    await inThreeLanguages(page, 'cola')
    await check(page, 'cola')
    // Filtered by another offence the report is not there; by its own, it is.
    await page.locator('#tipo').selectOption('estafa')
    await page.getByRole('button', { name: 'Aplicar filtros' }).click()
    await page.locator('text=No hay denuncias con estos filtros.').waitFor()
    await page.locator('#tipo').selectOption('hurto_simple')
    await page.getByRole('button', { name: 'Aplicar filtros' }).click()
    await page.locator('.card', { hasText: numero }).waitFor()
    expect(page.url()).toContain('tipo=hurto_simple')
    await check(page, 'cola-filtrada')

    await page.getByRole('link', { name: numero }).focus()
    await page.keyboard.press('Enter')
    await page.locator('h1', { hasText: `Denuncia ${numero}` }).waitFor()
    await page.locator('#accion').waitFor()
    const caso = await mainText(page)
    for (const shown of [
      'Esta apertura quedó registrada',
      MARIA.name,
      MARIA.run,
      'Verificada con ClaveÚnica',
      UNIDAD,
      // What was reported: the offence, the narrative, the phone with its IMEI, a witness.
      'Hurto simple',
      'Esperaba la micro en el paradero',
      '352099001761481',
      'Rosa Díaz',
      // José's report, linked, and why: the same IMEI, the same comuna and hour.
      'Posibles duplicados',
      'Mismo IMEI: 352099001761481',
      'Misma comuna y hora',
    ])
      expect(caso).toContain(shown)
    expect(await page.getByRole('link', { name: `Denuncia ${deJose}` }).getAttribute('href')).toBe(
      `/funcionarios/denuncias/${deJose}`,
    )
    await inThreeLanguages(page, 'caso')
    await check(page, 'caso')

    // Continued without choosing, then without the message: the summary names the field each time.
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    await errorSummary(page).waitFor()
    expect(await errorSummary(page).textContent()).toContain('Acción')
    expect(await page.title()).toMatch(/^Error: /)
    await errorSummary(page).locator('a[href="#accion"]').focus()
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('accion')
    await page.keyboard.press('ArrowDown')
    expect(await page.locator('#accion-pedir_informacion').isChecked()).toBe(true)
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    await errorSummary(page).locator('a[href="#mensaje"]').waitFor()
    expect(await errorSummary(page).textContent()).toContain('Mensaje')
    await check(page, 'caso-error')
    await errorSummary(page).locator('a[href="#mensaje"]').click()
    expect((await focused(page)).id).toBe('mensaje')
    await page.keyboard.type(PREGUNTA)
    await tabTo(page, (current) => current.text === 'Continuar')
    await page.keyboard.press('Enter')
    const confirmar = page.locator('.cs-confirmar')
    await confirmar.waitFor()
    expect(await confirmar.textContent()).toContain(PREGUNTA)
    await check(page, 'caso-confirmar')
    await tabTo(page, (current) => current.text === 'Confirmar')
    await page.keyboard.press('Enter')
    await page
      .locator('.notice', { hasText: `Se pidió información a quien hizo la denuncia ${numero}` })
      .waitFor()
    // Waiting for the citizen: no longer among those to triage.
    expect(await page.locator('.card', { hasText: numero }).count()).toBe(0)
    await check(page, 'cola-hecho')
    await context.close()

    const misDatos = (await (await maria('/api/mis-datos')).json()) as {
      accesos: { funcionario: string; registro: { code: string | null } }[]
    }
    expect(misDatos.accesos).toContainEqual(
      expect.objectContaining({
        funcionario: 'Ana Rojas',
        registro: expect.objectContaining({ code: numero }),
      }),
    )
    expect((await suCaso()).estado).toBe('informacion_solicitada')
  })

  it('lists María’s report on José’s, of the same phone, and marks his its duplicate through that list', async () => {
    // José's report lists María's; its button fills «marcar como duplicado» with her número.
    const analista = await staffPage('analista')
    await analista.page.goto(`/funcionarios/denuncias/${deJose}`)
    await analista.page.getByRole('button', { name: `Marcar esta como duplicado de ${numero}` }).click()
    expect((await focused(analista.page)).id).toBe('numeroOriginal')
    expect(await analista.page.locator('#numeroOriginal').inputValue()).toBe(numero)
    await analista.page.getByRole('button', { name: 'Continuar' }).click()
    expect(await analista.page.locator('.cs-confirmar').textContent()).toContain(
      `se cerrará como duplicado de ${numero}`,
    )
    await analista.page.getByRole('button', { name: 'Confirmar' }).click()
    await analista.page
      .locator('.notice', { hasText: `La denuncia ${deJose} se cerró como duplicado.` })
      .waitFor()
    await analista.context.close()
  })

  it('shows the citizen’s answer, derives the report to the proposed unit, whose officer sends it to the Fiscalía and sees the RUC', async () => {
    const respondida = await maria(`/api/casos/${numero}/respuestas`, {
      method: 'POST',
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ texto: RESPUESTA }),
    })
    expect(respondida.status, await respondida.clone().text()).toBe(200)

    const analista = await staffPage('analista')
    await analista.page.goto(`/funcionarios/denuncias/${numero}`)
    await analista.page.locator('#accion').waitFor()
    expect(await mainText(analista.page)).toContain(RESPUESTA)
    expect(await mainText(analista.page)).toContain('En análisis')
    await analista.page.getByLabel('Derivar a una unidad').check()
    // The unit the jurisdiction table proposes is chosen already.
    expect(await analista.page.locator('#unidad').inputValue()).toBe('DEMO-13101-1')
    await check(analista.page, 'caso-derivar')
    await analista.page.getByRole('button', { name: 'Continuar' }).click()
    expect(await analista.page.locator('.cs-confirmar').textContent()).toContain(UNIDAD)
    await analista.page.getByRole('button', { name: 'Confirmar' }).click()
    await analista.page.locator('.notice', { hasText: `La denuncia ${numero} se derivó.` }).waitFor()
    await analista.context.close()

    const { context, page } = await staffPage('oficial')
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Denuncias de su unidad' }).click()
    await page.locator('.card', { hasText: numero }).waitFor()
    expect(await page.getByRole('link', { name: 'Bandeja de denuncias' }).count()).toBe(0)
    await check(page, 'unidad')
    await page.getByRole('link', { name: numero }).click()
    await page.getByRole('button', { name: 'Enviar a la Fiscalía' }).click()
    expect(await page.locator('.cs-confirmar').textContent()).toContain(FISCALIA)
    await page.getByRole('button', { name: 'Confirmar' }).click()
    await page.locator('.dn-enviando', { hasText: 'Enviando' }).waitFor()
    await check(page, 'enviando')
    const recibida = page.locator('section', { hasText: 'con RUC' })
    await recibida.waitFor({ timeout: 15_000 })
    const ruc = /RUC (\d{10}-[\dK])/.exec((await recibida.textContent()) ?? '')?.[1]
    expect(ruc).toBeDefined()
    expect(await page.locator('.cs-etiquetas').first().textContent()).toContain('Enviada a la Fiscalía')
    await check(page, 'enviada')
    await context.close()

    const caso = await suCaso()
    expect(caso.estado).toBe('enviada_fiscalia')
    expect(caso.historia.at(-1)?.texto).toContain(`con RUC ${ruc}`)
    expect(caso.historia.at(-1)?.texto).toContain(FISCALIA)
  })

  it('shows supervisors the figures as charts with their tables, and administrators the jurisdiction table', async () => {
    const { context, page } = await staffPage('jefa')
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Cifras de denuncias' }).click()
    await page.locator('h2', { hasText: 'En este momento' }).waitFor()
    await page.locator('text=Tiempo de análisis').first().waitFor()
    const cifras = await mainText(page)
    expect(cifras).toContain('Analizadas ese día')
    expect(cifras).toContain('Metropolitana')
    for (const summary of await page.locator('.chart-details summary').all()) await summary.click()
    await check(page, 'cifras')

    await page.goto('/funcionarios/denuncias/jurisdiccion')
    await page.locator('#buscar').fill('maipu')
    const maipu = page.locator('.card', { hasText: 'Maipú' })
    await maipu.waitFor()
    await maipu.getByRole('button', { name: /Cambiar la unidad/ }).click()
    await page.locator('#unidadCode').selectOption('DEMO-13101-1')
    await check(page, 'jurisdiccion-editar')
    await page.getByRole('button', { name: 'Guardar' }).click()
    await page.locator('.notice', { hasText: 'Las denuncias de Maipú se derivarán desde ahora a' }).waitFor()
    expect(await maipu.textContent()).toContain(UNIDAD)
    await check(page, 'jurisdiccion')
    await context.close()
  })
})
