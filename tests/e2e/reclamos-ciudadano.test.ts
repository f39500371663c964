import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { archivos, casos, reclamos } from '../../db/schema/index.ts'
import { messages as reclamoEs } from '../../web/reclamos/i18n/es.ts'
import { messages as inicioEs } from '../../web/reclamos/inicio/i18n/es.ts'
import type { Database } from '../../worker/ports.ts'
import { camposReclamo, tiposReclamo } from '../../worker/reclamos/palabras.ts'
import { fileOf, sha256Of } from '../support/archivos.ts'
import { pdfText } from '../support/pdf.ts'
import type { AxeViolation } from './support/axe.ts'
import { waitForServiceWorker } from './support/browser.ts'
import {
  CITIZENS,
  type CitizenPortal,
  CLAVEUNICA_PASSWORD,
  startCitizenPortal,
} from './support/constancia.ts'
import { continuar, denunciaPhone, waitPath } from './support/denuncias.ts'
import { api, signedInStaffViaApi } from './support/identity.ts'
import { inspectScreen } from './support/inspect.ts'
import { claveUnica } from './support/pages.ts'
import { conRed, enviadoUnaVez, sinRed } from './support/sin-conexion.ts'

/**
 * Issue 18, the citizen's side of a complaint (points 1, 3, 8): from the home page's card to the
 * receipt with a photo, its número, its PDF and its due date; and one filled with no network,
 * queued, landing exactly once with its photo when the link returns.
 */
let portal: CitizenPortal | undefined
let db: Database
let closeDb: () => void

beforeAll(async () => {
  portal = await startCitizenPortal()
  const opened = await openFileDatabase(`file:${join(portal.server.dataDir, 'comisaria.db')}`)
  db = opened.db
  closeDb = () => opened.client.close()
})
afterAll(async () => {
  closeDb?.()
  await portal?.stop()
})

function started(): CitizenPortal {
  if (!portal) throw new Error('the portal did not start')
  return portal
}

/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const SPANISH = [inicioEs, reclamoEs].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)
const RELATO =
  'El funcionario me gritó y se negó a recibir mi denuncia por el robo de mi bicicleta, sin darme razones.'
const main = async (page: Page) => (await page.locator('main').textContent()) ?? ''
const inspect = (
  page: Page,
  name: string,
  found: Record<string, AxeViolation[]>,
  languages: ('es' | 'en' | 'ht')[] = ['es'],
) => inspectScreen(page, `reclamos-${name}`, found, { languages, spanish: SPANISH })

/** "Continuar", then waits for the next page of the form. */
async function to(page: Page, paso: string): Promise<void> {
  await continuar(page)
  await waitPath(page, `/reclamos/${paso}`)
}

/** What happened, when, where and who, from the first page of the form to the witnesses. */
async function hastaTestigos(page: Page): Promise<void> {
  await page.getByLabel(reclamoEs['relato.title']).fill(RELATO)
  await to(page, 'cuando')
  await page.getByLabel('Fecha en que ocurrió').fill(localDate(new Date(Date.now() - 3 * 86_400_000)))
  await page.getByLabel('Hora aproximada').fill('10:15')
  await to(page, 'donde')
  await page.getByLabel('Comuna', { exact: true }).selectOption('13101')
  await page
    .getByLabel('Dirección o descripción del lugar')
    .fill('Comisaría de Santiago Centro, mesón de atención')
  await to(page, 'quien')
  // The units nearest the comuna, from the portal's own list.
  const unidad = page.getByLabel('Unidad policial')
  await unidad.locator('option').nth(1).waitFor({ state: 'attached' })
  await unidad.selectOption({ index: 1 })
  await page.getByLabel('Grado del funcionario').fill('Cabo 2°')
  await page.getByLabel('Número del vehículo policial').fill('RP-1234')
  await to(page, 'testigos')
}

/** A photo's file as Playwright's chooser takes it. */
const foto = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: Buffer.from(bytes),
})

