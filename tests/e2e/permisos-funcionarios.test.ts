import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localTime } from '../../core/time.ts'
import { messages as permisosEs } from '../../web/funcionarios/permisos/i18n/es.ts'
import { signDocument } from '../../worker/documents/signing.ts'
import { importSigningKeys } from '../../worker/keys/signing-keys.ts'
import type { PermisoView } from '../../worker/permisos/schema.ts'
import { freePort } from '../support/node-server.ts'
import { axeViolations } from './support/axe.ts'
import { DESKTOP, launchBrowser, PHONE, waitForServiceWorker } from './support/browser.ts'
import { fakeCameraFile } from './support/camera.ts'
import {
  CITIZENS,
  type CodeMailbox,
  type ConstanciaPortal,
  startCodeMailbox,
  startConstanciaPortal,
} from './support/constancia.ts'
import { activateStaff, api, DEMO_UNIDAD, signedInStaffViaApi, useSession } from './support/identity.ts'
import { issuePermit, permitRequestInForce } from './support/permisos.ts'
import { type SwitchableProxy, startProxy } from './support/proxy.ts'
import { buildPwa } from './support/server.ts'
import { photograph } from './support/shots.ts'

const PASSWORD = 'Control-Sanitario-2026-seguro'
const VALENTINA = { ...CITIZENS.valentina, masked: '88.8XX.XXX-8', serie: 'A034567890' }
const MOTIVO = 'Caso confirmado informado por la SEREMI de Salud tras la emisión'

let mailbox: CodeMailbox
let server: ConstanciaPortal
let proxy: SwitchableProxy
const browsers: Browser[] = []
const staff: Record<'officer' | 'supervisor' | 'admin', string> = { officer: '', supervisor: '', admin: '' }
let permiso: PermisoView
/** An instant when the permit is in force: now, unless the test runs too late in the evening. */
let vigenteAt: Date
/** The QR code's text on the permit's PDF: `<PUBLIC_URL>/verificar#CV1.<payload>.<signature>`. */
let qrText: string
/** The officer's phone that scans the valid permit, kept for the online check after revocation. */
let officerBrowser: Browser
let officerPage: Page

beforeAll(async () => {
  buildPwa()
  mailbox = await startCodeMailbox()
  // The browser loads the portal through the proxy, so that cutting it cuts the network.
  const proxyPort = await freePort()
  server = await startConstanciaPortal({ publicPort: proxyPort, smtpUrl: mailbox.url })
  proxy = await startProxy(server.port, proxyPort)
  const inForce = permitRequestInForce(VALENTINA.serie)
  vigenteAt = inForce.vigenteAt
  // The citizen's permit while the staff accounts are made.
  const issued = issuePermit(server, VALENTINA, inForce.request)
  // The administrator with the command, the others as an administrator makes them (quicker).
  const person = (role: keyof typeof staff) => ({
    email: `${role}.permisos@carabineros.example.cl`,
    nombres: 'Ana',
    apellidos: 'Soto',
    role,
  })
  staff.admin = (await signedInStaffViaApi(server, person('admin'), PASSWORD)).cookie
  await Promise.all(
    (['officer', 'supervisor'] as const).map(async (role) => {
      const body = { ...person(role), unidadCode: DEMO_UNIDAD }
      const created = await api(server, '/api/admin/staff', body, staff.admin)
      if (created.status !== 201) throw new Error(`staff not created: ${created.status}`)
      const mail = await mailbox.waitFor(body.email, '/funcionarios/activar#')
      const link = /\S+\/funcionarios\/activar#[\w-]+/.exec(mail.text)?.[0] ?? ''
      staff[role] = (await activateStaff(server, link, body.email, PASSWORD)).cookie
    }),
  )
  permiso = await issued
  qrText = `${proxy.origin}/verificar#${permiso.token}`
})

afterAll(async () => {
  for (const browser of browsers) await browser.close()
  await proxy?.close()
  await server?.stop()
  await mailbox?.close()
})

/** A browser (its camera showing `camera`, if given) and a context signed in as `role`. */
async function staffContext(
  role: keyof typeof staff,
  options: { camera?: string; browser?: Browser; viewport?: typeof PHONE } = {},
): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  let browser = options.browser
  if (!browser) {
    browser = await launchBrowser({ fakeCamera: options.camera })
    browsers.push(browser)
  }
  const context = await browser.newContext({
    baseURL: proxy.origin,
    viewport: options.viewport ?? PHONE,
    locale: 'es-CL',
    timezoneId: 'America/Santiago',
    // Only so that axe-core can be injected as an inline script.
    bypassCSP: true,
  })
  if (options.camera) await context.grantPermissions(['camera'], { origin: proxy.origin })
  await useSession(context, server, staff[role])
  return { browser, context, page: await context.newPage() }
}

