import { join } from 'node:path'
import { and, eq } from 'drizzle-orm'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build } from 'vite'
import solid from 'vite-plugin-solid'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { archivos } from '../../db/schema/index.ts'
import type { Database } from '../../worker/ports.ts'
import { fileOf, sha256Of } from '../support/archivos.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'
import { freePort } from '../support/node-server.ts'
import { launchBrowser, newPhoneContext } from './support/browser.ts'
import { type SwitchableProxy, startProxy } from './support/proxy.ts'
import { buildPwa, type PortalServer, repoRoot, startPortal } from './support/server.ts'

let server: PortalServer
let proxy: SwitchableProxy
let browser: Browser
let db: Database
let closeDb: () => void
let cookie: string
let script: string

/** The test page (tests/e2e/support/archivos-pagina.tsx) built as one module, as vite builds the PWA's. */
async function buildPage(): Promise<string> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    plugins: [solid()],
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: {
        entry: join(repoRoot, 'tests/e2e/support/archivos-pagina.tsx'),
        formats: ['es'],
        fileName: 'pagina',
      },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  })
  const bundles = Array.isArray(output) ? output : [output]
  const chunk = bundles
    .flatMap((bundle) => ('output' in bundle ? bundle.output : []))
    .find((file) => file.type === 'chunk')
  if (chunk?.type !== 'chunk') throw new Error('the test page did not build')
  return chunk.code
}

beforeAll(async () => {
  buildPwa()
  const proxyPort = await freePort()
  server = await startPortal({ env: { PUBLIC_URL: `http://127.0.0.1:${proxyPort}` } })
  proxy = await startProxy(server.port, proxyPort)
  browser = await launchBrowser()
  script = await buildPage()
  const opened = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  db = opened.db
  closeDb = () => opened.client.close()
  cookie = await claveUnicaSessionCookie(db, '88888888-8')
})

afterAll(async () => {
  closeDb?.()
  await browser?.close()
  await proxy?.close()
  await server?.stop()
})

/** What the test's stand-in for a service received, and whether the server held each file whole then. */
type Sent = { body: Record<string, unknown>; whole: boolean[] }[]

/** Valentina, signed in, on the test page (served at the portal's origin, through the proxy). */
async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser, proxy.origin)
  await context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name = '', value = ''] = pair.split('=')
      return { name, value, url: proxy.origin }
    }),
  )
  await context.route('**/prueba/archivos', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="es"><meta charset="utf-8"><title>Archivos</title><script type="module" src="/prueba/archivos.js"></script></html>',
    }),
  )
  await context.route('**/prueba/archivos.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: script }),
  )
  const page = await context.newPage()
  await page.goto('/prueba/archivos')
  await page.locator('#archivos').waitFor()
  return { context, page }
}

/**
 * Answers the test page's submissions itself (no service takes files yet; the denuncia will),
 * noting what each carried and whether the server held every file whole at that moment.
 */
async function answerSubmissions(context: BrowserContext, sent: Sent, offline: () => boolean) {
  await context.route(/\/api\/prueba-envio(\?|$)/, async (route) => {
    if (offline()) return route.abort('internetdisconnected')
    const body = route.request().postDataJSON() as { archivos: string[] }
    const whole = await Promise.all(
      body.archivos.map(
        async (id) => (await db.select().from(archivos).where(eq(archivos.id, id)))[0]?.completadoAt != null,
      ),
    )
    sent.push({ body, whole })
    await route.fulfill({ status: 201, contentType: 'application/json', body: '{"ok":true}' })
  })
}

/** The row of a chosen file, by its name. */
const row = (page: Page, nombre: string) => page.locator('.archivos__item', { hasText: nombre })

const rowsOf = (nombre: string) =>
  db
    .select()
    .from(archivos)
    .where(and(eq(archivos.nombre, nombre)))

