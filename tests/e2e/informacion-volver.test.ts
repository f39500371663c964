import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import {
  informaciones,
  informacionMensajes,
  informacionMesaClaves,
  informacionMesas,
} from '../../db/schema/index.ts'
import { descifrarArchivo } from '../../web/informacion/archivos-cifrado.ts'
import { limpiarFoto } from '../../web/informacion/archivos-metadatos.ts'
import {
  abrirJson,
  derivarRecibo,
  formatoRecibo,
  INFO_RESPUESTA,
  infoMesa,
  leerRecibo,
  nuevoRecibo,
  sellarJson,
} from '../../web/informacion/cripto.ts'
import type { TipPlano } from '../../web/informacion/texto-plano.ts'
import { folderFileStore } from '../../worker/adapters/folder-files.ts'
import { archivoDeMesa } from '../../worker/informacion/archivos.ts'
import { jpegConGps } from '../support/fotos.ts'
import { mesaConClave, suite } from '../support/informacion.ts'
import { axeViolations } from './support/axe.ts'
import { DESKTOP, launchBrowser, newPhoneContext } from './support/browser.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { photograph } from './support/shots.ts'

/*
 * Información anónima, the tipster's files and way back (issue 17, points 4, 5 and 11): a drugs
 * tip with a photo carrying a GPS tag, which the page says it removed and which the desk's key
 * opens without it; a question from the desk (sealed to the tip's reply key, as the analysts'
 * screen does); the tipster back with the receipt key typed by hand, reading and answering it; a
 * wrong key told exactly what an unknown key is told, and shown nothing else.
 */

let server: PortalServer
let browser: Browser
let desk: CryptoKeyPair
const MARCADOR = `Guardan droga en la bodega ${crypto.randomUUID().slice(0, 8)}`
const PREGUNTA = '¿De qué color es la puerta de la bodega?'
const RESPUESTA = `Verde, con un candado ${crypto.randomUUID().slice(0, 6)}`

const conDb = async <T>(f: (db: Awaited<ReturnType<typeof openFileDatabase>>['db']) => Promise<T>) => {
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    return await f(db)
  } finally {
    client.close()
  }
}

