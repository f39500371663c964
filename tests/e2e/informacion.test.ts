import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { informaciones } from '../../db/schema/index.ts'
import { messages as formsEn } from '../../web/i18n/en.ts'
import { messages as formsHt } from '../../web/i18n/ht.ts'
import { abrirJson, derivarRecibo, infoMesa, leerRecibo } from '../../web/informacion/cripto.ts'
import { messages as tipEn } from '../../web/informacion/i18n/en.ts'
import { messages as tipHt } from '../../web/informacion/i18n/ht.ts'
import type { TipPlano } from '../../web/informacion/texto-plano.ts'
import { bytesUnder, hits, mesaConClave } from '../support/informacion.ts'
import { axeViolations } from './support/axe.ts'
import { CHROMIUM, DESKTOP, launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { photograph } from './support/shots.ts'

/*
 * Información anónima, the tipster's side (issue 17, points 1–4 and 7): a drugs tip sent through
 * the real PWA against a desk whose key this test made, opened with that key; nothing kept on the
 * device; and the same with cookies and storage blocked, as a private window may have them. Opted
 * in to the offline kit (decision 0045 §13): the pages' service worker, and a tip sent with no
 * network sealed at once — its receipt key shown, never stored — queued as ciphertext, and sent
 * exactly once, the proof of work paid in the page, when the link returns.
 */

let server: PortalServer
let browser: Browser
let desk: CryptoKeyPair
const MARCADOR = `Venden pasta base en el pasaje ${crypto.randomUUID().slice(0, 8)}`
const OFFLINE = `Bodega de pasta base en calle ${crypto.randomUUID().slice(0, 8)}`

beforeAll(async () => {
  buildPwa()
  server = await startPortal()
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    // Only the drugs desk gets a key: the vehicles' and organised crime's take no tips yet.
    desk = await mesaConClave(db, 'drogas')
  } finally {
    client.close()
  }
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function tipsGuardados() {
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    return await db.select().from(informaciones)
  } finally {
    client.close()
  }
}

const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar' }).click()

/** On the start page: a drugs tip begun and its first question answered; the draft kept on the device if asked. */
async function empezarTip(page: Page, que: string, guardar = false): Promise<void> {
  if (guardar) await page.getByLabel('Guardar el borrador en este dispositivo').check()
  await page.getByLabel('Drogas', { exact: true }).check()
  await page.getByRole('button', { name: 'Comenzar' }).click()
  await page.getByLabel('¿Qué está pasando?').fill(que)
}

/** Fills a drugs tip from the start page to the receipt key, by the visible labels; returns the key. */
async function enviarTipDeDrogas(
  page: Page,
  marcador: string,
  fotos = '',
  accesible = false,
  respuestaPerdida = false,
): Promise<string> {
  // axe on the screens as the tipster sees them (a context that bypasses the CSP to inject it).
  const axe = async () => {
    if (accesible) expect(await axeViolations(page)).toEqual([])
  }
  await page.goto('/informacion')
  await expect
    .poll(() => page.getByText('Este formulario no pide su nombre').count(), { timeout: 15_000 })
    .toBe(1)
  await page.getByText('No escriba su nombre ni detalles que solo usted podría conocer').waitFor()
  // A desk without a key says so, in words.
  await page.getByText('OS-7', { exact: false }).first().waitFor()
  await photograph(page, `informacion-inicio${fotos}`)
  await axe()
  await empezarTip(page, marcador)
  await continuar(page)

  // Where: the comuna is required, the error summary names it.
  await page.getByRole('heading', { name: '¿Dónde ocurre?' }).waitFor()
  await continuar(page)
  await page.getByRole('link', { name: '«Comuna» es obligatorio.' }).waitFor()
  await page.getByLabel('Comuna').selectOption({ label: 'Santiago' })
  await page.getByLabel('Lugar (opcional)').fill('Pasaje Los Aromos, frente a la plaza')
  await photograph(page, `informacion-donde${fotos}`)
  await continuar(page)

  await page.getByLabel('¿Cuándo ocurre o ocurrió? (opcional)').fill('Todas las noches desde marzo')
  await continuar(page)

  await page.getByRole('button', { name: 'Agregar una persona' }).click()
  await page.getByLabel('Descripción').fill('Hombre de unos 30 años, polerón rojo')
  await page.getByLabel('Apodo o alias (opcional)').fill('El Rucio')
  await continuar(page)

  // A plate in neither Chilean format is refused, naming the vehicle's plate.
  await page.getByRole('button', { name: 'Agregar un vehículo' }).click()
  await page.getByLabel('Patente (opcional)').fill('ABCD12')
  await page.getByLabel('Color (opcional)').fill('Gris')
  await continuar(page)
  await page.getByRole('link', { name: /^Vehículo 1: Escriba la patente como BBBB12/ }).waitFor()
  await photograph(page, `informacion-patente${fotos}`)
  await axe()
  await page.getByLabel('Patente (opcional)').fill('bb·bb·12')
  await page.getByLabel('Marca y modelo (opcional)').fill('Toyota Yaris')
  await continuar(page)

  await page.getByLabel('¿Algo más? (opcional)').waitFor()
  await continuar(page)
  await page.getByRole('heading', { name: 'Fotos y archivos (opcional)' }).waitFor()
  await continuar(page)

  await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
  await page.getByText(marcador).waitFor()
  await photograph(page, `informacion-revisar${fotos}`)
  await axe()
  await page.getByRole('button', { name: 'Enviar la información' }).click()
  if (respuestaPerdida) {
    // The answer was lost on the way back: the page says so, and the same press sends it again.
    await page.getByText('No se pudo enviar: no hay conexión').waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Enviar la información' }).click()
  }

  await page.getByRole('heading', { name: 'Información enviada' }).waitFor({ timeout: 30_000 })
  await page.getByText('Esta clave no se puede recuperar').waitFor()
  await page.getByText('/informacion/volver').waitFor()
  await photograph(page, `informacion-recibo${fotos}`)
  await axe()
  const recibo = await page.locator('[data-recibo]').getAttribute('data-recibo')
  expect(recibo).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/)
  return recibo ?? ''
}

