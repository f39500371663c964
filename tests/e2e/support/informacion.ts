import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { messages as informacionEs } from '../../../web/funcionarios/informacion/i18n/es.ts'
import type { AxeViolation } from './axe.ts'
import { launchBrowser } from './browser.ts'
import { signedInStaffViaApi } from './identity.ts'
import { inspectScreen } from './inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './server.ts'
import { staffPage } from './staff-pages.ts'

/*
 * The analysts' screens of información anónima driven by their visible labels: an administrator
 * puts staff on a desk, an analyst makes their key in their browser (tests/e2e/informacion-*.test.ts).
 */

/**
 * Axe in Spanish, English and Creole, no Spanish sentence of the analysts' catalogue left in the
 * other two, no sideways scroll.
 *
 * @example
 * await inThreeLanguages(page, 'mi-clave')
 */
export async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(informacionEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `in-${name}`, found, { spanish })
  expect(found).toEqual({})
}

/**
 * The administrator, by the visible labels: the capability ticked, then the person put on the desk
 * of unit `mesa` (its name as the desks' list shows it).
 *
 * @example
 * await hacerAnalista(admin, { nombres: 'Ana', apellidos: 'Soto' }, 'OS-7 (Drogas)')
 */
export async function hacerAnalista(
  page: Page,
  person: { nombres: string; apellidos: string },
  mesa: string,
): Promise<void> {
  const nombre = `${person.nombres} ${person.apellidos}`
  const editar = async () => {
    await page.goto('/funcionarios/personal')
    await page.getByRole('link', { name: `Editar ${nombre}` }).click()
    await page.getByRole('heading', { name: `Editar a ${nombre}` }).waitFor()
  }
  await editar()
  await page.getByLabel('Analizar información anónima').check()
  await page.getByRole('button', { name: 'Guardar cambios' }).click()
  await page.getByText(`Se guardaron los cambios de ${nombre}.`).waitFor()
  await editar()
  await page.getByLabel('Mesa', { exact: true }).selectOption({ label: mesa })
  await page.getByRole('button', { name: 'Poner en la mesa' }).click()
  await page.getByText(`${nombre} quedó en la mesa ${mesa}.`).waitFor()
}

/**
 * An analyst makes their key on this device from the staff home's entry (with a recovery
 * passphrase when given); answers its fingerprint.
 *
 * @example
 * const huella = await inscribirse(page)
 */
export async function inscribirse(page: Page, frase?: string): Promise<string> {
  await page.goto('/funcionarios')
  await page.getByRole('link', { name: 'Mi clave de analista' }).click()
  await page.getByText('Este equipo no tiene su clave.').waitFor()
  if (frase) await page.getByLabel('Frase para recuperar su clave (opcional)').fill(frase)
  await page.getByRole('button', { name: 'Crear mi clave en este equipo' }).click()
  await page.getByText('Este equipo tiene ahora su clave.').waitFor()
  await page.getByText(/Huella de su clave: /).waitFor()
  const huella = /Huella de su clave: ([0-9A-F]{4}(?: [0-9A-F]{4}){4})/.exec(
    (await page.locator('main').textContent()) ?? '',
  )?.[1]
  if (!huella) throw new Error('no fingerprint shown')
  return huella
}

const PASSWORD = 'Informacion-Anonima-2026'
/** The staff of these files: an administrator and two future analysts. */
export const PERSONAS = {
  admin: { email: 'carla.rojas@carabineros.example.cl', nombres: 'Carla', apellidos: 'Rojas', role: 'admin' },
  ana: { email: 'ana.soto@carabineros.example.cl', nombres: 'Ana', apellidos: 'Soto', role: 'supervisor' },
  beto: { email: 'beto.pino@carabineros.example.cl', nombres: 'Beto', apellidos: 'Pino', role: 'officer' },
} as const
export const DROGAS = 'OS-7 (Drogas)'

/**
 * The file's portal (with the demo data) and its three staff signed in, set up before its tests
 * and closed after; `navegador(who)` opens a browser of theirs that stays open the whole file —
 * an analyst's key lives in its IndexedDB.
 *
 * @example
 * const escena = usarEscena()
 * const ana = await escena.navegador('ana')
 */
export function usarEscena() {
  let server: PortalServer | undefined
  let browser: Browser | undefined
  const cookies = { admin: '', ana: '', beto: '' }
  const abiertos: BrowserContext[] = []
  beforeAll(async () => {
    buildPwa()
    server = await startPortal({ env: { DEMO_DATA: '1' } })
    const portal = server
    const [launched, admin, ana, beto] = await Promise.all([
      // Staff screens only: no service worker (decision 0070).
      launchBrowser({ serviceWorker: false }),
      ...(['admin', 'ana', 'beto'] as const).map((who) =>
        signedInStaffViaApi(portal, PERSONAS[who], PASSWORD),
      ),
    ])
    browser = launched
    cookies.admin = admin?.cookie ?? ''
    cookies.ana = ana?.cookie ?? ''
    cookies.beto = beto?.cookie ?? ''
  })
  afterAll(async () => {
    for (const context of abiertos) await context.close()
    await browser?.close()
    await server?.stop()
  })
  const listo = () => {
    if (!server || !browser) throw new Error('the scene is not set up yet')
    return { server, browser }
  }
  return {
    origin: () => listo().server.origin,
    /** The portal's data folder (its libSQL file is `comisaria.db` there). */
    dataDir: () => listo().server.dataDir,
    async navegador(who: keyof typeof cookies): Promise<Page> {
      const { server: portal, browser: chromium } = listo()
      const { context, page } = await staffPage(chromium, portal, cookies[who])
      abiertos.push(context)
      return page
    },
  }
}
