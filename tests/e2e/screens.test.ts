import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AxeViolation, axeViolations } from './support/axe.ts'
import { DESKTOP, launchBrowser, PHONE } from './support/browser.ts'
import { api, createStaffWithCommand, signedInStaffViaApi, useSession } from './support/identity.ts'
import { type Mailbox, startMailbox } from './support/mailbox.ts'
import { condolencias, cuenta, funcionarios, home } from './support/pages.ts'
import { buildPwa, type PortalServer, repoRoot, startPortal } from './support/server.ts'
import { photograph } from './support/shots.ts'

const AXE_SCRIPT = join(repoRoot, 'node_modules/axe-core/axe.min.js')

/** Every screen built so far, reached the way a citizen reaches it, in this order. */
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: (page) => home.open(page) },
  {
    name: 'condolencias',
    open: async (page) => {
      await page.goto('/condolencias')
      await page.locator('.memoriales').waitFor()
    },
  },
  {
    name: 'condolencias-memorial',
    open: async (page) => {
      await page.goto('/condolencias/general')
      await page.locator('a[href^="/condolencias/mensaje"]').waitFor()
    },
  },
  // The guide «¿No podrá votar?» (issue 23): a question and an answer (tests/e2e/guia-voto.test.ts walks it).
  {
    name: 'no-podre-votar',
    open: async (page) => {
      await page.goto('/constancias/votacion/no-podre-votar')
      await page.locator('#domicilio').waitFor()
    },
  },
  {
    name: 'no-podre-votar-fuera-del-pais',
    open: async (page) => {
      await page.goto('/constancias/votacion/no-podre-votar/fuera-del-pais')
      await page.locator('main h1').waitFor()
    },
  },
  {
    name: 'funcionarios',
    open: async (page) => {
      await page.goto('/funcionarios')
      await page.locator('h1').waitFor()
    },
  },
  {
    name: 'no-encontrada',
    open: async (page) => {
      await page.goto('/no-existe')
      await page.locator('h1').waitFor()
    },
  },
  ...identityScreens(),
]

/** A citizen registered with a password, and two staff accounts (see beforeAll). */
const CITIZEN = {
  run: '12.345.678-5',
  nombres: 'Camila Andrea',
  apellidos: 'Rojas Fuentes',
  email: 'camila.rojas@example.cl',
  password: 'un cóndor sobre los Andes 1810',
}
const ADMIN = { email: 'ana.soto@carabineros.example.cl', nombres: 'Ana', apellidos: 'Soto Lagos' }
const OFFICER = { email: 'pedro.munoz@carabineros.example.cl', nombres: 'Pedro', apellidos: 'Muñoz Vera' }
const STAFF_PASSWORD = 'la guardia del cerro Santa Lucía'
/** A link token of the right shape that the server does not know. */
const UNKNOWN_TOKEN = 'x'.repeat(43)
let adminCookie = ''

/** The condolence book's form, signed in (issue 19): the message, the signature, the review, sent, and /envios. */
function libroFirmado(): { name: string; open: (page: Page) => Promise<void> }[] {
  return [
    {
      name: 'mensaje-error',
      open: async (page) => {
        await condolencias.openMensaje(page)
        await condolencias.typeMensaje(page, 'Siempre en nuestra memoria. '.repeat(80))
        await condolencias.continue(page)
        await page.locator('.error-summary').waitFor()
      },
    },
    {
      name: 'mensaje',
      open: async (page) => {
        await condolencias.openMensaje(page)
        await condolencias.typeMensaje(
          page,
          'Con respeto y gratitud por su entrega.\nSiempre en nuestra memoria.',
        )
      },
    },
    {
      name: 'firma-error',
      open: async (page) => {
        await condolencias.continue(page)
        await page.locator('#firma').waitFor()
        await condolencias.continue(page)
        await page.locator('.error-summary').waitFor()
      },
    },
    {
      name: 'firma',
      open: async (page) => {
        await page.locator('#firma-iniciales').check()
        await page.locator('#comuna').waitFor()
        await page.locator('#comuna').selectOption('13120')
      },
    },
    {
      name: 'revisar',
      open: async (page) => {
        await condolencias.continue(page)
        await page.locator('.summary').waitFor()
      },
    },
    {
      name: 'enviado',
      open: async (page) => {
        await condolencias.continue(page)
        await page.locator('.panel__ref').waitFor()
      },
    },
    {
      name: 'envios',
      open: async (page) => {
        await page.goto('/envios')
        await page.locator('[data-state="sent"]').first().waitFor()
      },
    },
  ]
}

