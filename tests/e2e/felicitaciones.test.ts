import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as ciudadanoEs } from '../../web/felicitaciones/i18n/es.ts'
import { messages as funcionariosEs } from '../../web/funcionarios/felicitaciones/i18n/es.ts'
import { freePort } from '../support/node-server.ts'
import { launchBrowser } from './support/browser.ts'
import { citizenViaClaveUnica, DEMO_CITIZENS, DEMO_UNIDAD, signedInStaffViaApi } from './support/identity.ts'
import { inThreeLanguages } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, phoneContext, staffPage } from './support/staff-pages.ts'
import { withCookies } from './support/validacion.ts'

const PASSWORD = 'Felicitaciones-2026-Santiago'
const NOMBRADO = { email: 'rosa.vidal@carabineros.example.cl', nombres: 'Rosa', apellidos: 'Vidal Araya' }
const OTRO = { email: 'jorge.lagos@carabineros.example.cl', nombres: 'Jorge', apellidos: 'Lagos' }
const JEFA = { email: 'ana.reyes@carabineros.example.cl', nombres: 'Ana', apellidos: 'Reyes' }
const MENSAJE = 'La sargento Vidal me ayudó a encontrar a mi madre, perdida en el metro. Muchas gracias.'

let server: PortalServer
let browser: Browser
const cookies = { nombrado: '', otro: '', jefa: '', ciudadana: '' }

beforeAll(async () => {
  buildPwa()
  server = await startPortal({ env: { DEMO_DATA: '1', CLAVEUNICA_LOCAL_PORT: String(await freePort()) } })
  const [launched, nombrado, otro, jefa, maria] = await Promise.all([
    launchBrowser({ serviceWorker: false }),
    signedInStaffViaApi(server, { ...NOMBRADO, role: 'officer' }, PASSWORD),
    signedInStaffViaApi(server, { ...OTRO, role: 'officer' }, PASSWORD),
    signedInStaffViaApi(server, { ...JEFA, role: 'supervisor' }, PASSWORD),
    citizenViaClaveUnica(server, DEMO_CITIZENS.maria.run),
  ])
  browser = launched
  cookies.nombrado = nombrado.cookie
  cookies.otro = otro.cookie
  cookies.jefa = jefa.cookie
  cookies.ciudadana = maria.cookie()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar', exact: true }).click()

describe('a commendation', () => {
  it('a citizen commends an officer by the name on the uniform; the officer named reads it, without the citizen’s name', async () => {
    const context = await phoneContext(browser, server)
    await withCookies(context, server.origin, cookies.ciudadana)
    const page = await context.newPage()
    await page.goto('/felicitaciones')
    await page.getByRole('heading', { name: 'Felicitar a Carabineros' }).waitFor()
    await inThreeLanguages(page, 'fel-inicio', ciudadanoEs)
    await page.getByRole('link', { name: 'Comenzar' }).click()

    const unidad = page.getByLabel('¿A qué unidad policial quiere felicitar?')
    await unidad.waitFor()
    await continuar(page)
    await page.getByRole('alert').waitFor()
    await inThreeLanguages(page, 'fel-unidad-error', ciudadanoEs)
    await unidad.selectOption(DEMO_UNIDAD)
    await continuar(page)

    await page.getByLabel('Nombre del funcionario (opcional)').fill('Vidal')
    await page.getByLabel('Grado (opcional)').fill('Sargento')
    await inThreeLanguages(page, 'fel-funcionario', ciudadanoEs)
    await continuar(page)

    await page.getByLabel('Escriba su mensaje').fill(MENSAJE)
    await continuar(page)

    // Not shown unless chosen: «No» is ticked already.
    await expect.poll(() => page.getByLabel('No, sólo el mensaje').isChecked()).toBe(true)
    await inThreeLanguages(page, 'fel-nombre', ciudadanoEs)
    await continuar(page)

    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await expect.poll(() => page.locator('main').textContent()).toContain('Sargento Vidal')
    await inThreeLanguages(page, 'fel-revisar', ciudadanoEs)
    await page.getByRole('button', { name: 'Aceptar y enviar' }).click()

    await page.getByRole('heading', { name: 'Felicitación enviada' }).waitFor()
    const numero = (await page.locator('.panel__ref').textContent())?.trim() ?? ''
    expect(numero).toMatch(/^[A-Z2-9]{10}$/)
    await inThreeLanguages(page, 'fel-enviada', ciudadanoEs)

    await page.getByRole('link', { name: 'Mis trámites' }).first().click()
    await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain(numero)
    await context.close()

    // The officer named: from the staff home, «Mis felicitaciones».
    const named = await staffPage(browser, server, cookies.nombrado)
    await named.page.goto('/funcionarios')
    await named.page.getByRole('link', { name: 'Mis felicitaciones' }).click()
    await named.page.getByRole('heading', { name: 'Mis felicitaciones' }).waitFor()
    await named.page.getByText(MENSAJE).waitFor()
    const shown = (await named.page.locator('main').textContent()) ?? ''
    expect(shown).toContain('Sin nombre (no eligió mostrarlo)')
    for (const secret of ['María', 'Del Río', '44444444', '44.444.444']) expect(shown).not.toContain(secret)
    await inThreeLanguages(named.page, 'fel-mias', funcionariosEs)
    await lookAt(named.page, 'fel-mias')
    await named.context.close()

    // An officer of the unit not named: the unit's, not theirs.
    const other = await staffPage(browser, server, cookies.otro)
    await other.page.goto('/funcionarios/felicitaciones/mias')
    await other.page.getByText('Todavía no hay felicitaciones.').waitFor()
    await other.page.goto('/funcionarios/felicitaciones')
    await other.page.getByText(MENSAJE).waitFor()
    await lookAt(other.page, 'fel-unidad')
    await other.context.close()

    // The unit's supervisor: the figures, per day, region and unit, each chart with its table.
    const jefa = await staffPage(browser, server, cookies.jefa)
    await jefa.page.goto('/funcionarios')
    await jefa.page.getByRole('link', { name: 'Cifras de felicitaciones' }).click()
    await jefa.page.getByText('Total: 1').waitFor()
    await inThreeLanguages(jefa.page, 'fel-cifras', funcionariosEs)
    await lookAt(jefa.page, 'fel-cifras')
    await jefa.context.close()
  }, 180_000)
})
