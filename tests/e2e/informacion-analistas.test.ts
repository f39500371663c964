import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as informacionEs } from '../../web/funcionarios/informacion/i18n/es.ts'
import type { AxeViolation } from './support/axe.ts'
import { launchBrowser } from './support/browser.ts'
import { signedInStaffViaApi } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, staffPage } from './support/staff-pages.ts'

const PASSWORD = 'Informacion-Anonima-2026'
const ADMIN = { email: 'carla.rojas@carabineros.example.cl', nombres: 'Carla', apellidos: 'Rojas' }
const ANA = { email: 'ana.soto@carabineros.example.cl', nombres: 'Ana', apellidos: 'Soto' }
const BETO = { email: 'beto.pino@carabineros.example.cl', nombres: 'Beto', apellidos: 'Pino' }
const DROGAS = 'OS-7 (Drogas)'
const FRASE = 'mi perro se llama Kaiser y ladra a las tres'

let server: PortalServer
let browser: Browser
const cookies = { admin: '', ana: '', beto: '' }
/** Each analyst's browser stays open the whole file: their key lives in its IndexedDB. */
const abiertos: BrowserContext[] = []

beforeAll(async () => {
  buildPwa()
  server = await startPortal({ env: { DEMO_DATA: '1' } })
  const [launched, admin, ana, beto] = await Promise.all([
    launchBrowser(),
    signedInStaffViaApi(server, { ...ADMIN, role: 'admin' }, PASSWORD),
    signedInStaffViaApi(server, { ...ANA, role: 'supervisor' }, PASSWORD),
    signedInStaffViaApi(server, { ...BETO, role: 'officer' }, PASSWORD),
  ])
  browser = launched
  cookies.admin = admin.cookie
  cookies.ana = ana.cookie
  cookies.beto = beto.cookie
}, 90_000)

afterAll(async () => {
  for (const context of abiertos) await context.close()
  await browser?.close()
  await server?.stop()
})

async function navegador(who: keyof typeof cookies): Promise<Page> {
  const { context, page } = await staffPage(browser, server, cookies[who])
  abiertos.push(context)
  return page
}

/** Axe in Spanish, English and Creole, no Spanish sentence left in the other two, no sideways scroll. */
async function inThreeLanguages(page: Page, name: string): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(informacionEs).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, `in-${name}`, found, { spanish })
  expect(found).toEqual({})
}

/** The administrator, by the visible labels: the capability ticked, then the person put on the drugs desk. */
async function hacerAnalista(page: Page, person: typeof ANA): Promise<void> {
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
  await page.getByLabel('Mesa', { exact: true }).selectOption({ label: DROGAS })
  await page.getByRole('button', { name: 'Poner en la mesa' }).click()
  await page.getByText(`${nombre} quedó en la mesa ${DROGAS}.`).waitFor()
}

/**
 * An analyst makes their key on this device from the staff home's entry (with a recovery
 * passphrase when given); answers its fingerprint.
 */
async function inscribirse(page: Page, frase?: string): Promise<string> {
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

describe('información anónima: the analysts’ keys in their browsers (decision 0049)', () => {
  it('an administrator puts two analysts on the drugs desk; Ana makes its key; Beto gets it from Ana’s «Pendientes»', async () => {
    const admin = await navegador('admin')
    await hacerAnalista(admin, ANA)
    await hacerAnalista(admin, BETO)
    await lookAt(admin, 'in-admin-mesas')

    // Ana enrols and gives the desk its first key, in her browser.
    const ana = await navegador('ana')
    await inscribirse(ana)
    await ana.getByText('La mesa aún no tiene clave').waitFor()
    await inThreeLanguages(ana, 'mi-clave')
    await ana.getByRole('link', { name: `Claves de la mesa ${DROGAS}` }).click()
    await ana.getByRole('button', { name: 'Crear la clave de la mesa (versión 1)' }).click()
    await ana.getByText('La mesa tiene la clave versión 1.').waitFor()
    await ana.getByText('Tiene la clave de la mesa (versión 1).').waitFor()
    await ana.getByText('Ningún colega espera la clave.').waitFor()

    // The desk now publishes a key a tipster's browser can encrypt to.
    const mesas = (await (await fetch(`${server.origin}/api/informacion/mesas`)).json()) as {
      id: string
      claveVersion: number | null
    }[]
    expect(mesas.find((m) => m.id === 'drogas')?.claveVersion).toBe(1)

    // Beto enrols: he waits, and Ana sees him pending under his key's fingerprint.
    const beto = await navegador('beto')
    const huellaBeto = await inscribirse(beto, FRASE)
    const [descarga] = await Promise.all([
      beto.waitForEvent('download'),
      beto.getByRole('link', { name: 'Descargar el archivo de recuperación' }).click(),
    ])
    const archivo = await descarga.path()
    await beto.getByRole('link', { name: `Claves de la mesa ${DROGAS}` }).click()
    await beto.getByText('Espera que un colega de la mesa le envuelva la clave (versión 1).').waitFor()
    await ana.reload()
    await ana.getByRole('heading', { name: `Colega con la clave ${huellaBeto}` }).waitFor()
    await ana.getByText('Versiones que le faltan: 1.').waitFor()
    await inThreeLanguages(ana, 'pendientes')
    await ana.getByRole('button', { name: 'Envolver la clave para este colega' }).click()
    await ana.getByText(`La clave quedó envuelta para el colega con la clave ${huellaBeto}.`).waitFor()
    await ana.getByText('Ningún colega espera la clave.').waitFor()

    // Beto's browser opens his copy with the key only it holds.
    await beto.reload()
    await beto.getByText('Tiene la clave de la mesa (versión 1).').waitFor()
    await lookAt(beto, 'in-mesa-beto')

    // On a new device Beto puts his key back from the recovery file: a wrong passphrase gets
    // nothing; the right one opens the desk's key again, nobody wrapping anew.
    const nuevo = await navegador('beto')
    await nuevo.goto('/funcionarios/informacion/mi-clave')
    await nuevo.getByText('Este equipo no tiene su clave.').waitFor()
    await nuevo.getByLabel('Archivo de recuperación').setInputFiles(archivo)
    await nuevo.getByLabel('Frase de recuperación', { exact: true }).fill('otra frase cualquiera')
    await nuevo.getByRole('button', { name: 'Recuperar mi clave' }).click()
    await nuevo.getByText('El archivo o la frase no sirven.').waitFor()
    await lookAt(nuevo, 'in-recuperar')
    await nuevo.getByLabel('Frase de recuperación', { exact: true }).fill(FRASE)
    await nuevo.getByRole('button', { name: 'Recuperar mi clave' }).click()
    await nuevo.getByText('Este equipo tiene de nuevo su clave.').waitFor()
    await nuevo.getByText(`Huella de su clave: ${huellaBeto}`).waitFor()
    await nuevo.getByText('Tiene la clave de la mesa (versión 1).').waitFor()

    // Ana rotates (both analysts are known to her browser? Beto holds every version: the server
    // lists him nowhere Ana can read his key, so the rotation is refused by name — decision 0049).
    await ana.getByRole('button', { name: 'Rotar la clave de la mesa (crear la versión 2)' }).click()
    await ana.getByText('No se pudo crear la versión nueva').waitFor()
  })
})
