import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as solicitudesEs } from '../../web/funcionarios/solicitudes-datos/i18n/es.ts'
import type { PermisoView } from '../../worker/permisos/schema.ts'
import { freePort } from '../support/node-server.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser } from './support/browser.ts'
import { CITIZENS } from './support/constancia.ts'
import { citizenViaClaveUnica, type PortalCall, signedInStaffViaApi } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { focused, tabTo } from './support/keyboard.ts'
import { issuePermit, permitRequestInForce } from './support/permisos.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, staffPage } from './support/staff-pages.ts'

const PASSWORD = 'Derechos-Del-Titular-2026'
const VALENTINA = { ...CITIZENS.valentina, serie: 'A034567890' }
const SUPERVISOR = { email: 'carla.soto@carabineros.example.cl', nombres: 'Carla', apellidos: 'Soto' }
const DESTINO_CORREGIDO = 'Farmacia, Av. Matta 1250, Santiago'
const EXPLICACION = 'Escribí mal el número: la farmacia queda en el 1250.'
const RESPUESTA = 'Corregimos el destino de su permiso según su solicitud.'

let server: PortalServer
let browser: Browser
let supervisorCookie: string
/** Valentina's session, as the PWA's calls would carry it. */
let citizen: PortalCall
let permiso: PermisoView
/** The rectification's number, as the citizen got it. */
let code: string

/** What `GET /api/mis-datos` answers, as far as these tests read it. */
interface MisDatos {
  registros: {
    tipo: string
    id: string
    code: string | null
    campos: { campo: string; valor: string; rectificable: boolean }[]
  }[]
  accesos: { funcionario: string; finalidad: string; registro: { tipo: string; code: string | null } }[]
  solicitudes: { code: string; estado: string; campo: string | null }[]
}

async function misDatos(): Promise<MisDatos> {
  const response = await citizen('/api/mis-datos')
  expect(response.status).toBe(200)
  return (await response.json()) as MisDatos
}

beforeAll(async () => {
  buildPwa()
  const claveUnicaPort = await freePort()
  server = await startPortal({ env: { DEMO_DATA: '1', CLAVEUNICA_LOCAL_PORT: String(claveUnicaPort) } })
  const [launched, staff, call, issued] = await Promise.all([
    launchBrowser({ serviceWorker: false }),
    signedInStaffViaApi(server, { ...SUPERVISOR, role: 'supervisor' }, PASSWORD),
    citizenViaClaveUnica(server, VALENTINA.run),
    issuePermit(server, VALENTINA, permitRequestInForce(VALENTINA.serie).request),
  ])
  browser = launched
  supervisorCookie = staff.cookie
  citizen = call
  permiso = issued

  // The citizen asks, from Mis datos, for their permit's destination to be corrected.
  const registro = (await misDatos()).registros.find(
    (item) => item.tipo === 'permiso' && item.code === permiso.code,
  )
  expect(registro?.campos.find((campo) => campo.campo === 'destino')?.rectificable).toBe(true)
  const asked = await citizen('/api/mis-datos/rectificacion', {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      registroTipo: 'permiso',
      registroId: registro?.id,
      campo: 'destino',
      valor: DESTINO_CORREGIDO,
      explicacion: EXPLICACION,
    }),
  })
  expect(asked.status, await asked.clone().text()).toBe(201)
  code = ((await asked.json()) as { code: string }).code
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A supervisor's browser context at a phone's size. */
const supervisorPage = () => staffPage(browser, server, supervisorCookie)

/** No axe violation at 390×844, and photographs there and at 1280×800 (`sd-<name>-*`). */
const check = (page: Page, name: string) => lookAt(page, `sd-${name}`)

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''
const errorSummary = (page: Page) => page.locator('.error-summary')