describe('the file upload component, in Chromium', () => {
  it('uploads a photo at once, refuses on the device a ZIP named .jpg (naming it), and takes a removed file back from the server', async () => {
    const { context, page } = await openPage()
    const photo = fileOf('jpeg', 200 * 1024)
    await page.locator('#archivos').setInputFiles([
      { name: 'foto del robo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo) },
      { name: 'falsa.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(fileOf('zip', 10 * 1024)) },
    ])
    await expect
      .poll(() => page.locator('.error-message').textContent())
      .toContain('«falsa.jpg» no es una foto')
    await expect
      .poll(() => row(page, 'foto del robo.jpg').textContent(), { timeout: 15_000 })
      .toContain('Subido')
    expect(await row(page, 'falsa.jpg').count()).toBe(0)
    const [stored] = await rowsOf('foto del robo.jpg')
    expect(stored?.sha256).toBe(sha256Of(photo))

    await row(page, 'foto del robo.jpg').getByRole('button').click()
    await expect.poll(() => row(page, 'foto del robo.jpg').count()).toBe(0)
    await expect.poll(async () => (await rowsOf('foto del robo.jpg')).length).toBe(0)

    // Up before the form is sent: the submission goes at once with its id, nothing uploaded again.
    const sent: Sent = []
    await answerSubmissions(context, sent, () => false)
    const otra = fileOf('jpeg', 90 * 1024)
    await page
      .locator('#archivos')
      .setInputFiles([{ name: 'otra.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(otra) }])
    await expect.poll(() => row(page, 'otra.jpg').textContent(), { timeout: 15_000 }).toContain('Subido')
    await page.locator('#enviar').click()
    await expect.poll(() => sent.length).toBe(1)
    const [uploaded] = await rowsOf('otra.jpg')
    expect(sent[0]).toEqual({ body: { relato: 'Me robaron.', archivos: [uploaded?.id] }, whole: [true] })
    expect(await rowsOf('otra.jpg')).toHaveLength(1)
    await context.close()
  })

  it('keeps a file chosen offline on the device with the submission, and uploads it before sending it when the link is back — once', async () => {
    const { context, page } = await openPage()
    const sent: Sent = []
    let offline = false
    await answerSubmissions(context, sent, () => offline)
    offline = true
    await proxy.cut()
    const video = fileOf('mp4', 300 * 1024)
    await page
      .locator('#archivos')
      .setInputFiles([{ name: 'video.mp4', mimeType: 'video/mp4', buffer: Buffer.from(video) }])
    await expect
      .poll(() => row(page, 'video.mp4').textContent(), { timeout: 20_000 })
      .toContain('Se subirá cuando vuelva la conexión')
    await page.locator('#enviar').click()
    await page.waitForFunction(() => document.body.dataset.enviado !== undefined)
    expect(sent).toEqual([])

    offline = false
    await proxy.restore()
    // The browser says so when its link comes back; the outbox replays at once.
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await expect.poll(() => sent.length, { timeout: 45_000, interval: 500 }).toBe(1)
    const [only] = sent
    expect(only?.whole).toEqual([true])
    expect(only?.body).toMatchObject({ relato: 'Me robaron.', archivos: [expect.any(String)] })
    const [stored] = await rowsOf('video.mp4')
    expect(stored).toMatchObject({
      id: (only?.body.archivos as string[] | undefined)?.[0],
      sha256: sha256Of(video),
      tipo: 'video/mp4',
    })
    // Sent: the device forgets the file's bytes; nothing goes twice.
    const kept = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('comisaria-archivos')
            open.onsuccess = () => {
              const count = open.result.transaction('blobs').objectStore('blobs').count()
              count.onsuccess = () => resolve(count.result)
            }
          }),
      )
    await expect.poll(kept).toBe(0)
    await page.waitForTimeout(1_000)
    expect(sent).toHaveLength(1)
    expect(await rowsOf('video.mp4')).toHaveLength(1)
    await context.close()
  })
})
