import type { Browser, BrowserContext, Page } from 'playwright-core'
import { SALIDA } from '../../../web/denuncias/dispositivo.ts'
import { messages as formularioEs } from '../../../web/denuncias/formulario/i18n/es.ts'
import { newPhoneContext } from './browser.ts'
import { CITIZENS, CLAVEUNICA_PASSWORD } from './constancia.ts'
import { claveUnica } from './pages.ts'

/** A file the citizen attaches, as Playwright's file chooser takes it. */
export interface Adjunto {
  name: string
  bytes: Uint8Array
}

/**
 * A phone's browser context on the portal (through `origin`, the proxy's), where the quick exit's
 * neutral page is answered locally: the machine has no internet.
 *
 * @example
 * const context = await denunciaPhone(browser, proxy.origin)
 */
export async function denunciaPhone(browser: Browser, origin: string): Promise<BrowserContext> {
  // bypassCSP: axe-core is injected as an inline script by the tests that inspect.
  const context = await newPhoneContext(browser, origin, { bypassCSP: true })
  await context.route(`${SALIDA}**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>El tiempo</title><h1>El tiempo</h1>',
    }),
  )
  return context
}

/** "Continuar" on a page of the screener or the form. */
export const continuar = (page: Page) => page.getByRole('button', { name: 'Continuar', exact: true }).click()

/** Resolves once the page is at `path` (every move in the service replaces the history entry). */
export const waitPath = (page: Page, path: string) => page.waitForURL((url) => url.pathname === path)

/**
 * The citizen's path through a denuncia, in the words on the screens (tests/e2e/denuncias.test.ts
 * walks it page by page; others take its shortcuts).
 */
export const denuncia = {
  /** From the home page's card to the start page, then through the local ClaveÚnica and back to it. */
  async signIn(page: Page, portal: { claveUnicaOrigin: string }): Promise<void> {
    await page.goto('/')
    await page.locator('.services a[href="/denuncias"]').click()
    await page.locator('main').getByRole('link', { name: 'Ingresar' }).click()
    await page.locator('button.button-cu').click()
    await page.waitForURL((url) => url.origin === portal.claveUnicaOrigin)
    await claveUnica.signIn(page, CITIZENS.valentina.run, CLAVEUNICA_PASSWORD)
    await waitPath(page, '/denuncias')
    await page.getByRole('button', { name: 'Comenzar' }).waitFor()
  },
  /** "No" to each question of the screener, to the offence's type. */
  async screener(page: Page): Promise<void> {
    for (const id of ['peligro', 'violencia', 'familia', 'nino', 'autor']) {
      await waitPath(page, `/denuncias/${id}`)
      await page.getByLabel('No', { exact: true }).check()
      await continuar(page)
    }
    await waitPath(page, '/denuncias/tipo')
  },
  async when(page: Page, fecha: string, hora: string): Promise<void> {
    await page.getByLabel('Fecha en que ocurrió').fill(fecha)
    await page.getByLabel('Hora en que ocurrió').fill(hora)
  },
  async where(page: Page): Promise<void> {
    await page.getByLabel('Comuna', { exact: true }).selectOption('13101')
    await page.getByLabel('Dirección o descripción del lugar').fill('Paradero de Alameda con Santa Lucía')
  },
  /** "Continuar", then waits for the next page. */
  async to(page: Page, path: string): Promise<void> {
    await continuar(page)
    await waitPath(page, path)
  },
  /** Chooses `files` on the evidence page (`/denuncias/archivos`). */
  async attach(page: Page, files: readonly Adjunto[]): Promise<void> {
    await page
      .getByLabel(formularioEs['archivos.title'])
      .setInputFiles(
        files.map((file) => ({ name: file.name, mimeType: 'image/jpeg', buffer: Buffer.from(file.bytes) })),
      )
  },
  /** A chosen file's row on the evidence page, by its name. */
  row: (page: Page, name: string) => page.locator('.archivos__item', { hasText: name }),
  /**
   * A simple theft of a wallet from "Comenzar" on the start page to the evidence page: the
   * screener, the offence, when (at 21:30 unless said), the place, what happened, the thing
   * taken, no suspects nor witnesses.
   */
  async theftToEvidence(page: Page, hecho: { fecha: string; hora?: string; relato?: string }): Promise<void> {
    await page.getByRole('button', { name: 'Comenzar' }).click()
    await denuncia.screener(page)
    await page.getByLabel('Hurto simple').check()
    await denuncia.to(page, '/denuncias/cuando')
    await denuncia.when(page, hecho.fecha, hecho.hora ?? '21:30')
    await denuncia.to(page, '/denuncias/donde')
    await denuncia.where(page)
    await denuncia.to(page, '/denuncias/relato')
    await page
      .getByLabel('¿Qué ocurrió?')
      .fill(
        hecho.relato ??
          'Esperaba la micro en el paradero y al subir noté que me habían sacado la billetera del bolsillo.',
      )
    await denuncia.to(page, '/denuncias/objetos')
    await page.getByLabel('Descripción del objeto 1').fill('Billetera café con documentos')
    await denuncia.to(page, '/denuncias/sospechosos')
    await denuncia.to(page, '/denuncias/testigos')
    await denuncia.to(page, '/denuncias/archivos')
  },
  /** From the evidence page to "Enviar denuncia": contact, check your answers, both declarations. */
  async sendFromEvidence(page: Page, email: string): Promise<void> {
    await denuncia.to(page, '/denuncias/contacto')
    await page.getByLabel('Correo electrónico').fill(email)
    await page.getByLabel('Comuna de su domicilio').selectOption('13101')
    await denuncia.to(page, '/denuncias/revisar')
    await denuncia.to(page, '/denuncias/declaracion')
    await page.getByLabel('Declaro que los hechos que relato son verdaderos').check()
    await page.getByLabel('Declaro que este hecho no fue denunciado antes').check()
    await page.getByRole('button', { name: 'Enviar denuncia' }).click()
  },
}