describe('requests about personal data, on the staff side', () => {
  it("bring a citizen's rectification to the supervisor, who grants it by keyboard; Mis datos then shows it corrected", async () => {
    const { context, page } = await supervisorPage()
    await page.goto('/funcionarios')
    await page.locator('a[href="/funcionarios/solicitudes-datos"]').click()
    const tarjeta = page.locator('.card', { hasText: code })
    await tarjeta.waitFor()
    expect(await tarjeta.textContent()).toContain('Por responder')
    expect(await tarjeta.textContent()).toContain('Destino')
    // The queue names no one: the person appears only once a request is opened (a recorded read).
    expect(await mainText(page)).not.toContain(VALENTINA.name)
    await check(page, 'cola')

    // A colleague opens the same request meanwhile.
    const other = await context.newPage()
    await other.goto(`/funcionarios/solicitudes-datos/${code}`)
    await other.locator('#decision').waitFor()

    await page.getByRole('link', { name: code }).focus()
    await page.keyboard.press('Enter')
    await page.locator('h1', { hasText: `Solicitud ${code}` }).waitFor()
    await page.locator('#decision').waitFor()
    const detalle = await mainText(page)
    for (const shown of [
      VALENTINA.name,
      VALENTINA.run,
      permiso.code,
      'Supermercado, Av. Matta 1200',
      DESTINO_CORREGIDO,
      EXPLICACION,
    ])
      expect(detalle).toContain(shown)
    // In English and Creole too (the queue shares its words and pieces).
    const languages: Record<string, AxeViolation[]> = {}
    const spanish = Object.values(solicitudesEs).filter((value) => value.length > 40 && !value.includes('{'))
    await inspectScreen(page, 'sd-detalle', languages, { spanish })
    expect(languages).toEqual({})
    await check(page, 'detalle')

    // Sent empty: the summary names both fields and links to them.
    await tabTo(page, (current) => current.text === 'Enviar la respuesta')
    await page.keyboard.press('Enter')
    await errorSummary(page).waitFor()
    expect(await errorSummary(page).textContent()).toContain('Decisión')
    expect(await errorSummary(page).textContent()).toContain('Respuesta al ciudadano')
    expect(await page.title()).toMatch(/^Error: /)
    await check(page, 'detalle-error')

    // From the summary's link to the radios, then the answer, all by keyboard.
    await errorSummary(page).locator('a[href="#decision"]').focus()
    await page.keyboard.press('Enter')
    expect((await focused(page)).id).toBe('decision')
    await page.keyboard.press('Space')
    expect(await page.locator('#decision').isChecked()).toBe(true)
    await tabTo(page, (current) => current.id === 'respuesta')
    await page.keyboard.type(RESPUESTA)
    await tabTo(page, (current) => current.text === 'Enviar la respuesta')
    await page.keyboard.press('Enter')
    await page.locator('.notice', { hasText: 'Respuesta enviada' }).waitFor()
    expect(await mainText(page)).toContain('quedó acogida')
    expect(await page.locator('#decision').count()).toBe(0)
    await check(page, 'respondida')

    // The colleague's answer comes second: the page says someone already answered.
    await other.locator('#decision-rechazada').check()
    await other.locator('#respuesta').fill('El destino ya estaba bien.')
    await other.getByRole('button', { name: 'Enviar la respuesta' }).click()
    await errorSummary(other).waitFor()
    expect(await errorSummary(other).textContent()).toContain('Otro funcionario ya respondió')
    await check(other, 'detalle-409')
    await context.close()

    // The citizen's Mis datos: the corrected destination, the request granted, and who read it.
    const after = await misDatos()
    const registro = after.registros.find((item) => item.tipo === 'permiso' && item.code === permiso.code)
    expect(registro?.campos.find((campo) => campo.campo === 'destino')?.valor).toBe(DESTINO_CORREGIDO)
    expect(after.solicitudes.find((item) => item.code === code)?.estado).toBe('acogida')
    expect(after.accesos).toContainEqual(
      expect.objectContaining({ funcionario: 'Carla Soto', finalidad: 'atencion_derechos' }),
    )
  })

  it('make a search by RUN name its purpose, then show the permits; the person sees why', async () => {
    const { context, page } = await supervisorPage()
    await page.goto('/funcionarios/permisos')
    await page.locator('#run').fill(VALENTINA.run)
    await page.locator('#run').press('Enter')
    await errorSummary(page).waitFor()
    const link = errorSummary(page).locator('a[href="#finalidad"]')
    expect(await link.textContent()).toContain('Finalidad de la consulta')
    expect(await errorSummary(page).locator('a').count()).toBe(1)
    expect(await mainText(page)).toContain('Quién vio mis datos')
    await check(page, 'permisos-sin-finalidad')

    await link.click()
    expect((await focused(page)).id).toBe('finalidad')
    await page.locator('#finalidad').selectOption('fiscalizacion')
    await page.locator('#run').press('Enter')
    await page.locator('h1', { hasText: permiso.code }).waitFor()
    // The destination as the supervisor corrected it in the test before.
    expect(await mainText(page)).toContain(DESTINO_CORREGIDO)
    await check(page, 'permisos-encontrado')
    await context.close()

    expect((await misDatos()).accesos).toContainEqual(
      expect.objectContaining({ funcionario: 'Carla Soto', finalidad: 'fiscalizacion' }),
    )
  })
})