/** From the evidence page to «Enviar reclamo»: what is asked for, the e-mail, the review, the declaration. */
async function enviarDesdeArchivos(page: Page, email: string): Promise<void> {
  await to(page, 'peticion')
  await page
    .getByLabel(reclamoEs['peticion.title'])
    .fill('Que se revise el procedimiento y se me pidan disculpas.')
  await to(page, 'contacto')
  await page.getByLabel('Correo electrónico').fill(email)
  await to(page, 'revisar')
  await page.getByLabel('Declaro que los hechos que relato son verdaderos').check()
  await page.getByRole('button', { name: reclamoEs['revisar.enviar'] }).click()
}

/**
 * ClaveÚnica from the sign-in page the form sends a signed-out citizen to, back to the start page,
 * «Comenzar», and the first question: what the complaint is about (axe-checked when `found` is given).
 */
async function ingresar(page: Page, found?: Record<string, AxeViolation[]>): Promise<void> {
  const { server } = started()
  await waitPath(page, '/ingresar')
  await page.locator('button.button-cu').click()
  await page.waitForURL((url) => url.origin === server.claveUnicaOrigin)
  await claveUnica.signIn(page, CITIZENS.valentina.run, CLAVEUNICA_PASSWORD)
  await waitPath(page, '/reclamos')
  await page.getByRole('link', { name: inicioEs['inicio.comenzar'] }).click()
  await waitPath(page, '/reclamos/tipo')
  await page.getByRole('heading', { name: camposReclamo.es.tipoReclamo }).waitFor()
  if (found) await inspect(page, 'tipo', found, ['es', 'en', 'ht'])
  await page.getByLabel(tiposReclamo.es.negativa_atencion).check()
  await to(page, 'relato')
}

