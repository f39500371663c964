import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { messages as certificadosEs } from '../../web/funcionarios/certificados/i18n/es.ts'
import { certificadoRequest } from '../support/certificados.ts'
import { freePort } from '../support/node-server.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser } from './support/browser.ts'
import { citizenViaClaveUnica, DEMO_CITIZENS, signedInStaffViaApi } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, staffPage as staffContext } from './support/staff-pages.ts'

const PASSWORD = 'Constancias-En-Linea-2026'
const OFICIAL = { email: 'rosa.vidal@carabineros.example.cl', nombres: 'Rosa', apellidos: 'Vidal' }
const JEFE = { email: 'jorge.lagos@carabineros.example.cl', nombres: 'Jorge', apellidos: 'Lagos' }
const MOTIVO = 'La persona declaró el IMEI de un teléfono que no es suyo'

let server: PortalServer
let browser: Browser
const cookies: Record<'oficial' | 'jefe', string> = { oficial: '', jefe: '' }
let codigo: string

beforeAll(async () => {
  buildPwa()
  server = await startPortal({
    env: {
      DEMO_DATA: '1',
      CLAVEUNICA_LOCAL_PORT: String(await freePort()),
      FISCALIA_LOCAL_PORT: String(await freePort()),
    },
  })
  const [launched, oficial, jefe, maria] = await Promise.all([
    launchBrowser({ serviceWorker: false }),
    signedInStaffViaApi(server, { ...OFICIAL, role: 'officer' }, PASSWORD),
    signedInStaffViaApi(server, { ...JEFE, role: 'supervisor' }, PASSWORD),
    citizenViaClaveUnica(server, DEMO_CITIZENS.maria.run),
  ])
  browser = launched
  cookies.oficial = oficial.cookie
  cookies.jefe = jefe.cookie
  // María lost her phone yesterday in Santiago.
  const ayer = localDate(new Date(Date.now() - 24 * 3_600_000))
  const sent = await maria('/api/certificados', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify(certificadoRequest('extravio_celular', ayer)),
  })
  expect(sent.status, await sent.clone().text()).toBe(201)
  codigo = ((await sent.json()) as { codigo: string }).codigo
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const staffPage = (who: keyof typeof cookies) => staffContext(browser, server, cookies[who])

/** Axe in Spanish, English and Creole, no Spanish sentence left in the other two, no sideways scroll. */
async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(certificadosEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `fc-${name}`, found, { spanish })
  expect(found).toEqual({})
}

/** Looks a constancia up by its number, from the staff home's entry, by the visible labels. */
async function consultar(page: Page): Promise<void> {
  await page.goto('/funcionarios')
  await page.getByRole('link', { name: 'Consultar una constancia' }).click()
  await page.getByLabel('Número de la constancia').fill(codigo.toLowerCase())
  await page.getByRole('button', { name: 'Buscar' }).click()
  await page.getByRole('heading', { name: `Constancia ${codigo}` }).waitFor()
}

describe('constancias for staff', () => {
  it('an officer looks one up by its number: what was declared, by whom; no annulment to offer', async () => {
    const { context, page } = await staffPage('oficial')
    await consultar(page)
    const main = (await page.locator('main').textContent()) ?? ''
    for (const shown of [
      'Extravío de teléfono celular',
      '44.444.444-4',
      'ClaveÚnica',
      '352099001761481',
      'Entel',
    ])
      expect(main, shown).toContain(shown)
    expect(await page.getByRole('button', { name: 'Anular' }).count()).toBe(0)
    await lookAt(page, 'fc-consulta-oficial')
    await context.close()
  })

  it('a supervisor annuls it with a reason, and the public verification says «Anulada por Carabineros»', async () => {
    const { context, page } = await staffPage('jefe')
    await consultar(page)
    await page.getByRole('button', { name: 'Anular' }).click()
    await page.getByText('«Motivo de la anulación» debe tener al menos 5 caracteres.').first().waitFor()
    await page.getByLabel('Motivo de la anulación').fill(MOTIVO)
    await page.getByRole('button', { name: 'Anular' }).click()
    await page.getByText(`La constancia ${codigo} fue anulada.`).waitFor()
    await inThreeLanguages(page, 'anulada')
    await page.goto('/verificar')
    await page.getByLabel('Código').fill(codigo)
    await page.getByRole('button', { name: 'Verificar' }).click()
    await page.getByText('NO VÁLIDO').waitFor()
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).toContain('Anulada por Carabineros')
    expect(main).toContain('Constancia de extravío de teléfono celular')
    expect(main).not.toContain(MOTIVO)
    await lookAt(page, 'fc-verificar-anulada')
    await context.close()
  })

  it('a supervisor reads the day’s figures per type, hour and region, each chart with its table', async () => {
    const { context, page } = await staffPage('jefe')
    await page.goto('/funcionarios/certificados/cifras')
    await page.getByRole('heading', { name: 'Por tipo' }).waitFor()
    const tabla = page.locator('table', { hasText: 'Extravío de teléfono celular' })
    await expect
      .poll(async () => (await tabla.textContent()) ?? '')
      .toMatch(/Extravío de teléfono celular\s*1\s*1/)
    await inThreeLanguages(page, 'cifras')
    await context.close()
  })
})
