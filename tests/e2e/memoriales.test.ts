import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as ciudadanoEs } from '../../web/condolencias/i18n/es.ts'
import { messages as funcionariosEs } from '../../web/funcionarios/condolencias/i18n/es.ts'
import { freePort } from '../support/node-server.ts'
import { launchBrowser, waitForServiceWorker } from './support/browser.ts'
import { citizenViaClaveUnica, DEMO_CITIZENS, signedInStaffViaApi } from './support/identity.ts'
import { inThreeLanguages } from './support/inspect.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { lookAt, phoneContext, staffPage } from './support/staff-pages.ts'
import { withCookies } from './support/validacion.ts'

const PASSWORD = 'Memoriales-2026-Santiago'
const ADMIN = { email: 'carmen.soto@carabineros.example.cl', nombres: 'Carmen', apellidos: 'Soto' }
const CAIDO = {
  nombre: 'Juan Pablo Fuentes Rojas',
  grado: 'Sargento Segundo',
  unidad: '3.ª Comisaría Santiago',
}
// A phone number: the automatic first pass holds it for a moderator.
const MENSAJE = 'Gracias por su entrega, sargento. Si la familia necesita algo, llámenme al +56 9 8765 4321.'

let server: PortalServer
let browser: Browser
const cookies = { admin: '', ciudadana: '' }

beforeAll(async () => {
  buildPwa()
  server = await startPortal({ env: { DEMO_DATA: '1', CLAVEUNICA_LOCAL_PORT: String(await freePort()) } })
  const [launched, admin, maria] = await Promise.all([
    launchBrowser(),
    signedInStaffViaApi(server, { ...ADMIN, role: 'admin' }, PASSWORD),
    citizenViaClaveUnica(server, DEMO_CITIZENS.maria.run),
  ])
  browser = launched
  cookies.admin = admin.cookie
  cookies.ciudadana = maria.cookie()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** A 1200×900 PNG drawn by the page itself: what an administrator's camera gives, only smaller. */
async function retrato(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 1200
    canvas.height = 900
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no canvas')
    context.fillStyle = '#0b5e3a'
    context.fillRect(0, 0, 1200, 900)
    context.fillStyle = '#f3f2f1'
    context.beginPath()
    context.arc(600, 380, 220, 0, Math.PI * 2)
    context.fill()
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'))
    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer())
    let binary = ''
    for (const byte of bytes) binary += String.fromCharCode(byte)
    return btoa(binary)
  })
  return Buffer.from(base64, 'base64')
}

const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar', exact: true }).click()