/** No axe violation (at a phone's size), and photographs at 360×740 and 1280×800 (`pf-<name>-*`). */
async function check(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize()
  await page.setViewportSize(PHONE)
  expect(await axeViolations(page), name).toEqual([])
  await photograph(page, `pf-${name}-360`)
  await page.setViewportSize(DESKTOP)
  await photograph(page, `pf-${name}-1280`)
  if (viewport) await page.setViewportSize(viewport)
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''
const scanButton = (page: Page) => page.getByRole('button', { name: 'Escanear el código QR' })

/** Opens the officer's verification online: the published keys and the QR decoder reach the device. */
async function openVerificar(page: Page): Promise<void> {
  const keys = page.waitForResponse((response) => response.url().endsWith('/keys.json'))
  const decoder = page.waitForResponse((response) => /\/assets\/jsQR-[\w-]+\.js$/.test(response.url()))
  await page.goto('/funcionarios/verificar')
  await page.locator('#code').waitFor()
  await Promise.all([keys, decoder])
}

/** Scans what the fake camera shows and waits for the verdict and the server's answer (or its absence). */
async function scan(page: Page): Promise<string> {
  await scanButton(page).click()
  await page
    .locator('.vf-result')
    .waitFor()
    .catch(async (error: unknown) => {
      await photograph(page, `pf-FAILED-${Date.now()}`)
      throw error
    })
  // The server asked, or found unreachable (a forged document is not even asked about).
  await page.locator('p.inset', { hasText: 'Consultando al servidor' }).waitFor({ state: 'detached' })
  return mainText(page)
}

/** Runs `step` with the network cut (the proxy down), and brings it back whatever happens. */
async function offline<T>(step: () => Promise<T>): Promise<T> {
  await proxy.cut()
  try {
    return await step()
  } finally {
    await proxy.restore()
  }
}

/** A signed token's payload, read without checking anything. */
function payloadOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
}