describe('Reclamos, the citizen’s side', () => {
  let context: BrowserContext
  /** The first test's complaint, which the third has the office answer. */
  let enviado = ''

  it('a complaint with a photo from the home page to the receipt: the número, the PDF read back, the due date on its page', async () => {
    const { browser, proxy } = started()
    context = await denunciaPhone(browser, proxy.origin)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const found: Record<string, AxeViolation[]> = {}

    await page.goto('/')
    await page.locator('.services a[href="/reclamos"]').click()
    await page.getByRole('heading', { name: inicioEs['inicio.title'] }).waitFor()
    await inspect(page, 'inicio', found, ['es', 'en', 'ht'])
    await page.getByRole('link', { name: inicioEs['inicio.comenzar'] }).click()
    await ingresar(page, found)
    // Too short: named in the summary by its label, in the API's words.
    await page.getByLabel(reclamoEs['relato.title']).fill('Me trató mal.')
    await continuar(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain('al menos 30 caracteres')
    await inspect(page, 'relato-error', found, ['es', 'en', 'ht'])
    await hastaTestigos(page)
    await page.getByRole('button', { name: reclamoEs['testigos.agregar'] }).click()
    await page.getByLabel('Nombre del testigo 1').fill('Rosa Díaz')
    await to(page, 'archivos')
    const FOTO = { name: 'meson.jpg', bytes: fileOf('jpeg', 40_000) }
    await page.getByLabel(reclamoEs['archivos.title']).setInputFiles([foto(FOTO.name, FOTO.bytes)])
    await page.locator('.archivos__item', { hasText: FOTO.name }).getByText('Subido').waitFor()
    await inspect(page, 'archivos', found)
    await to(page, 'peticion')
    await page
      .getByLabel(reclamoEs['peticion.title'])
      .fill('Que se revise el procedimiento y se me pidan disculpas.')
    await to(page, 'contacto')
    await page.getByLabel('Correo electrónico').fill('valentina.reclamo@example.cl')
    await to(page, 'revisar')
    const review = await main(page)
    for (const shown of [
      tiposReclamo.es.negativa_atencion,
      'Santiago',
      'Cabo 2°',
      'RP-1234',
      'Rosa Díaz',
      FOTO.name,
      'valentina.reclamo@example.cl',
    ])
      expect(review, shown).toContain(shown)
    // Unticked: the declaration is named.
    await page.getByRole('button', { name: reclamoEs['revisar.enviar'] }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary').textContent()).toContain(
      'Declaro que los hechos que relato son verdaderos',
    )
    await inspect(page, 'revisar', found, ['es', 'en', 'ht'])
    await page.getByLabel('Declaro que los hechos que relato son verdaderos').check()
    await page.getByRole('button', { name: reclamoEs['revisar.enviar'] }).click()

    // The número, large and grouped; the due date with the working days left; the receipt.
    await page.waitForURL((url) => /^\/reclamos\/[A-Z2-9]{10}$/.test(url.pathname), { timeout: 30_000 })
    const numero = new URL(page.url()).pathname.split('/').pop() ?? ''
    enviado = numero
    const grouped = `${numero.slice(0, 3)} ${numero.slice(3, 6)} ${numero.slice(6)}`
    await page.locator('.panel__numero').waitFor()
    expect(await page.locator('.panel__numero').textContent()).toBe(grouped)
    expect(await page.locator('.rc-plazo').textContent()).toMatch(/Plazo de respuesta: .*\d{4}/)
    await page.locator('.caso-historia').waitFor()
    await inspect(page, 'recibido', found, ['es', 'en', 'ht'])
    const cookie = (await context.cookies(proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
    const href = await page.getByRole('link', { name: reclamoEs.pdf }).getAttribute('href')
    const response = await fetch(`${proxy.origin}${href}`, { headers: { cookie } })
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const text = pdfText(new Uint8Array(await response.arrayBuffer()))
    expect(text).toContain(grouped)
    expect(text.replace(/\s+/g, '')).toContain(FOTO.name)

    // Its page, opened again: the due date stays in view, with the state.
    await page.goto(`/reclamos/${numero}`)
    await page.locator('.caso-historia').waitFor()
    expect(await page.locator('.rc-plazo').textContent()).toMatch(/Plazo de respuesta: .*\d{4}/)
    expect(await main(page)).toContain('Recibido')
    // "Mis trámites" lists it with its state and due date, linked to its page.
    await page.goto('/mis-tramites')
    const mios = page.locator('section[aria-labelledby="mis-reclamos"]')
    await mios.getByText(/Recibido · .* Plazo de respuesta: /).waitFor()
    expect(await mios.locator(`a[href="/reclamos/${numero}"]`).textContent()).toBe(grouped)
    expect(found).toEqual({})
    expect(errors).toEqual([])
  })

  it('answered by the office: the citizen says whether it satisfied them, then reopens it once, on a new due date', async () => {
    const { server } = started()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const found: Record<string, AxeViolation[]> = {}
    const oficina = await signedInStaffViaApi(
      server,
      {
        email: 'oficina.reclamos@carabineros.example.cl',
        nombres: 'Olga',
        apellidos: 'Reyes',
        role: 'admin',
      },
      'Mesa-de-atencion-2026!',
    )
    const respuesta = 'Se revisó su reclamo con la unidad y se instruyó al funcionario sobre el trato debido.'
    for (const body of [{ accion: 'analizar' }, { accion: 'contestar', texto: respuesta }]) {
      const r = await api(server, `/api/funcionarios/casos/${enviado}/acciones`, body, oficina.cookie)
      expect(r.status, JSON.stringify(r.json)).toBe(200)
    }
    await page.goto(`/reclamos/${enviado}`)
    await page.getByRole('group', { name: reclamoEs['valorar.title'] }).waitFor()
    // The office's answer, in its words, with its signed PDF.
    await page.getByText(respuesta).waitFor()
    // Read back through its link, by the link's words: the answer is in the signed PDF.
    const pdfHref = await page.getByRole('link', { name: reclamoEs['respuesta.pdf'] }).getAttribute('href')
    const pdf = await page.request.get(pdfHref ?? '')
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect(pdfText(new Uint8Array(await pdf.body())).replace(/\s+/g, ' ')).toContain(
      'instruyó al funcionario',
    )
    // Decided: no due date any more; the rating and the reopening offered.
    expect(await page.locator('.rc-plazo').count()).toBe(0)
    await page.getByRole('button', { name: reclamoEs['valorar.enviar'] }).click()
    await page
      .locator('.error-summary', { hasText: `«${reclamoEs['valorar.title']}» es obligatorio.` })
      .waitFor()
    await page.getByLabel(reclamoEs['valorar.no']).check()
    await page.getByLabel(reclamoEs['valorar.comentario']).fill('No se refirió a lo que pedí.')
    await page.getByRole('button', { name: reclamoEs['valorar.enviar'] }).click()
    await page.getByText(reclamoEs['valorar.dada.no']).waitFor()
    await inspect(page, 'valorado', found, ['es', 'en', 'ht'])
    await page.getByLabel(reclamoEs['reabrir.motivo']).fill('Corto.')
    await page.getByRole('button', { name: reclamoEs['reabrir.enviar'] }).click()
    await page.locator('.error-summary', { hasText: reclamoEs['reabrir.requerido'] }).waitFor()
    await page
      .getByLabel(reclamoEs['reabrir.motivo'])
      .fill('La respuesta no considera la foto del mesón que adjunté al reclamo.')
    await page.getByRole('button', { name: reclamoEs['reabrir.enviar'] }).click()
    // Back in analysis on a new legal term: the due date again, and the reopening said once.
    await page.locator('.rc-plazo').waitFor()
    expect(await page.locator('.rc-plazo').textContent()).toMatch(/quedan \d+ días hábiles/)
    expect(await main(page)).toContain('La respuesta no considera la foto del mesón')
    // The case's history, read again, has the rating and the reopening.
    await page.locator('.caso-historia').getByText('Usted lo reabrió: vuelve a análisis').waitFor()
    expect(await page.getByRole('button', { name: reclamoEs['reabrir.enviar'] }).count()).toBe(0)
    await inspect(page, 'reabierto', found)
    expect(found).toEqual({})
    expect(errors).toEqual([])
    await context.close()
  })

  it('filled with no network on a second visit: the draft kept, the send queued, landing exactly once with its photo', async () => {
    const { browser, proxy } = started()
    context = await denunciaPhone(browser, proxy.origin)
    const first = await context.newPage()
    // The first visit, online: signed in, the unit chosen, the service worker installed.
    await first.goto('/reclamos/relato')
    await ingresar(first)
    await hastaTestigos(first)
    await waitForServiceWorker(first)
    await first.close()

    const { page, errors } = await sinRed(context, proxy)
    await page.goto('/reclamos/testigos')
    await page.getByRole('heading', { name: reclamoEs['testigos.title'] }).waitFor()
    await to(page, 'archivos')
    const FOTO = { name: 'patrulla.jpg', bytes: fileOf('jpeg', 30_000) }
    await page.getByLabel(reclamoEs['archivos.title']).setInputFiles([foto(FOTO.name, FOTO.bytes)])
    await page
      .locator('.archivos__item', { hasText: FOTO.name })
      .getByText('Se subirá cuando vuelva la conexión')
      .waitFor()
    await enviarDesdeArchivos(page, 'valentina.sin.red@example.cl')
    await page.waitForURL((url) => url.pathname.startsWith('/reclamos/envio/'), { timeout: 30_000 })
    await page.getByRole('heading', { name: reclamoEs['espera.title'] }).waitFor()
    const antes = (await db.select().from(reclamos)).length
    const enviados = proxy.posts('/api/reclamos')

    // The link returns: the photo goes up, then the complaint, whose page then shows.
    await conRed(context, proxy)
    await page.waitForURL((url) => /^\/reclamos\/[A-Z2-9]{10}$/.test(url.pathname), { timeout: 45_000 })
    const numero = new URL(page.url()).pathname.split('/').pop() ?? ''
    await page.locator('.panel__numero').waitFor()
    const [caso] = await db.select({ id: casos.id }).from(casos).where(eq(casos.numero, numero))
    const fotos = await db
      .select({ nombre: archivos.nombre, sha256: archivos.sha256 })
      .from(archivos)
      .where(eq(archivos.casoId, caso?.id ?? 'none'))
    expect(fotos).toEqual([{ nombre: FOTO.name, sha256: sha256Of(FOTO.bytes) }])
    // Reloaded and replayed again: nothing more is sent.
    await enviadoUnaVez(page, proxy, '/api/reclamos', enviados)
    expect((await db.select().from(reclamos)).length).toBe(antes + 1)
    expect(errors).toEqual([])
    await context.close()
  })
})