beforeAll(async () => {
  buildPwa()
  server = await startPortal()
  desk = await conDb((db) => mesaConClave(db, 'drogas'))
  browser = await launchBrowser({ serviceWorker: false })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar' }).click()
const axe = async (page: Page) => expect(await axeViolations(page)).toEqual([])

/** The receipt key's form: typed key by key, as a tipster copies it from paper. */
async function volverCon(page: Page, escrito: string) {
  const campo = page.getByLabel('Clave de recibo')
  await campo.fill('')
  await campo.pressSequentially(escrito)
  await page.getByRole('button', { name: 'Ver mi información' }).click()
}

/** What the error summary says, once the page has answered. */
async function errorDelResumen(page: Page): Promise<string> {
  const resumen = page.locator('.error-summary')
  await resumen.waitFor({ timeout: 30_000 })
  return ((await resumen.textContent()) ?? '').trim()
}

describe('información anónima, files and the way back (Chromium)', () => {
  it('sends a photo without its GPS tag, and the tipster reads the desk’s question and answers it with the key alone', async () => {
    const context = await newPhoneContext(browser, server.origin, { bypassCSP: true })
    const page = await context.newPage()
    const ajenas: string[] = []
    let desafios = 0
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== server.origin) ajenas.push(request.url())
      if (new URL(request.url()).pathname === '/api/informacion/desafio') desafios += 1
    })

    // The tip: what, where, then the optional questions left empty.
    await page.goto('/informacion')
    await page.getByRole('link', { name: '¿Ya envió información? Vuelva con su clave' }).waitFor()
    await page.getByLabel('Drogas', { exact: true }).check()
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await page.getByLabel('¿Qué está pasando?').fill(MARCADOR)
    await continuar(page)
    await page.getByLabel('Comuna').selectOption({ label: 'Santiago' })
    await continuar(page)
    for (const pregunta of ['¿Cuándo ocurre o ocurrió? (opcional)', '¿Quiénes participan? (opcional)']) {
      await page.getByText(pregunta, { exact: true }).first().waitFor()
      await continuar(page)
    }
    await page.getByText('¿Qué vehículos participan? (opcional)', { exact: true }).first().waitFor()
    await continuar(page)
    await page.getByLabel('¿Algo más? (opcional)').waitFor()
    await continuar(page)

    // The files' page: the photo is cleaned, encrypted and uploaded as soon as it is chosen. The
    // link drops on its first part (after the server stored it): the upload asks where it stands
    // and goes on.
    await page.getByRole('heading', { name: 'Fotos y archivos (opcional)' }).waitFor()
    let cortes = 0
    await page.route('**/api/informacion/archivos/*', async (route) => {
      if (route.request().method() !== 'PATCH' || cortes > 0) return route.fallback()
      cortes += 1
      await route.fetch()
      await route.abort('connectionreset')
    })
    await page.getByLabel('Elija fotos o archivos').setInputFiles({
      name: 'bodega.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpegConGps()),
    })
    await page.getByText('Cifrado y enviado').waitFor({ timeout: 30_000 })
    await page.getByText('Ubicación GPS: -33.45, -70.66').waitFor()
    expect(cortes).toBe(1)
    await photograph(page, 'informacion-archivos')
    await axe(page)
    await continuar(page)

    // Check your answers says, per file, what was removed.
    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await page.getByText('Archivo: bodega.jpg', { exact: true }).waitFor()
    await page.getByText(/^Quitamos: Ubicación GPS: -33\.45, -70\.66/).waitFor()
    await photograph(page, 'informacion-revisar-archivos')
    await axe(page)
    await page.getByRole('button', { name: 'Enviar la información' }).click()
    await page.getByRole('heading', { name: 'Información enviada' }).waitFor({ timeout: 30_000 })
    const recibo = (await page.locator('[data-recibo]').getAttribute('data-recibo')) ?? ''
    // One proof of work paid for the photo's batch and the tip (decision 0046 allows both).
    expect(desafios).toBe(1)
    await page.getByRole('link', { name: '/informacion/volver' }).waitFor()

    // The analyst: the tip opens with the desk's key, and its photo has no GPS tag any more.
    const clave = await leerRecibo(recibo)
    if (!clave) throw new Error('not a receipt key')
    const derivado = await derivarRecibo(clave)
    const fila = (await conDb((db) => db.select().from(informaciones))).find(
      (t) => t.reciboHash === derivado.reciboHash,
    )
    if (!fila) throw new Error('tip not stored')
    const tip = await abrirJson<TipPlano>(desk.privateKey, infoMesa('drogas', fila.claveVersion), fila)
    expect(tip.respuestas.que).toBe(MARCADOR)
    expect(tip.archivos).toHaveLength(1)
    const [archivo] = tip.archivos
    if (!archivo) throw new Error('no file in the tip')
    expect(archivo).toMatchObject({ nombre: 'bodega.jpg', tipo: 'image/jpeg' })
    expect(archivo.quitado).toContain('Ubicación GPS: -33.45, -70.66')
    const guardado = await conDb((db) =>
      archivoDeMesa({ db, files: folderFileStore(join(server.dataDir, 'files')) }, 'drogas', archivo.id),
    )
    if (!guardado) throw new Error('file not attached to the tip')
    const cifrado = new Blob([await new Response(guardado.cuerpo).arrayBuffer()])
    const foto = new Uint8Array(
      await (
        await descifrarArchivo(cifrado, archivo.clave, { tipo: archivo.tipo, sha256: archivo.sha256 })
      ).arrayBuffer(),
    )
    expect(foto[0]).toBe(0xff)
    expect(foto[1]).toBe(0xd8)
    // Cleaned again, the decrypted photo has nothing left to remove but what the cleaner keeps.
    const otraVez = limpiarFoto(foto, 'image/jpeg', 'es')
    expect(otraVez?.quitado.some((q) => q.startsWith('Ubicación GPS'))).toBe(false)
    expect(Buffer.from(foto).includes(Buffer.from('Juan Pérez'))).toBe(false)

    // The desk asks, sealed to the tip's reply key (as the analysts' screen does).
    const pregunta = await sellarJson(fila.respuestaClave, INFO_RESPUESTA, { v: 1, texto: PREGUNTA })
    await conDb((db) =>
      db.insert(informacionMensajes).values({
        id: crypto.randomUUID(),
        informacionId: fila.id,
        autor: 'mesa',
        dia: fila.dia,
        ...pregunta,
      }),
    )

    // A new visit to the way back, straight to its address: nothing of the tip is in the page.
    await page.goto('/informacion/volver')
    await page.getByRole('heading', { name: 'Volver con su clave de recibo' }).waitFor()
    await axe(page)
    // A typo the key's check catches is said as a typo, before anything is asked of the server.
    await volverCon(page, recibo.slice(0, -1))
    expect(await errorDelResumen(page)).toContain('La clave tiene un error de escritura')
    // Two well-formed keys the server does not know: the same words, and nothing else shown.
    const desconocida = async () => {
      await volverCon(page, await formatoRecibo(nuevoRecibo()))
      await page.getByRole('button', { name: 'Ver mi información' }).waitFor()
      await expect
        .poll(() => page.locator('.error-summary').textContent(), { timeout: 30_000 })
        .toContain('No encontramos')
      return errorDelResumen(page)
    }
    const primera = await desconocida()
    expect(primera).toContain(
      'No encontramos información con esa clave. Si la envió hace un momento, inténtelo de nuevo en un minuto.',
    )
    expect(await desconocida()).toBe(primera)
    expect(await page.getByRole('heading', { name: 'Mensajes' }).count()).toBe(0)
    await photograph(page, 'informacion-volver-desconocida')

    // The real key, typed by hand in small letters with spaces: the desk, the state, the question.
    await volverCon(page, recibo.toLowerCase().replaceAll('-', ' '))
    await page.getByRole('heading', { name: 'Mensajes' }).waitFor({ timeout: 30_000 })
    await page.getByText('OS-7', { exact: false }).first().waitFor()
    await page.getByText('Recibida: aún no la revisan').waitFor()
    await page.getByText(PREGUNTA).waitFor()
    await page.getByText(/^Pregunta del equipo, /).waitFor()
    // The key is in no storage and not in the address.
    const direccion = new URL(page.url())
    expect([direccion.pathname, [...direccion.searchParams.keys()]]).toEqual([
      '/informacion/volver',
      ['lang'],
    ])
    expect(await context.cookies()).toEqual([])
    expect(
      await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        idb: (await indexedDB.databases()).length,
      })),
    ).toEqual({ local: 0, session: 0, idb: 0 })
    await photograph(page, 'informacion-volver-historia')
    await axe(page)

    // The desk's key rotates, and the page's first read of the desks is from before: the answer
    // sealed to version 1 is refused (clave_vencida), the page asks for the desks again and seals
    // it to version 2 by itself.
    const rotada = await suite.kem.generateKeyPair()
    const publica = JSON.stringify(await crypto.subtle.exportKey('jwk', rotada.publicKey))
    const vieja = await crypto.subtle.exportKey('jwk', desk.publicKey)
    await conDb((db) =>
      db.batch([
        db
          .insert(informacionMesaClaves)
          .values({ mesa: 'drogas', version: 2, publica, createdAt: new Date() }),
        db.update(informacionMesas).set({ claveVersion: 2 }).where(eq(informacionMesas.id, 'drogas')),
      ]),
    )
    let anteriores = 0
    await page.route('**/api/informacion/mesas', async (route) => {
      if (anteriores > 0) return route.fallback()
      anteriores += 1
      const r = await route.fetch()
      const mesas = (await r.json()) as { id: string }[]
      await route.fulfill({
        response: r,
        json: mesas.map((m) => (m.id === 'drogas' ? { ...m, claveVersion: 1, publica: vieja } : m)),
      })
    })

    // The answer: sealed to the desk's key and to the tipster's own, then the history read again.
    await page.getByLabel('Su respuesta o información nueva').fill(RESPUESTA)
    await page.getByRole('button', { name: 'Enviar', exact: true }).click()
    await page.getByText('Mensaje enviado.').waitFor({ timeout: 30_000 })
    await page.getByText(RESPUESTA).waitFor()
    await page.getByText(/^Usted, /).waitFor()
    const mensajes = await conDb((db) => db.select().from(informacionMensajes))
    const respuesta = mensajes.find((m) => m.informacionId === fila.id && m.autor === 'informante')
    if (!respuesta?.claveVersion) throw new Error('answer not stored')
    expect(respuesta.cifrado).not.toContain(RESPUESTA)
    expect(anteriores).toBe(1)
    expect(respuesta.claveVersion).toBe(2)
    const abierta = await abrirJson<{ v: 1; texto: string }>(
      rotada.privateKey,
      infoMesa('drogas', respuesta.claveVersion),
      respuesta,
    )
    expect(abierta.texto).toBe(RESPUESTA)

    // «Terminar» drops the key and the history from the page.
    await page.getByRole('button', { name: 'Terminar y borrar la clave de esta página' }).click()
    await page.getByLabel('Clave de recibo').waitFor()
    expect(await page.getByText(PREGUNTA).count()).toBe(0)
    expect(ajenas).toEqual([])
    await context.close()
  })

  it('the way back in English and Creole, on a desktop: axe clean', async () => {
    const context = await browser.newContext({
      baseURL: server.origin,
      viewport: DESKTOP,
      locale: 'es-CL',
      bypassCSP: true,
    })
    const page = await context.newPage()
    for (const [lang, titulo] of [
      ['en', 'Come back with your receipt key'],
      ['ht', 'Retounen ak kle resi ou'],
    ] as const) {
      await page.goto(`/informacion/volver?lang=${lang}`)
      await page.getByRole('heading', { name: titulo }).waitFor()
      await axe(page)
      await photograph(page, `informacion-volver-${lang}-desktop`)
    }
    await context.close()
  })
})
