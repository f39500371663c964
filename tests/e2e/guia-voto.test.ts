import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages as guiaEs } from '../../web/constancias/no-podre-votar/i18n/es.ts'
import type { AxeViolation } from './support/axe.ts'
import { DESKTOP, launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { waitPath } from './support/denuncias.ts'
import { inspectScreen, switchLanguage } from './support/inspect.ts'
import { type SwitchableProxy, startProxy } from './support/proxy.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'
import { photograph } from './support/shots.ts'

/**
 * Issue 23 point 1: the guide «¿No podrá votar?», public, by its Spanish labels — from the home
 * page through each of its five answers (the >200 km one into the constancia's flow), from the
 * constancia's information page on a desktop, in English, and offline after a first visit.
 */
const GUIA = '/constancias/votacion/no-podre-votar'

let server: PortalServer
let proxy: SwitchableProxy
let browser: Browser

beforeAll(async () => {
  buildPwa()
  server = await startPortal()
  // Between the browser and the portal: cut, it is a dead network for the service worker too.
  proxy = await startProxy(server.port)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await proxy?.close()
  await server?.stop()
})

/** A phone in Chile; no service worker unless asked (its install downloads the whole precache). */
async function phone(serviceWorker = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newPhoneContext(browser, proxy.origin, {
    bypassCSP: true,
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  })
  return { context, page: await context.newPage() }
}

const main = async (page: Page) => (await page.locator('main').textContent()) ?? ''

/** An option ticked by its label, then «Continuar». */
async function elegir(page: Page, opcion: string): Promise<void> {
  await page.getByLabel(opcion, { exact: true }).check()
  await page.getByRole('button', { name: 'Continuar' }).click()
}

/**
 * The five answers, each reached from the first question by the options' labels: its title, its key
 * sentence, and whether it speaks of the fine (not when voting is voluntary).
 */
const CASOS = {
  voluntario: {
    opciones: ['En el extranjero'],
    titulo: 'Para usted, votar es voluntario',
    clave: 'no tiene nada que justificar y no hay multa por no votar',
    multa: false,
  },
  'fuera-del-pais': {
    opciones: ['En Chile', 'Fuera de Chile'],
    titulo: 'Fuera de Chile: guarde su certificado de viajes',
    clave:
      'Carabineros no da constancia por estar fuera del país. Lo que prueba su ausencia es el certificado de viajes de la PDI',
    multa: true,
  },
  enfermedad: {
    opciones: [
      'En Chile',
      'En Chile, a 200 kilómetros o menos de mi local de votación',
      'Estaré enfermo o enferma',
    ],
    titulo: 'Enfermo: un certificado médico para el juez',
    clave: 'lo que prueba su excusa es un certificado médico',
    multa: true,
  },
  'otro-impedimento': {
    opciones: [
      'En Chile',
      'En Chile, a 200 kilómetros o menos de mi local de votación',
      'Otro impedimento grave',
    ],
    titulo: 'Otro impedimento grave: el juez aprecia la prueba',
    clave: 'se justifica ante el Juzgado de Policía Local, con documentos que lo prueben',
    multa: true,
  },
  'mas-de-200-km': {
    opciones: ['En Chile', 'En Chile, a más de 200 kilómetros de mi local de votación'],
    titulo: 'A más de 200 kilómetros: la Constancia Votación',
    clave: 'Carabineros deja constancia: se pide en línea con ClaveÚnica',
    multa: true,
  },
}

/** The answer's page: its title, its key sentence, its legal basis and, unless voting is voluntary, the fine. */
async function respuesta(page: Page, caso: { titulo: string; clave: string; multa: boolean }): Promise<void> {
  await page.getByRole('heading', { level: 1, name: caso.titulo }).waitFor()
  const texto = await main(page)
  expect(texto).toContain(caso.clave)
  expect(texto).toContain('Fundamento legal:')
  if (caso.multa) expect(texto).toContain('0,5 a 1,5')
  else expect(texto).not.toContain('UTM')
}

/** The page's «Volver» (its name has the arrow the stylesheet draws). */
const volver = (page: Page) => page.locator('main a.back-link').click()

describe('«¿No podrá votar?»', () => {
  it('leads from the home page to each of its five answers, the >200 km one into the constancia', async () => {
    const { context, page } = await phone()
    const found: Record<string, AxeViolation[]> = {}
    await page.goto('/')
    await page.getByRole('link', { name: '¿No podrá votar?' }).click()
    await waitPath(page, GUIA)

    // Nothing chosen: the one wording of an empty field names the question, in the summary and on the page's title.
    await page.getByRole('button', { name: 'Continuar' }).click()
    await page
      .locator('.error-summary')
      .getByText('«¿Dónde está registrado su domicilio electoral?» es obligatorio.')
      .waitFor()
    expect(await page.title()).toMatch(/^Error: ¿Dónde está registrado su domicilio electoral\?/)
    await inspectScreen(page, 'guia-voto-pregunta', found, { spanish: [guiaEs['pregunta.domicilio.hint']] })

    for (const [index, [ruta, caso]] of Object.entries(CASOS).entries()) {
      if (index > 0) await page.getByRole('link', { name: 'Volver a empezar' }).click()
      await waitPath(page, GUIA)
      for (const opcion of caso.opciones) await elegir(page, opcion)
      await waitPath(page, `${GUIA}/${ruta}`)
      await respuesta(page, caso)
    }
    // «Volver» goes back to the question that led here.
    await volver(page)
    await waitPath(page, `${GUIA}/donde`)
    await page.getByRole('button', { name: 'Continuar' }).waitFor()
    await page.goBack()
    await waitPath(page, `${GUIA}/mas-de-200-km`)
    // The nearest units, the request page's own search, when asked for: focus on its first action.
    await page.getByRole('button', { name: 'Ver las unidades de Carabineros más cercanas' }).click()
    await page.getByRole('heading', { name: 'Unidades de Carabineros más cercanas' }).waitFor()
    await page.getByRole('button', { name: 'Buscar por comuna' }).waitFor()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Usar mi ubicación')
    await inspectScreen(page, 'guia-voto-200km', found, {
      spanish: Object.values(guiaEs).filter((value) => value.length >= 40),
    })

    // In English, the same answer in the same place.
    await switchLanguage(page, 'en')
    await page
      .getByRole('heading', { level: 1, name: 'More than 200 kilometres away: the voting constancia' })
      .waitFor()
    expect(await main(page)).toContain('Legal basis:')
    await switchLanguage(page, 'es')

    await page.getByRole('link', { name: 'Pedir la Constancia Votación' }).click()
    await waitPath(page, '/constancias/votacion')
    await page.getByRole('heading', { level: 1, name: 'Constancias Votación' }).waitFor()
    expect(found).toEqual({})
    await context.close()
  })

  it('is linked from the constancia’s information page, on a desktop', async () => {
    const context = await browser.newContext({
      baseURL: proxy.origin,
      viewport: DESKTOP,
      locale: 'es-CL',
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    await page.goto('/constancias/votacion')
    await page
      .getByRole('link', { name: '¿Fuera del país, enfermo u otro motivo? Vea qué le sirve a usted' })
      .click()
    await waitPath(page, GUIA)
    await photograph(page, 'guia-voto-pregunta-es-desktop', { scale: 'css' })
    await elegir(page, 'En Chile')
    await elegir(page, 'Fuera de Chile')
    await respuesta(page, CASOS['fuera-del-pais'])
    await photograph(page, 'guia-voto-fuera-es-desktop', { scale: 'css' })
    await context.close()
  })

  it('answers offline after a first visit', async () => {
    const { context, page } = await phone(true)
    await page.goto(GUIA)
    await page.locator('#domicilio').waitFor()
    // The worker's install keeps the constancias service of the page that installed it (decision 0074).
    await waitForServiceWorker(page)
    await proxy.cut()
    try {
      await page.reload()
      await elegir(page, 'En Chile')
      await elegir(page, 'En Chile, a 200 kilómetros o menos de mi local de votación')
      await elegir(page, 'Estaré enfermo o enferma')
      await respuesta(page, CASOS.enfermedad)
      // A page of the guide opened for the first time with no network: from the device too.
      await page.goto(`${GUIA}/otro-impedimento`)
      await page
        .getByRole('heading', { level: 1, name: 'Otro impedimento grave: el juez aprecia la prueba' })
        .waitFor()
    } finally {
      await proxy.restore()
      await context.close()
    }
  })
})