/** The tip stored for `recibo`, opened with the desk's key as its analyst would. */
async function abrirTip(recibo: string): Promise<TipPlano> {
  const clave = await leerRecibo(recibo)
  if (!clave) throw new Error('not a receipt key')
  const { reciboHash, respuestaClave } = await derivarRecibo(clave)
  const fila = (await tipsGuardados()).find((t) => t.reciboHash === reciboHash)
  if (!fila) throw new Error('tip not stored')
  expect(fila.mesa).toBe('drogas')
  expect(fila.respuestaClave).toBe(respuestaClave)
  expect(fila.cifrado).not.toContain(MARCADOR)
  return abrirJson<TipPlano>(desk.privateKey, infoMesa('drogas', fila.claveVersion), fila)
}

/** What the device keeps after the visit: cookies, localStorage, IndexedDB, caches, service workers. */
async function loQueQueda(context: BrowserContext, page: Page) {
  const enLaPagina = await page.evaluate(async () => ({
    localStorage: (() => {
      try {
        return localStorage.length
      } catch {
        return 0
      }
    })(),
    indexedDB: (await indexedDB.databases().catch(() => [])).map((d) => d.name),
    caches: await caches.keys().catch(() => []),
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations().catch(() => []))?.length ?? 0,
  }))
  return { cookies: (await context.cookies()).length, ...enLaPagina }
}

/** The outbox's items as IndexedDB holds them (none when the database was never made). */
function enLaCola(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const bases = await indexedDB.databases()
    if (!bases.some((b) => b.name === 'comisaria-outbox')) return []
    return new Promise<unknown[]>((resolve, reject) => {
      const pedido = indexedDB.open('comisaria-outbox')
      pedido.onerror = () => reject(pedido.error)
      pedido.onsuccess = () => {
        const todo = pedido.result.transaction('items').objectStore('items').getAll()
        todo.onsuccess = () => {
          pedido.result.close()
          resolve(todo.result)
        }
      }
    })
  })
}