/** Sign-in, registration, e-mail links, Mis trámites, and the officers' screens. */
function identityScreens(): { name: string; open: (page: Page) => Promise<void> }[] {
  const submit = (page: Page) => page.locator('main form button[type="submit"]').click()
  const errorSummary = (page: Page) => page.locator('.error-summary').waitFor()
  return [
    { name: 'ingresar', open: (page) => cuenta.openIngresar(page) },
    {
      name: 'ingresar-error-claveunica',
      open: async (page) => {
        await page.goto('/ingresar?error=claveunica')
        await errorSummary(page)
      },
    },
    { name: 'ingresar-clave', open: (page) => cuenta.openPasswordSignIn(page) },
    {
      name: 'ingresar-clave-error',
      open: async (page) => {
        await cuenta.signInWithPassword(page, CITIZEN.run, 'no es la contraseña')
        await errorSummary(page)
      },
    },
    {
      name: 'registrarse',
      open: async (page) => {
        await page.goto('/registrarse')
        await page.locator('#run').fill(CITIZEN.run)
      },
    },
    {
      name: 'registrarse-error',
      open: async (page) => {
        await page.locator('#run').fill('12.345.678-9')
        await submit(page)
        await errorSummary(page)
      },
    },
    {
      name: 'revise-su-correo',
      open: async (page) => {
        await page.goto('/registrarse/revise-su-correo')
        await page.locator('.panel').waitFor()
      },
    },
    {
      name: 'verificar-correo-invalido',
      open: async (page) => {
        await page.goto(`/verificar-correo#${UNKNOWN_TOKEN}`)
        await page.locator('main a[href="/recuperar-clave"]').waitFor()
      },
    },
    {
      name: 'recuperar-clave',
      open: async (page) => {
        await page.goto('/recuperar-clave')
        await page.locator('#email').fill(CITIZEN.email)
      },
    },
    {
      name: 'recuperar-clave-enviado',
      open: async (page) => {
        await submit(page)
        await page.locator('.panel').waitFor()
      },
    },
    {
      name: 'restablecer-clave',
      open: async (page) => {
        await page.goto(`/restablecer-clave#${UNKNOWN_TOKEN}`)
        await page.locator('#password').waitFor()
      },
    },
    {
      name: 'restablecer-clave-error',
      open: async (page) => {
        await submit(page)
        await errorSummary(page)
      },
    },
    {
      name: 'mis-tramites',
      open: async (page) => {
        await cuenta.openPasswordSignIn(page)
        await cuenta.signInWithPassword(page, CITIZEN.run, CITIZEN.password)
        await page.waitForURL(/\/mis-tramites$/)
        await page.locator('.summary').waitFor()
      },
    },
    ...libroFirmado(),
    {
      name: 'funcionarios-ingresar-error',
      open: async (page) => {
        await cuenta.signOutFromHeader(page)
        await page.waitForURL(/\/$/)
        await funcionarios.openLogin(page)
        await submit(page)
        await errorSummary(page)
      },
    },
    {
      name: 'funcionarios-enrolar',
      open: async (page) => {
        await funcionarios.openLogin(page)
        await funcionarios.submitPassword(page, OFFICER.email, STAFF_PASSWORD)
        await page.locator('img.qr').waitFor()
      },
    },
    {
      name: 'funcionarios-codigo',
      open: async (page) => {
        await funcionarios.openLogin(page)
        await funcionarios.submitPassword(page, ADMIN.email, STAFF_PASSWORD)
      },
    },
    {
      name: 'funcionarios-activar',
      open: async (page) => {
        await page.goto(`/funcionarios/activar#${UNKNOWN_TOKEN}`)
        await page.locator('#password').waitFor()
      },
    },
    {
      name: 'funcionarios-inicio',
      open: async (page) => {
        await useSession(page.context(), server, adminCookie)
        await page.goto('/funcionarios')
        await page.locator('main a[href="/funcionarios/personal"]').waitFor()
      },
    },
    {
      name: 'funcionarios-personal',
      open: async (page) => {
        await page.locator('main a[href="/funcionarios/personal"]').click()
        await page.locator('.card').first().waitFor()
      },
    },
    {
      name: 'funcionarios-editar',
      open: async (page) => {
        await page.locator(`[data-staff-email="${OFFICER.email}"] a`).click()
        await page.locator('.danger-zone').waitFor()
      },
    },
    {
      name: 'funcionarios-nuevo-error',
      open: async (page) => {
        await page.goto('/funcionarios/personal/nuevo')
        await page.locator('#unidadCode optgroup').first().waitFor({ state: 'attached' })
        await submit(page)
        await errorSummary(page)
      },
    },
  ]
}

