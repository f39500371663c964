import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './support/browser.ts'
import { signedInStaffViaApi } from './support/identity.ts'
import { hacerAnalista, inscribirse, inThreeLanguages } from './support/informacion.ts'
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

describe('información anónima: the analysts’ keys in their browsers (decision 0049)', () => {
  it('an administrator puts two analysts on the drugs desk; Ana makes its key; Beto gets it from Ana’s «Pendientes»', async () => {
    const admin = await navegador('admin')
    await hacerAnalista(admin, ANA, DROGAS)
    await hacerAnalista(admin, BETO, DROGAS)
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