describe('the condolence book as memorials', () => {
  let slug = ''

  it('an administrator creates a memorial with its photo, drawn at three widths by the browser', async () => {
    const { context, page } = await staffPage(browser, server, cookies.admin)
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Memoriales' }).click()
    await page.getByRole('heading', { name: 'Memoriales' }).waitFor()
    await page.getByRole('link', { name: 'Crear un memorial' }).click()
    await page.getByRole('heading', { name: 'Crear un memorial' }).waitFor()
    await page.getByLabel('Nombre completo').fill(CAIDO.nombre)
    await page.getByLabel('Grado').fill(CAIDO.grado)
    await page.getByLabel('Unidad').fill(CAIDO.unidad)
    await page.getByLabel('Fecha en que cayó en servicio').fill('2026-11-03')
    await page
      .getByLabel('Texto del memorial')
      .fill('Sirvió veinte años en la 3.ª Comisaría. Cayó protegiendo a una familia en un control vehicular.')
    await page
      .getByLabel('Fotografía')
      .setInputFiles({ name: 'retrato.png', mimeType: 'image/png', buffer: await retrato(page) })
    await page.getByText('Fotografía lista.').waitFor({ timeout: 20_000 })
    await page.getByLabel('Publicar este memorial').check()
    await inThreeLanguages(page, 'mem-admin-nuevo', funcionariosEs)
    await page.getByRole('button', { name: 'Guardar memorial' }).click()
    await page.getByText('Memorial guardado.').waitFor()
    slug = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '')
    expect(slug).not.toBe('nuevo')
    await lookAt(page, 'mem-admin-editar')
    await page.getByRole('link', { name: 'Volver a los memoriales' }).click()
    await page.getByText(CAIDO.nombre).first().waitFor()
    await lookAt(page, 'mem-admin-lista')
    await context.close()
  })

  it('a signed-in citizen writes a message, signed with initials and comuna; the first pass holds it', async () => {
    const context = await phoneContext(browser, server)
    await withCookies(context, server.origin, cookies.ciudadana)
    const page = await context.newPage()
    await page.goto('/condolencias')
    await page.getByRole('link', { name: `${CAIDO.grado} ${CAIDO.nombre}` }).click()
    await page.getByRole('heading', { name: `${CAIDO.grado} ${CAIDO.nombre}` }).waitFor()
    await page.getByRole('link', { name: 'Escribir un mensaje' }).click()

    await page.getByLabel('Escriba su mensaje').fill(MENSAJE)
    await inThreeLanguages(page, 'mem-mensaje', ciudadanoEs)
    await continuar(page)

    await page.getByRole('heading', { name: '¿Cómo quiere firmar su mensaje?' }).waitFor()
    await page.getByLabel('Con mis iniciales y mi comuna').check()
    await continuar(page)
    await page.getByRole('alert').waitFor()
    await inThreeLanguages(page, 'mem-firma-error', ciudadanoEs)
    await page.getByLabel('¿En qué comuna vive?').selectOption('13120')
    await continuar(page)

    await page.getByRole('heading', { name: 'Revise sus respuestas antes de enviar' }).waitFor()
    await expect.poll(() => page.locator('main').textContent()).toContain('M. C. D. R. G., Ñuñoa')
    await inThreeLanguages(page, 'mem-revisar', ciudadanoEs)
    await page.getByRole('button', { name: 'Enviar mensaje' }).click()

    await page.getByRole('heading', { name: 'Mensaje recibido' }).waitFor()
    await page
      .getByText('Su mensaje lo revisará un moderador antes de publicarse.', { exact: false })
      .waitFor()
    await inThreeLanguages(page, 'mem-enviado', ciudadanoEs)
    await context.close()
  })

  it('a moderator publishes it from the held tab', async () => {
    const { context, page } = await staffPage(browser, server, cookies.admin)
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Moderar mensajes' }).click()
    await page.getByRole('heading', { name: 'Moderar mensajes' }).waitFor()
    await page.getByText(MENSAJE).waitFor()
    await inThreeLanguages(page, 'mem-cola', funcionariosEs)
    await lookAt(page, 'mem-cola')
    await page.getByRole('button', { name: 'Rechazar' }).click()
    await page.getByLabel('Motivo del rechazo').waitFor()
    await lookAt(page, 'mem-cola-rechazar')
    await page.getByRole('button', { name: 'Cancelar' }).click()
    await page.getByRole('button', { name: 'Publicar' }).click()
    await page.getByText('Mensaje publicado.').waitFor()
    // The book's figures: the memorial's row, its message held by the filter and now published.
    await page.goto('/funcionarios')
    await page.getByRole('link', { name: 'Cifras del libro' }).click()
    const fila = page.getByRole('row', { name: new RegExp(CAIDO.nombre) })
    await fila.waitFor()
    expect(await fila.getByRole('cell').allTextContents()).toEqual(['1', '1', '0', '0', '1', '0', '0', '0'])
    await inThreeLanguages(page, 'mem-cifras', funcionariosEs)
    await context.close()
  })

  it('an anonymous visitor reads the memorial, reports nothing wrong, and reads it again offline', async () => {
    const context = await phoneContext(browser, server)
    const page = await context.newPage()
    await page.goto('/condolencias')
    await waitForServiceWorker(page)
    await page.reload()
    await page.getByRole('link', { name: `${CAIDO.grado} ${CAIDO.nombre}` }).waitFor()
    await inThreeLanguages(page, 'mem-libro', ciudadanoEs)
    await page.goto(`/condolencias/${slug}`)
    await page.getByText(MENSAJE).waitFor()
    await inThreeLanguages(page, 'mem-memorial', ciudadanoEs)
    await page.getByRole('button', { name: 'Reportar' }).click()
    await page.getByRole('button', { name: 'Enviar reporte' }).click()
    await page.getByText('Elija por qué reporta este mensaje').waitFor()
    await lookAt(page, 'mem-reportar')

    await context.setOffline(true)
    try {
      await page.reload()
      // From the browser's cache or the service worker's copy (which then says so): no network either way.
      await page.getByText(MENSAJE).waitFor()
      await lookAt(page, 'mem-memorial-offline')
    } finally {
      await context.setOffline(false)
    }
    await context.close()
  })
})
