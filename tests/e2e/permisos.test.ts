import { readFileSync } from 'node:fs'
import jsQR from 'jsqr'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatCivilDate } from '../../core/time.ts'
import { messages as inicioEs } from '../../web/permisos/inicio/i18n/es.ts'
import { messages as permisoEs } from '../../web/permisos/permiso/i18n/es.ts'
import { messages as solicitudEs } from '../../web/permisos/solicitud/i18n/es.ts'
import type { PermisoView } from '../../worker/permisos/schema.ts'
import { pdfText } from '../support/pdf.ts'
import type { AxeViolation } from './support/axe.ts'
import { newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import {
  CITIZENS,
  type CitizenPortal,
  type ConstanciaPortal,
  startCitizenPortal,
} from './support/constancia.ts'
import { inspectScreen } from './support/inspect.ts'
import { permiso } from './support/permisos.ts'
import type { SwitchableProxy } from './support/proxy.ts'

/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const SPANISH = [inicioEs, solicitudEs, permisoEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)
const SERIE = { valentina: 'A034567890', benjamin: 'A045678901' }

let portal: CitizenPortal | undefined
let server: ConstanciaPortal
let proxy: SwitchableProxy
let browser: Browser

beforeAll(async () => {
  // The browser loads the portal through the proxy (so a test can cut the network), and that is
  // the origin ClaveÚnica returns to.
  portal = await startCitizenPortal()
  ;({ server, proxy, browser } = portal)
})

afterAll(() => portal?.stop())

const phone = () => newPhoneContext(browser, proxy.origin, { bypassCSP: true })

/** The citizen's permits as the server holds them, asked directly with the context's session. */
async function recorded(context: BrowserContext): Promise<PermisoView[]> {
  const cookie = (await context.cookies(proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
  const response = await fetch(`${server.origin}/api/mis-tramites`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { permisos: PermisoView[] }).permisos
}

const text = async (page: Page, selector = 'main') =>
  (await page.locator(selector).first().textContent()) ?? ''

/**
 * The screen as it is now, in each of `languages`: axe-core, no Spanish left in English or Creole,
 * no sideways scrolling at 320 px, and photographs at 360×740 and 1280×800 (`permisos-*`,
 * support/shots.ts).
 */
const inspect = (
  page: Page,
  name: string,
  found: Record<string, AxeViolation[]>,
  languages: readonly ('es' | 'en' | 'ht')[] = ['es'],
) => inspectScreen(page, `permisos-${name}`, found, { languages, spanish: SPANISH })

/** What the QR code on screen says: a screenshot of it, decoded with jsQR. */
async function qrOnScreen(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('svg.pm-qr').screenshot())
  // jsqr is CommonJS with an `exports.default`: under Node ESM the function sits one level down.
  return jsQR.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

describe('Permisos de desplazamiento, the citizen’s side', () => {
  let valentina: BrowserContext
  let page: Page
  let code = ''
  let fecha = ''

  it('Valentina signs in with ClaveÚnica, a wrong card serial is refused on the form, then a "compras" permit in Santiago is issued: code, window, a QR that verifies, the PDF', async () => {
    valentina = await phone()
    page = await valentina.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // Signed out, nothing is asked that needs a session: no 401 (nor any error) in the console.
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`)
    })
    const found: Record<string, AxeViolation[]> = {}

    // Home → Permisos: the landing page, signed out.
    await page.goto('/')
    await page.locator('.services a[href="/permisos"]').click()
    await page.locator('button.button-cu').waitFor()
    expect(await text(page)).toContain('En cuarentena se necesita permiso todos los días')
    expect(await text(page)).toContain(inicioEs['inicio.where.signedOut'])
    // A deep link too, and its gate.
    await page.goto('/permisos')
    await page.locator('button.button-cu').waitFor()
    await page.goto('/permisos/solicitud')
    await page.locator('h1', { hasText: 'Inicie sesión con ClaveÚnica' }).waitFor()
    expect(consoleErrors).toEqual([])
    await page.goto('/permisos')
    await page.locator('button.button-cu').waitFor()
    await inspect(page, 'inicio', found)

    await permiso.signIn(page, server, CITIZENS.valentina)
    expect(await text(page)).toContain(CITIZENS.valentina.name)
    expect(await page.locator('#comunaCut optgroup').first().getAttribute('label')).toBe(
      'En cuarentena (todos los días)',
    )
    expect(await page.locator('#tipoId-compras-hint').textContent()).toContain(
      'Hasta 3 h, entre las 07:00 y las 22:00. Usó 0 de 2 esta semana.',
    )
    await inspect(page, 'formulario', found, ['es', 'en'])
    // Nothing chosen: the error summary names each question and links to it.
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    expect(await text(page, '.error-summary')).toContain('«Tipo de permiso» es obligatorio.')
    await inspect(page, 'formulario-errores', found)

    // (e) A card serial that is not the civil registry's: refused by the server, named on the form.
    fecha = (await permiso.dayAhead(page, 1)) ?? ''
    await permiso.fill(page, { tipo: 'compras', fecha, hora: '10:00', serie: 'A999999999' })
    await permiso.toReview(page)
    expect(await text(page)).toContain('De 10:00 a 13:00')
    await inspect(page, 'revisar', found)
    await permiso.send(page)
    await page.waitForURL((url) => url.pathname === '/permisos/solicitud')
    await page.locator('.error-summary').waitFor()
    const summary = page.locator('.error-summary a[href="#serieCedula"]')
    expect(await summary.textContent()).toContain('«Número de documento de la cédula» no coincide')
    expect(await page.locator('#serieCedula-error').textContent()).toContain('no coincide')
    expect(await recorded(valentina)).toEqual([])

    // (a) The right serial: the permit, its code big, its window, its QR.
    await page.locator('#serieCedula').fill('a.034.567.890')
    await permiso.toReview(page)
    await permiso.send(page)
    code = await permiso.code(page)
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    const permit = await text(page)
    expect(permit).toContain('Por comenzar')
    expect(permit).toContain(`${formatCivilDate(fecha)}, de 10:00 a 13:00 (hora de Chile continental)`)
    expect(permit).toContain(CITIZENS.valentina.name)
    expect(permit).toContain('Muestre este permiso junto con su cédula de identidad')
    const [held] = await recorded(valentina)
    expect(held?.code).toBe(code)
    expect(await qrOnScreen(page)).toBe(`${proxy.origin}/verificar#${held?.token}`)
    expect(held?.token).toMatch(/^CV1\./)
    await inspect(page, 'permiso', found, ['es', 'en', 'ht'])

    // "Descargar PDF": the signed PDF with the code.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download]').click()])
    expect(pdfText(readFileSync(await download.path()))).toContain(code)

    // "Mis trámites" lists it, with its state and a link.
    await page.goto('/mis-tramites')
    await page.locator('#mis-permisos').waitFor()
    expect(await text(page, 'main section')).toContain(`Código ${code} Por comenzar`)
    expect(await page.locator(`main a[href="/permisos/${code}"]`).count()).toBe(1)
    await inspect(page, 'mis-tramites', found)

    // Back at the landing page, signed in: where a permit is needed now, and the permit kept here.
    await page.goto('/permisos')
    await page.locator('.pm-list').first().waitFor()
    // The permits kept here show at once; the comunas with restrictions once the server answers.
    await page.getByText('Santiago — Cuarentena: permiso todos los días').waitFor()
    const landing = await text(page)
    expect(landing).toContain('Providencia — Transición: permiso los sábados y domingos')
    expect(await page.locator(`main a[href="/permisos/${code}"]`).count()).toBe(1)
    await inspect(page, 'inicio-con-sesion', found)

    expect(found).toEqual({})
    expect(errors).toEqual([])
  })

  it('(b) in airplane mode, the permit page still opens with its QR, and Mis trámites lists it', async () => {
    // Installed since the first visit, in the background: the app shell and every citizen chunk.
    await waitForServiceWorker(page)
    await proxy.cut()
    await valentina.setOffline(true)
    try {
      await page.goto(`/permisos/${code}`)
      await page.locator('.pm-source').waitFor()
      expect(await page.locator('.pm-code').textContent()).toBe(code)
      expect(await text(page, '.pm-source')).toContain(
        'Sin conexión: este es el permiso guardado en este dispositivo',
      )
      expect(await qrOnScreen(page)).toMatch(new RegExp(`^${proxy.origin}/verificar#CV1\\.`))
      const found: Record<string, AxeViolation[]> = {}
      await inspect(page, 'permiso-sin-conexion', found)
      await page.goto('/mis-tramites')
      await page.locator('#mis-permisos').waitFor()
      expect(await text(page, 'main')).toContain(`Código ${code}`)
      await inspect(page, 'mis-tramites-sin-conexion', found)
      expect(found).toEqual({})
    } finally {
      await proxy.restore()
      await valentina.setOffline(false)
    }
  })

  it('a request sent with no network waits on the device and is issued once the network returns', async () => {
    await page.goto('/permisos/solicitud')
    await page.locator('#tipoId').waitFor()
    await permiso.fill(page, {
      tipo: 'salud',
      fecha,
      hora: '09:00',
      serie: SERIE.valentina,
      campos: { establecimiento: 'CESFAM Dr. Ramón Corbalán Melgarejo' },
    })
    await permiso.toReview(page)
    await proxy.cut()
    await valentina.setOffline(true)
    await permiso.send(page)
    await page.waitForURL((url) => url.pathname.startsWith('/permisos/envio/'))
    expect(await page.locator('h1').textContent()).toBe('Solicitud guardada para enviar')
    const found: Record<string, AxeViolation[]> = {}
    await inspect(page, 'en-espera', found)
    expect(found).toEqual({})
    await proxy.restore()
    await valentina.setOffline(false)
    const issued = await permiso.code(page)
    expect(await text(page)).toContain('CESFAM Dr. Ramón Corbalán Melgarejo')
    expect((await recorded(valentina)).map((view) => view.code).sort()).toEqual([code, issued].sort())
  })

  it('(d) the weekly quota holds under concurrent requests: of four more "compras" at once, one is issued; the form says so plainly', async () => {
    const statuses = await page.evaluate(
      async ({ fecha, serie }) => {
        const request = (hora: string) =>
          fetch('/api/permisos', {
            method: 'POST',
            credentials: 'same-origin',
            headers: {
              accept: 'application/json',
              'content-type': 'application/json',
              'idempotency-key': crypto.randomUUID(),
            },
            body: JSON.stringify({
              tipoId: 'compras',
              comunaCut: '13101',
              fecha,
              hora,
              destino: 'Feria Lo Valledor, Santiago',
              serieCedula: serie,
            }),
          }).then(async (response) =>
            response.ok ? '201' : `${response.status} ${((await response.json()) as { code: string }).code}`,
          )
        return Promise.all(['11:00', '12:00', '13:00', '14:00'].map(request))
      },
      { fecha, serie: SERIE.valentina },
    )
    expect(statuses.sort()).toEqual(['201', '409 quota_exceeded', '409 quota_exceeded', '409 quota_exceeded'])
    const compras = (await recorded(valentina)).filter((view) => view.tipo.id === 'compras')
    expect(compras).toHaveLength(2)

    // A third one through the form: the quota, said on the review page, and nothing left pending.
    await page.goto('/permisos/solicitud')
    await page.locator('#tipoId').waitFor()
    await permiso.fill(page, { tipo: 'compras', fecha, hora: '15:00', serie: SERIE.valentina })
    await permiso.toReview(page)
    await permiso.send(page)
    await page.locator('.error-summary').waitFor()
    expect(await text(page, '.error-summary')).toMatch(
      /Ya usó los 2 permisos «Compras de insumos básicos» de esta semana/,
    )
    const found: Record<string, AxeViolation[]> = {}
    await inspect(page, 'cupo', found)
    expect(found).toEqual({})
    await page.goto('/envios')
    await page.locator('h1').waitFor()
    expect(await page.locator('[data-state="pending"]').count()).toBe(0)

    // The form's hint counts the chosen day's week, as the quota does: the two used are in the
    // week of `fecha`, none in the other week the form offers (today may be a Sunday: either way).
    await page.goto('/permisos/solicitud')
    await page.locator('#tipoId').waitFor()
    const semana = (grupo: string) =>
      page
        .locator(`#fecha optgroup[label="${grupo}"] option`)
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))
    const [esta, proxima] = [await semana('Esta semana'), await semana('La próxima semana')]
    const hint = async (dia: string) => {
      await page.locator('#fecha').selectOption(dia)
      return text(page, '#tipoId-compras-hint')
    }
    const otra = (esta.includes(fecha) ? proxima : esta)[0]
    if (esta.includes(fecha)) {
      expect(await hint(fecha)).toContain('Usó 2 de 2 esta semana.')
      expect(await hint(otra ?? '')).toContain('La próxima semana: usó 0 de 2.')
    } else {
      expect(await hint(fecha)).toContain('La próxima semana: usó 2 de 2.')
      expect(await hint(otra ?? '')).toContain('Usó 0 de 2 esta semana.')
    }
    await inspect(page, 'cupo-proxima-semana', found)
    expect(found).toEqual({})

    // Signing out forgets the permits kept on this device: the next person to use it sees none.
    const kept = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name))
    expect(await kept()).toContain('comisaria-permisos')
    await page.locator('.account__button').click()
    await page.waitForURL((url) => url.origin === proxy.origin && url.pathname === '/')
    expect(await kept()).not.toContain('comisaria-permisos')
    await valentina.close()
  })

  it('(c) Benjamín is refused: a page of its own says it cannot be issued and where to turn, and nothing is kept or listed', async () => {
    const context = await phone()
    const refused = await context.newPage()
    await refused.goto('/permisos/solicitud')
    await refused.locator('h1').waitFor()
    expect(await refused.locator('h1').textContent()).toBe('Inicie sesión con ClaveÚnica')
    const found: Record<string, AxeViolation[]> = {}
    await refused.locator('button.button-cu').waitFor()
    await inspect(refused, 'acceso', found)
    await permiso.signIn(refused, server, CITIZENS.benjamin)
    await permiso.fill(refused, {
      tipo: 'compras',
      fecha: (await permiso.dayAhead(refused, 1)) ?? '',
      hora: '10:00',
      serie: SERIE.benjamin,
    })
    await permiso.toReview(refused)
    await permiso.send(refused)
    await refused.waitForURL((url) => url.pathname === '/permisos/no-emitido')
    expect(await refused.locator('h1').textContent()).toBe('Permiso no emitido')
    const words = await text(refused, '.pm-refused')
    expect(words).toContain('No es posible emitir el permiso')
    expect(words).toContain('Salud Responde, 600 360 7777')
    expect(await text(refused)).toContain('Esta respuesta es definitiva')
    await inspect(refused, 'no-emitido', found)
    expect(found).toEqual({})

    // Nothing issued, nothing listed, nothing on the device says why.
    expect(await recorded(context)).toEqual([])
    await refused.goto('/mis-tramites')
    await refused.locator('h2').first().waitFor()
    // The lists load on first use (the precache holds only the shell, decision 0074).
    await expect.poll(() => text(refused), { timeout: 15_000 }).toContain('Aún no tiene trámites.')
    expect(await refused.locator('#mis-permisos').count()).toBe(0)
    await refused.goto('/envios')
    await refused.locator('h1').waitFor()
    expect(await refused.locator('[data-outbox-id]').count()).toBe(0)
    await refused.goto('/permisos/no-emitido')
    await refused.waitForURL((url) => url.pathname === '/permisos')
    expect(await text(refused)).not.toContain('Salud Responde')
    await context.close()
  })
})