let server: PortalServer
let browser: Browser
let mailbox: Mailbox

beforeAll(async () => {
  buildPwa()
  mailbox = await startMailbox()
  // Every pass signs in again: rate limits off (they have tests of their own).
  server = await startPortal({
    env: { SMTP_URL: mailbox.url, MAINTENANCE_INTERVAL_MS: '200', DEMO_DATA: '1', RATE_LIMITS: '0' },
  })
  browser = await launchBrowser({ serviceWorker: false })
  // A citizen with a confirmed e-mail; an administrator signed in; an officer not yet enrolled.
  await api(server, '/api/auth/register', CITIZEN)
  const verification = await mailbox.link(CITIZEN.email, '/verificar-correo')
  await api(server, '/api/auth/verify-email', { token: verification.split('#')[1] })
  adminCookie = (await signedInStaffViaApi(server, ADMIN, STAFF_PASSWORD)).cookie
  const invitation = await createStaffWithCommand(server, { ...OFFICER, role: 'officer' })
  await api(server, '/api/auth/password', { token: invitation.split('#')[1], password: STAFF_PASSWORD })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await mailbox?.close()
})

/** What one pass over every screen found: axe violations, sideways scrolling, script errors. */
interface Findings {
  violations: Record<string, AxeViolation[]>
  overflows: string[]
  errors: string[]
}

/** Opens every screen in one language at one size, checks each with axe, photographs it if asked. */
async function checkScreens(code: 'es' | 'en' | 'ht', size: 'phone' | 'desktop'): Promise<Findings> {
  const viewport = size === 'phone' ? PHONE : DESKTOP
  // axe is injected as an inline script, which the portal's CSP rightly forbids.
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport,
    bypassCSP: true,
    locale: 'es-CL',
  })
  // Once for the whole pass, rather than sent over again after every page load.
  await context.addInitScript({ path: AXE_SCRIPT })
  const page = await context.newPage()
  const findings: Findings = { violations: {}, overflows: [], errors: [] }
  page.on('pageerror', (error) => findings.errors.push(error.message))
  await home.open(page)
  await home.switchLanguage(page, code)
  for (const screen of screens) {
    await screen.open(page)
    expect(await page.locator('html').getAttribute('lang')).toBe(code)
    const violations = await axeViolations(page)
    if (violations.length > 0) findings.violations[screen.name] = violations
    await photograph(page, `${screen.name}-${code}-${size}`)
    if (size === 'phone') {
      // The narrowest phone still in use: nothing may need sideways scrolling.
      await page.setViewportSize({ width: 320, height: 640 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      if (overflow > 0) findings.overflows.push(`${screen.name}: ${overflow}px`)
      await page.setViewportSize(viewport)
    }
  }
  await context.close()
  return findings
}

const clean: Findings = { violations: {}, overflows: [], errors: [] }

// Spanish at both sizes; English and Creole on a phone, where their longer words are likeliest to
// break a layout (the desktop layout is the same markup, and is checked in Spanish). Each pass
// walks every screen in one context, in order, so it has a limit of its own: on a loaded machine
// a pass took up to two minutes, the default limit for one test.
describe.each([
  ['es', 'phone'],
  ['es', 'desktop'],
  ['en', 'phone'],
  ['ht', 'phone'],
] as const)('every screen in %s on a %s', (code, size) => {
  it('has no axe-core violations (on a phone: nothing overflows at 320 px)', async () => {
    expect(await checkScreens(code, size)).toEqual(clean)
  }, 360_000)
})
