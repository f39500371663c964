import { join } from 'node:path'
import { eq } from 'drizzle-orm'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { archivos, borradores, casos, denuncias, users } from '../../db/schema/index.ts'
import { messages as archivosEs } from '../../web/archivos/i18n/es.ts'
import { messages as denunciaEs } from '../../web/denuncias/denuncia/i18n/es.ts'
import { SALIDA } from '../../web/denuncias/dispositivo.ts'
import { messages as filtroEs } from '../../web/denuncias/filtro/i18n/es.ts'
import type { OutboxItem } from '../../web/offline/outbox.ts'
import type { Database } from '../../worker/ports.ts'
import { fileOf, sha256Of } from '../support/archivos.ts'
import { waitForServiceWorker } from './support/browser.ts'
import { type CitizenPortal, startCitizenPortal } from './support/constancia.ts'
import { type Adjunto, denuncia, denunciaPhone } from './support/denuncias.ts'
import { almacenamiento } from './support/dispositivo.ts'
import { outbox } from './support/pages.ts'

/**
 * Issue 15, point 13 with files: a denuncia filled and sent with no network, two photos attached,
 * waits on the device and lands exactly once, its photos with it, when the link returns.
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

/** Two small photos of the scene (JPEG by their first bytes), each with its own content. */
const FOTOS: Adjunto[] = ['billetera.jpg', 'paradero.jpg'].map((name) => ({
  name,
  bytes: fileOf('jpeg', 60_000),
}))

/** Every denuncia the portal holds, with its número and its files (name and SHA-256), read from its database. */
async function recorded() {
  const rows = await db
    .select({ casoId: denuncias.casoId, numero: casos.numero })
    .from(denuncias)
    .innerJoin(casos, eq(casos.id, denuncias.casoId))
  return Promise.all(
    rows.map(async (row) => ({
      numero: row.numero,
      archivos: (
        await db
          .select({ nombre: archivos.nombre, sha256: archivos.sha256 })
          .from(archivos)
          .where(eq(archivos.casoId, row.casoId))
      ).sort((a, b) => a.nombre.localeCompare(b.nombre)),
    })),
  )
}

/** The network gone for the page and its service worker, or back. */
async function offline(page: Page, on: boolean): Promise<void> {
  const { proxy } = started()
  if (on) await proxy.cut()
  else await proxy.restore()
  await page.context().setOffline(on)
}