describe("the officers' permit screens", () => {
  it('verify a valid permit from the camera with the network cut, and say the answer may be stale', async () => {
    const { browser, page } = await staffContext('officer', { camera: fakeCameraFile(qrText) })
    officerBrowser = browser
    officerPage = page
    // Opened once online; then the service worker controls the page and keeps the staff chunks.
    await openVerificar(page)
    await waitForServiceWorker(page)
    await page.reload()
    await page.locator('#code').waitFor()
    await check(page, 'verificar')

    await offline(async () => {
      await page.reload()
      await page.locator('#code').waitFor()
      expect(await mainText(page)).toContain('no se pudo confirmar su sesión')
      if (vigenteAt.getTime() > Date.now()) await page.clock.setFixedTime(vigenteAt)
      const text = await scan(page)
      expect(await page.locator('.vf-result--ok').count()).toBe(1)
      expect(text).toContain('VÁLIDO')
      expect(await page.locator('.vp-titular__nombre').textContent()).toBe(VALENTINA.name)
      expect(await page.locator('.vp-titular__run').textContent()).toBe(VALENTINA.masked)
      expect(text).toContain(permiso.comuna.nombre)
      expect(text).toContain('Sin conexión: solo se comprobó la firma')
      expect(text).toContain('Puede estar desactualizada')
      expect(text).toContain('por última vez')
      await check(page, 'verificar-valido-sin-conexion')
      // On the phone's first screen, the verdict and the warning that a revocation cannot be known
      // offline are seen together: the warning joined to the verdict, before the holder's data.
      await page.evaluate(() => window.scrollTo(0, 0))
      const [verdict, warning, revocation] = await Promise.all(
        ['.vf-result', '.vp-offline', '.vp-offline p >> nth=0'].map((selector) =>
          page.locator(selector).boundingBox(),
        ),
      )
      expect(await page.locator('.vf-result + .vp-offline').count()).toBe(1)
      expect(Math.round(warning?.y ?? 0)).toBe(Math.round((verdict?.y ?? 0) + (verdict?.height ?? 0)))
      expect(await page.locator('.vp-offline p').first().textContent()).toContain(
        'si el permiso fue revocado',
      )
      expect((revocation?.y ?? Infinity) + (revocation?.height ?? 0)).toBeLessThanOrEqual(PHONE.height)

      // A typed code needs the server: offline, the page says so.
      await page.getByRole('button', { name: 'Verificar otro permiso' }).click()
      await page.locator('#code').fill(permiso.code)
      await page.locator('#code').press('Enter')
      await page.locator('.error-summary', { hasText: 'solo se puede consultar con el servidor' }).waitFor()
      await check(page, 'verificar-codigo-sin-conexion')
    })
  })

  it('reject an altered permit and an expired one, offline', async () => {
    const [prefix = '', , signature = ''] = permiso.token.split('.')
    const altered = Buffer.from(
      JSON.stringify({ ...payloadOf(permiso.token), n: 'Otra Persona Cualquiera' }),
    ).toString('base64url')
    // Genuinely signed with the portal's own key (kept in its data folder, as on a developer's
    // machine), valid from two days ago for three hours: an old permit shown again.
    const keys = await importSigningKeys(readFileSync(join(server.dataDir, 'signing_keys.secret'), 'utf8'))
    const past = Math.floor(Date.now() / 1000) - 2 * 86_400
    const { t, c, n, r, e } = payloadOf(permiso.token) as Record<'t' | 'c' | 'n' | 'r' | 'e', string>
    const expired = await signDocument(keys, { t, c, n, r, e, i: past - 600, d: past, x: past + 3 * 3600 })
    const [forged, old] = await Promise.all(
      [`${prefix}.${altered}.${signature}`, expired].map(async (token) => {
        const { page } = await staffContext('officer', {
          camera: fakeCameraFile(`${proxy.origin}/verificar#${token}`),
        })
        await openVerificar(page)
        return page
      }),
    )
    if (!forged || !old) throw new Error('no pages')
    const [forgedText, oldText] = await offline(() => Promise.all([scan(forged), scan(old)]))

    expect(await forged.locator('.vf-result--bad').count()).toBe(1)
    expect(forgedText).toContain('FALSIFICADO O ALTERADO')
    expect(forgedText).toContain('fue alterado')
    expect(forgedText).not.toContain('Otra Persona')
    expect(forgedText).not.toContain(VALENTINA.name)
    await check(forged, 'verificar-falsificado')

    expect(await old.locator('.vf-result--bad').count()).toBe(1)
    expect(oldText).toContain('VENCIDO')
    expect(oldText).toContain('venció el')
    expect(await old.locator('.vp-titular__nombre').textContent()).toBe(VALENTINA.name)
    await check(old, 'verificar-vencido')
  })

  it('let a supervisor revoke it with a confirmed reason; online checks then say REVOCADO, never why', async () => {
    const { context, page } = await staffContext('supervisor', {
      browser: officerBrowser,
      viewport: DESKTOP,
    })
    // From the staff home's menu.
    await page.goto('/funcionarios')
    await page.locator('a[href="/funcionarios/permisos/cifras"]').waitFor()
    expect(await page.locator('a[href="/funcionarios/permisos/reglas"]').count()).toBe(0)
    await check(page, 'inicio-supervisor')
    await page.locator('a[href="/funcionarios/permisos"]').click()
    await page.locator('#code').waitFor()
    await check(page, 'revocar-buscar')
    await page.locator('#run').fill('11.111.111-2')
    await page.locator('#run').press('Enter')
    await page.locator('.error-summary').waitFor()
    await check(page, 'revocar-buscar-error')

    await page.locator('#run').fill(VALENTINA.run)
    await page.locator('#finalidad').selectOption('fiscalizacion')
    await page.locator('#run').press('Enter')
    await page.locator('h1', { hasText: permiso.code }).waitFor()
    // In force now, or, late in the day when no permit type's hours fit, from tomorrow
    // (permitRequestInForce): the page says which.
    expect(await mainText(page)).toContain(vigenteAt.getTime() <= Date.now() ? 'Vigente' : 'Aún no comienza')
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('.error-summary').waitFor()
    await check(page, 'revocar-motivo-error')
    await page.locator('#motivoRevocacion').fill(MOTIVO)
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.locator('.fp-confirmar').waitFor()
    await check(page, 'revocar-confirmar')
    await page.getByRole('button', { name: 'Sí, revocar el permiso' }).click()
    await page.locator('.notice', { hasText: 'Permiso revocado' }).waitFor()
    expect(await mainText(page)).toContain(MOTIVO)
    await check(page, 'revocar-hecho')
    await context.close()

    // The officer's phone, online again: the same QR code, then the typed code.
    const officer = officerPage
    await officer.goto('/funcionarios/verificar')
    await officer.locator('#code').waitFor()
    const text = await scan(officer)
    expect(await officer.locator('.vf-result--bad').count()).toBe(1)
    expect(text).toContain('REVOCADO')
    expect(text).toContain('Consultado con el servidor')
    for (const secret of ['SEREMI', 'confirmado', MOTIVO]) expect(text).not.toContain(secret)
    await check(officer, 'verificar-revocado')
    await officer.getByRole('button', { name: 'Verificar otro permiso' }).click()
    await officer.locator('#code').fill(permiso.code.toLowerCase())
    await officer.locator('#code').press('Enter')
    await officer.locator('.vf-result--bad', { hasText: 'REVOCADO' }).waitFor()
    expect(await mainText(officer)).not.toContain('SEREMI')

    // The public verification, from the PDF's QR code, with nobody signed in: the same verdict.
    const anyone = await officerBrowser.newContext({ baseURL: proxy.origin, locale: 'es-CL' })
    const publica = await anyone.newPage()
    await publica.goto(qrText)
    await publica.locator('.vf-result--bad', { hasText: 'REVOCADO' }).waitFor()
    expect(await mainText(publica)).not.toContain('SEREMI')
    await anyone.close()
  })

  it('show supervisors the permit in its hour and comuna, as bars and tables', async () => {
    const { context, page } = await staffContext('supervisor', { browser: officerBrowser, viewport: DESKTOP })
    await page.goto('/funcionarios/permisos/cifras')
    await page.locator('svg[role="img"]').nth(1).waitFor()
    for (const summary of await page.locator('details summary').all()) await summary.click()
    const hour = `${localTime(new Date(permiso.createdAt)).slice(0, 2)}:00`
    const porHora = page.locator('table').nth(0).locator('tr', { hasText: hour })
    expect(await porHora.locator('td').first().textContent()).toBe('1')
    const porComuna = page.locator('table').nth(1).locator('tr', { hasText: permiso.comuna.nombre })
    expect(await porComuna.locator('td').first().textContent()).toBe('1')
    await check(page, 'cifras')
    // Another day, with nothing: said in words.
    await page.locator('#fecha').fill('1')
    await page.locator('#fechaMes').fill('1')
    await page.locator('#fechaAnio').fill('2026')
    await page.getByRole('button', { name: 'Ver cifras' }).click()
    await page.locator('main', { hasText: 'No hubo solicitudes de permiso ese día' }).waitFor()
    await page.locator('#fecha').fill('31')
    await page.locator('#fechaMes').fill('2')
    await page.getByRole('button', { name: 'Ver cifras' }).click()
    await page.locator('.error-summary').waitFor()
    await check(page, 'cifras-error')
    await context.close()
  })

  it('let an administrator change a permit type’s weekly quota and add a comuna phase', async () => {
    const { context, page } = await staffContext('admin', { browser: officerBrowser, viewport: DESKTOP })
    await page.goto('/funcionarios')
    await page.locator('a[href="/funcionarios/permisos/reglas"]').click()
    await page.locator('h2', { hasText: 'Tipos de permiso' }).waitFor()
    await check(page, 'reglas')
    await page.getByRole('link', { name: 'Cambiar Compras de insumos básicos' }).click()
    await page.locator('#cupoSemanal').waitFor()
    await page.locator('#cupoSemanal').fill('0')
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.error-summary', { hasText: 'Permisos por semana' }).waitFor()
    await check(page, 'reglas-tipo-error')
    await page.locator('#cupoSemanal').fill('3')
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.notice', { hasText: 'Compras de insumos básicos' }).waitFor()
    const cookie = `${staff.admin}`
    const tipos = (await (
      await fetch(`${server.origin}/api/admin/permisos/tipos`, { headers: { cookie } })
    ).json()) as {
      items: { id: string; cupoSemanal: number }[]
    }
    expect(tipos.items.find((tipo) => tipo.id === 'compras')?.cupoSemanal).toBe(3)

    await page.getByRole('link', { name: 'Agregar una fase' }).click()
    await page.locator('#comunaCut option[value="05101"]').waitFor({ state: 'attached' })
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.error-summary').waitFor()
    await check(page, 'reglas-fase-error')
    await page.locator('#comunaCut').selectOption('13123')
    await page.locator('#fase-transicion').check()
    await page.locator('#desde').fill('1')
    await page.locator('#desdeMes').fill('12')
    await page.locator('#desdeAnio').fill('2026')
    await page.locator('main form button[type="submit"]').click()
    await page.locator('.notice', { hasText: 'Providencia' }).waitFor()
    expect(await mainText(page)).toContain('Desde el 01-12-2026')
    await context.close()
  })

  it('has no axe violations in English and Creole, and no untranslated words', async () => {
    const { context, page } = await staffContext('admin', { browser: officerBrowser, viewport: DESKTOP })
    const spanish = Object.values(permisosEs).filter((value) => value.length > 40 && !value.includes('{'))
    for (const [lang, path] of [
      ['en', '/funcionarios/verificar'],
      ['ht', '/funcionarios/permisos/reglas'],
    ] as const) {
      await page.goto(path)
      await page.locator('#code, .cards').first().waitFor()
      await page.locator(`.lang-switch button[lang="${lang}"]`).click()
      await page.waitForFunction((code) => document.documentElement.lang === code, lang)
      expect(await axeViolations(page), `${path} in ${lang}`).toEqual([])
      const text = await mainText(page)
      expect(text).not.toMatch(/\b(fp|vp|staff)\.[a-z]/)
      for (const sentence of spanish) expect(text).not.toContain(sentence)
    }
    await context.close()
  })
})