describe('información anónima, the tipster (Chromium)', () => {
  it('sends a drugs tip the desk opens, shows the receipt key once, and keeps nothing on the device', async () => {
    // A phone with a unique agent, behind a proxy and a CDN that name a unique address (point 2).
    const unico = crypto.randomUUID()
    const agente = `AgenteUnico/${unico}`
    const reenviada = `198.51.100.${Math.floor(Math.random() * 200) + 1}, ip-${unico.slice(0, 8)}`
    const borde = `2001:db8::${unico.slice(0, 4)}`
    const context = await newPhoneContext(browser, server.origin, {
      bypassCSP: true,
      userAgent: agente,
      extraHTTPHeaders: { 'X-Forwarded-For': reenviada, 'CF-Connecting-IP': borde },
    })
    const page = await context.newPage()
    const ajenas: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== server.origin) ajenas.push(request.url())
    })
    const recibo = await enviarTipDeDrogas(page, MARCADOR, '', true)

    const tip = await abrirTip(recibo)
    expect(tip).toMatchObject({
      v: 1,
      categoria: 'drogas',
      idioma: 'es',
      archivos: [],
      respuestas: {
        que: MARCADOR,
        comuna: '13101',
        lugar: 'Pasaje Los Aromos, frente a la plaza',
        cuando: 'Todas las noches desde marzo',
        quienes: [{ descripcion: 'Hombre de unos 30 años, polerón rojo', alias: 'El Rucio' }],
        vehiculos: [{ patente: 'BBBB12', marca: 'Toyota Yaris', color: 'Gris' }],
      },
    })

    expect(await loQueQueda(context, page)).toEqual({
      cookies: 0,
      localStorage: 0,
      indexedDB: [],
      caches: [],
      serviceWorkers: 0,
    })
    expect(ajenas).toEqual([])

    // No trace of the sender, and no plaintext, in the database's files (WAL included) or the
    // server's log; the receipt's hash is there (the search reads the files the tip is in).
    const clave = await leerRecibo(recibo)
    if (!clave) throw new Error('not a receipt key')
    const bytes = bytesUnder(server.dataDir, (name) => name.startsWith('comisaria.db'))
    const log = Buffer.from(server.output())
    expect(hits(bytes, (await derivarRecibo(clave)).reciboHash)).toBeGreaterThan(0)
    for (const traza of [agente, unico, reenviada, borde, MARCADOR, recibo]) {
      expect(hits(bytes, traza), `${traza} in the database`).toBe(0)
      expect(hits(log, traza), `${traza} in the log`).toBe(0)
    }

    // The key is shown once: the page reloaded has none to show.
    await page.reload()
    await page.getByRole('heading', { name: 'No hay una clave que mostrar' }).waitFor()
    await context.close()
  })

  it('says a desk without a key cannot take tips now, and takes the language from the address only', async () => {
    const context = await browser.newContext({ baseURL: server.origin, viewport: DESKTOP, locale: 'es-CL' })
    const page = await context.newPage()
    await page.goto('/informacion?lang=en')
    await page.getByRole('heading', { name: 'Anonymous information' }).waitFor()
    const vehiculos = page.locator('.radios__item', { hasText: 'Vehicles' })
    await expect.poll(() => vehiculos.textContent()).toContain('cannot take information right now')
    await photograph(page, 'informacion-inicio-en-desktop')
    await page.getByLabel('Vehicles', { exact: true }).check()
    await page.getByRole('button', { name: 'Start' }).click()
    await page
      .getByRole('link', { name: 'The team of this category cannot take information right now.' })
      .waitFor()
    // Choosing Kreyòl changes the address, not the device.
    await page.getByRole('button', { name: 'Kreyòl ayisyen' }).click()
    await page.getByRole('heading', { name: 'Enfòmasyon anonim' }).waitFor()
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ht')
    expect(await context.cookies()).toEqual([])
    await context.close()
  })

  it('takes a tip in English and in Creole, by their labels, axe clean from the start page to the receipt key', async () => {
    const context = await newPhoneContext(browser, server.origin, { bypassCSP: true })
    const page = await context.newPage()
    const axe = async () => expect(await axeViolations(page)).toEqual([])
    for (const [lang, w, f] of [
      ['en', tipEn, formsEn],
      ['ht', tipHt, formsHt],
    ] as const) {
      const seguir = () => page.getByRole('button', { name: f['form.continue'], exact: true }).click()
      await page.goto(`/informacion?lang=${lang}`)
      await page.getByRole('heading', { name: w['inf.anon.title'] }).waitFor({ timeout: 15_000 })
      await page.getByText(w['inf.noEscriba.body']).waitFor()
      await axe()
      await page.getByLabel(w['inf.cat.drogas'], { exact: true }).check()
      await page.getByRole('button', { name: w['inf.start'] }).click()
      await page.getByLabel(w['inf.q.que']).fill(`${MARCADOR} (${lang})`)
      await axe()
      await seguir()
      await page.getByLabel(w['inf.q.donde.comuna']).selectOption({ label: 'Santiago' })
      await axe()
      await seguir()
      await page.getByLabel(w['inf.q.cuando']).waitFor()
      await seguir()
      await page.getByText(w['inf.q.quienes'], { exact: true }).first().waitFor()
      await seguir()
      await page.getByText(w['inf.q.vehiculos'], { exact: false }).first().waitFor()
      await seguir()
      await page.getByLabel(w['inf.q.mas']).waitFor()
      await seguir()
      await page.getByRole('heading', { name: w['inf.archivos.title'] }).waitFor()
      await axe()
      await seguir()
      await page.getByRole('heading', { name: f['form.checkTitle'] }).waitFor()
      await axe()
      await page.getByRole('button', { name: w['inf.enviar'] }).click()
      await page.getByRole('heading', { name: w['inf.recibo.title'] }).waitFor({ timeout: 30_000 })
      await axe()
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    }
    await context.close()
  })

  it('asks before a page holding an unsent draft is left or reloaded, having said so beforehand', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    await page.goto('/informacion')
    await page.getByText('si la recarga o la cierra antes de enviar, se pierde', { exact: false }).waitFor()
    await empezarTip(page, 'Solo en esta página')
    const preguntas: string[] = []
    page.on('dialog', async (dialog) => {
      preguntas.push(dialog.type())
      await dialog.dismiss()
    })
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => preguntas).toEqual(['beforeunload'])
    // Dismissed, the page stays with what was written.
    expect(page.isClosed()).toBe(false)
    expect(await page.getByLabel('¿Qué está pasando?').inputValue()).toBe('Solo en esta página')
    await context.close()
  })

  it('keeps the draft on the device only when asked, after a warning, and erases it when asked', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    await page.goto('/informacion')
    await page.getByText('no lo marque en un dispositivo compartido', { exact: false }).waitFor()
    await empezarTip(page, 'Guardado para después', true)
    await page.getByText('El borrador se guarda en este dispositivo hasta que lo envíe.').waitFor()
    await continuar(page)
    await page.getByRole('heading', { name: '¿Dónde ocurre?' }).waitFor()

    // A new visit (the kept draft asks nothing on leaving) finds it only when asked to.
    await page.goto('/informacion')
    await page.getByRole('button', { name: 'Continuar el borrador guardado en este dispositivo' }).click()
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await page.getByText('Guardado para después').waitFor()

    await page.getByRole('link', { name: /^Cambiar\s+categoría$/ }).click()
    await page.getByLabel('Guardar el borrador en este dispositivo').uncheck()
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise((resolve) => {
              const pedido = indexedDB.open('comisaria-drafts')
              pedido.onsuccess = () => {
                const leer = pedido.result
                  .transaction('drafts')
                  .objectStore('drafts')
                  .get('informacion-anonima')
                leer.onsuccess = () => resolve(leer.result ?? null)
              }
            }),
        ),
      )
      .toBeNull()
    await context.close()
  })

  it('works with cookies and site data blocked, as a private window may have them; a lost answer sent again is one tip', async () => {
    // Chromium's own "block all cookies" setting (site data included): localStorage and
    // sessionStorage throw, IndexedDB refuses. The profile's preferences set it before the start.
    const perfil = mkdtempSync(join(tmpdir(), 'cv-sin-cookies-'))
    mkdirSync(join(perfil, 'Default'))
    writeFileSync(
      join(perfil, 'Default', 'Preferences'),
      JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
    )
    const context = await chromium.launchPersistentContext(perfil, {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      baseURL: server.origin,
      viewport: DESKTOP,
      locale: 'es-CL',
    })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const errores: string[] = []
      page.on('pageerror', (error) => errores.push(error.message))
      await page.goto('/informacion')
      // The setting is in force: the page cannot use storage.
      expect(
        await page.evaluate(() => {
          try {
            localStorage.getItem('x')
            return 'available'
          } catch {
            return 'blocked'
          }
        }),
      ).toBe('blocked')
      // Asked to keep the draft, the page says it cannot, and the box is left unticked.
      const guardar = page.getByLabel('Guardar el borrador en este dispositivo')
      await guardar.click()
      await page.getByText('Este navegador no permite guardar el borrador').waitFor()
      expect(await guardar.isChecked()).toBe(false)
      // The first answer to the tip is lost after the server kept it (the link dropped on the way
      // back): the page sends the same body again, and the server answers it as the first.
      let perdida = false
      await page.route('**/api/informacion?lang=*', async (route) => {
        if (perdida) return route.fallback()
        perdida = true
        const respuesta = await route.fetch()
        expect(respuesta.status()).toBe(201)
        await route.abort('connectionreset')
      })
      const antes = (await tipsGuardados()).length
      const marcador = `${MARCADOR} (sin cookies)`
      const recibo = await enviarTipDeDrogas(page, marcador, '-sin-cookies', false, true)
      expect(perdida).toBe(true)
      expect((await abrirTip(recibo)).respuestas.que).toBe(marcador)
      expect((await tipsGuardados()).length).toBe(antes + 1)
      expect(errores).toEqual([])
      expect(await context.cookies()).toEqual([])
    } finally {
      await context.close()
      rmSync(perfil, { recursive: true, force: true })
    }
  })

  it('seals a tip sent offline, shows its key, queues only ciphertext, and sends it once when the link returns', async () => {
    const context = await newPhoneContext(browser, server.origin)
    const page = await context.newPage()
    await page.goto('/informacion')
    await page.getByText('OS-7', { exact: false }).first().waitFor()
    await empezarTip(page, OFFLINE, true)
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page.getByLabel('Comuna').selectOption({ label: 'Santiago' })
    while (
      !(await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).isVisible())
    ) {
      await page.getByRole('button', { name: 'Continuar' }).click()
      await page.waitForTimeout(100)
    }
    // (a) Opted in, the pages' service worker is installed: a later visit with no network opens them.
    expect(await waitForServiceWorker(page)).toMatch(/\/sw\.js$/)

    await context.setOffline(true)
    await page.getByRole('button', { name: 'Enviar la información' }).click()
    await page.getByRole('heading', { name: 'Su información se enviará cuando vuelva la conexión' }).waitFor()
    await page.getByText('se enviará a', { exact: false }).waitFor()
    const recibo = (await page.locator('[data-recibo]').getAttribute('data-recibo')) ?? ''
    expect(recibo).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/)
    const clave = await leerRecibo(recibo)
    if (!clave) throw new Error('not a receipt key')
    const { reciboHash } = await derivarRecibo(clave)

    // Only the sealed body waits on the device: no plaintext, no receipt key, no challenge.
    const cola = (await enLaCola(page)) as { body: Record<string, unknown>; hook?: string }[]
    expect(cola).toHaveLength(1)
    expect(Object.keys(cola[0]?.body ?? {}).sort()).toEqual([
      'cifrado',
      'claveVersion',
      'enc',
      'mesa',
      'reciboHash',
      'respuestaClave',
    ])
    expect(cola[0]?.body.reciboHash).toBe(reciboHash)
    const guardado = JSON.stringify(cola)
    expect(guardado).not.toContain(OFFLINE.slice(-8))
    expect(guardado).not.toContain(recibo.slice(0, 9))
    expect((await tipsGuardados()).filter((t) => t.reciboHash === reciboHash)).toHaveLength(0)

    // A second visit, still offline: the service worker serves the pages, which say a tip waits.
    const otra = await context.newPage()
    await otra.goto('/informacion')
    await otra.getByText('Este formulario no pide su nombre').waitFor()
    await otra.getByText('Hay información cifrada en este dispositivo que espera la conexión').waitFor()

    // Back online: both pages may replay; one tip is stored, which the desk's key opens.
    await context.setOffline(false)
    await otra.getByText('La información que esperaba la conexión fue enviada').waitFor({ timeout: 30_000 })
    await expect.poll(() => enLaCola(otra), { timeout: 10_000 }).toEqual([])
    const filas = (await tipsGuardados()).filter((t) => t.reciboHash === reciboHash)
    expect(filas).toHaveLength(1)
    const fila = filas[0]
    if (!fila) throw new Error('tip not stored')
    const tip = await abrirJson<TipPlano>(desk.privateKey, infoMesa('drogas', fila.claveVersion), fila)
    expect(tip.respuestas.que).toBe(OFFLINE)
    await context.close()
  })
})