describe('a denuncia sent with no network, with two photos', () => {
  it('waits on the device, and lands exactly once with both photos (their SHA-256) when the link returns', async () => {
    const { browser, proxy, server } = started()
    const context = await denunciaPhone(browser, proxy.origin)
    const first = await context.newPage()
    const errors: string[] = []
    // The first visit, online: signed in, and the service worker installed.
    await denuncia.signIn(first, server)
    await waitForServiceWorker(first)
    await first.close()

    // The second visit with no network at all: the service worker gives the shell and the form.
    const page = await context.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    await offline(page, true)
    await page.goto('/denuncias')
    await denuncia.theftToEvidence(page, { fecha: localDate(new Date(Date.now() - 86_400_000)) })
    await denuncia.attach(page, FOTOS)
    for (const foto of FOTOS)
      await denuncia.row(page, foto.name).getByText('Se subirá cuando vuelva la conexión').waitFor()
    await denuncia.sendFromEvidence(page, 'valentina.sin.conexion@example.cl')

    // Queued: its own page says so, and /envios lists it, waiting.
    await page.waitForURL((url) => url.pathname.startsWith('/denuncias/envio/'), { timeout: 30_000 })
    await page.getByRole('heading', { name: denunciaEs['espera.title'] }).waitFor()
    const waiting = page.url()
    await outbox.open(page)
    expect(await outbox.states(page)).toEqual(['pending'])
    // Queued before the page could ask who is signed in, and still its owner's (decision 0028): a
    // session ended meanwhile makes it wait for her, not refuses it.
    const [valentina] = await db.select({ id: users.id }).from(users).where(eq(users.run, '88888888-8'))
    const queued = (await almacenamiento(page)).indexedDb.filter((record) => record.db === 'comisaria-outbox')
    expect(queued.map((record) => (JSON.parse(record.value) as OutboxItem).owner?.id)).toEqual([
      valentina?.id,
    ])
    expect(await recorded()).toEqual([])
    expect(proxy.posts('/api/archivos')).toBe(0)

    // The link returns: the photos go up, then the report, which its page then shows.
    await page.goto(waiting)
    await offline(page, false)
    await page.waitForURL((url) => /^\/denuncias\/[A-Z2-9]{10}$/.test(url.pathname), { timeout: 45_000 })
    const numero = new URL(page.url()).pathname.split('/').pop()
    await page.locator('.dn-numero').waitFor()
    const expected = [
      {
        numero,
        archivos: FOTOS.map((foto) => ({ nombre: foto.name, sha256: sha256Of(foto.bytes) })),
      },
    ]
    expect(await recorded()).toEqual(expected)
    await outbox.open(page)
    expect(await outbox.states(page)).toEqual(['sent'])
    // Over the wire once each: two uploads begun, one report.
    expect(proxy.posts('/api/archivos')).toBe(2)
    expect(proxy.posts('/api/denuncias')).toBe(1)

    // Reloaded, offline and back once more: nothing is sent again.
    await page.reload()
    await offline(page, true)
    await page.goto('/envios')
    await offline(page, false)
    await page.reload()
    await expect.poll(() => outbox.states(page)).toEqual(['sent'])
    await page.waitForTimeout(1_000)
    expect(await recorded()).toEqual(expected)
    expect(proxy.posts('/api/denuncias')).toBe(1)
    expect(proxy.posts('/api/archivos')).toBe(2)
    // Sent: the device no longer holds the photos' bytes.
    expect((await almacenamiento(page)).indexedDb.filter((record) => record.blob)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('a denuncia with evidence on a shared device', () => {
  it('keeps the photo off the device — in the page, then on the server with the draft —, leaves nothing after the quick exit, and continues on the citizen’s own device', async () => {
    const { browser, proxy, server } = started()
    const FOTO = { name: 'rostro-del-agresor.jpg', bytes: fileOf('jpeg', 30_000) }
    const library = await denunciaPhone(browser, proxy.origin)
    const page = await library.newPage()
    await denuncia.signIn(page, server)
    await page.getByLabel(filtroEs['inicio.compartido']).check()
    await denuncia.theftToEvidence(page, { fecha: localDate(new Date(Date.now() - 2 * 86_400_000)) })
    expect(await page.locator('main').textContent()).toContain(archivosEs['archivos.compartido'])
    await denuncia.attach(page, [FOTO])
    await denuncia.row(page, FOTO.name).getByText('Subido').waitFor({ timeout: 15_000 })
    // Whole on the server, and listed by the draft on the account (a second and a half after).
    const [subido] = await db.select().from(archivos).where(eq(archivos.nombre, FOTO.name))
    expect(subido?.sha256).toBe(sha256Of(FOTO.bytes))
    await expect
      .poll(async () => (await db.select().from(borradores))[0]?.respuestas.archivos ?? '', {
        timeout: 10_000,
      })
      .toContain(subido?.id ?? 'none')

    // Escape twice: the weather. Back on the portal, nothing of the photo is on the device.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.waitForURL(SALIDA)
    const after = await library.newPage()
    await after.goto('/')
    const kept = await almacenamiento(after)
    const mentions = (text: string) => text.includes(FOTO.name) || text.includes(subido?.id ?? 'none')
    expect(kept.indexedDb.filter((record) => record.blob || mentions(record.value))).toEqual([])
    expect(Object.values(kept.localStorage).filter(mentions)).toEqual([])
    expect(kept.caches.filter((url) => url.includes('/api/'))).toEqual([])
    await library.close()

    // On her own phone, the report continues with its evidence, already on the server.
    const own = await denunciaPhone(browser, proxy.origin)
    const phone = await own.newPage()
    await denuncia.signIn(phone, server)
    await phone.goto('/denuncias/archivos')
    await denuncia.row(phone, FOTO.name).getByText('Subido').waitFor()
    await own.close()
    expect(proxy.posts('/api/archivos')).toBe(3)
  })
})
