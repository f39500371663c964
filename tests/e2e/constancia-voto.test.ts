import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatLocal } from '../../core/time.ts'
import { messages as formularioEn } from '../../web/constancias/formulario/i18n/en.ts'
import { messages as formularioEs } from '../../web/constancias/formulario/i18n/es.ts'
import { messages as formularioHt } from '../../web/constancias/formulario/i18n/ht.ts'
import { messages as informacionEn } from '../../web/constancias/informacion/i18n/en.ts'
import { messages as informacionEs } from '../../web/constancias/informacion/i18n/es.ts'
import { messages as informacionHt } from '../../web/constancias/informacion/i18n/ht.ts'
import { messages as listaEn } from '../../web/constancias/lista/i18n/en.ts'
import { messages as listaEs } from '../../web/constancias/lista/i18n/es.ts'
import { messages as listaHt } from '../../web/constancias/lista/i18n/ht.ts'
import { messages as misTramitesEn } from '../../web/constancias/mis-tramites/i18n/en.ts'
import { messages as misTramitesEs } from '../../web/constancias/mis-tramites/i18n/es.ts'
import { messages as misTramitesHt } from '../../web/constancias/mis-tramites/i18n/ht.ts'
import { messages as rechazoEn } from '../../web/constancias/rechazo/i18n/en.ts'
import { messages as rechazoEs } from '../../web/constancias/rechazo/i18n/es.ts'
import { messages as rechazoHt } from '../../web/constancias/rechazo/i18n/ht.ts'
import { messages as solicitudEn } from '../../web/constancias/solicitud/i18n/en.ts'
import { messages as solicitudEs } from '../../web/constancias/solicitud/i18n/es.ts'
import { messages as solicitudHt } from '../../web/constancias/solicitud/i18n/ht.ts'
import { messages as resueltaEn } from '../../web/constancias/solicitud/resuelta/i18n/en.ts'
import { messages as resueltaEs } from '../../web/constancias/solicitud/resuelta/i18n/es.ts'
import { messages as resueltaHt } from '../../web/constancias/solicitud/resuelta/i18n/ht.ts'
import { messages as unidadesEn } from '../../web/constancias/solicitud/unidades/i18n/en.ts'
import { messages as unidadesEs } from '../../web/constancias/solicitud/unidades/i18n/es.ts'
import { messages as unidadesHt } from '../../web/constancias/solicitud/unidades/i18n/ht.ts'
import { messages as tramiteEn } from '../../web/constancias/tramite/i18n/en.ts'
import { messages as tramiteEs } from '../../web/constancias/tramite/i18n/es.ts'
import { messages as tramiteHt } from '../../web/constancias/tramite/i18n/ht.ts'
import type { SolicitudView } from '../../worker/constancias-voto/schema.ts'
import type { AxeViolation } from './support/axe.ts'
import { PHONE, waitForServiceWorker } from './support/browser.ts'
import { techoDe } from './support/budget-pendiente.ts'
import {
  CITIZENS,
  type CitizenPortal,
  type CodeMailbox,
  type ConstanciaPortal,
  constancia,
  firstVisitJs,
  startCitizenPortal,
} from './support/constancia.ts'
import { inspectScreen, switchLanguage } from './support/inspect.ts'
import type { SwitchableProxy } from './support/proxy.ts'
import { moverVentana, staffSession, ventanaDemo } from './support/validacion.ts'

const POSTS = '/api/constancias-voto?'

let portal: CitizenPortal | undefined
let mailbox: CodeMailbox
let server: ConstanciaPortal
let proxy: SwitchableProxy
let browser: Browser

beforeAll(async () => {
  // The browser loads the portal through the proxy, so that is the origin ClaveÚnica returns to.
  portal = await startCitizenPortal()
  ;({ mailbox, server, proxy, browser } = portal)
})

afterAll(() => portal?.stop())

/** A phone in Chile; CSP bypassed only so that axe-core can be injected as an inline script. */
function phone(): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: proxy.origin,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'es-CL',
    bypassCSP: true,
  })
}

/** What the server holds for the citizen signed in in `context`, asked directly, not through the proxy. */
async function recorded(context: BrowserContext): Promise<SolicitudView[]> {
  const cookie = (await context.cookies(proxy.origin)).map((c) => `${c.name}=${c.value}`).join('; ')
  const response = await fetch(`${server.origin}/api/mis-tramites`, { headers: { cookie } })
  expect(response.status).toBe(200)
  return ((await response.json()) as { constanciasVoto: SolicitudView[] }).constanciasVoto
}

const text = async (page: Page, selector = 'main') =>
  (await page.locator(selector).first().textContent()) ?? ''

/** Long Spanish sentences of the screens: none may be left on a page shown in English or Creole. */
const spanish = [
  listaEs,
  informacionEs,
  tramiteEs,
  formularioEs,
  solicitudEs,
  unidadesEs,
  resueltaEs,
  rechazoEs,
  misTramitesEs,
].flatMap((catalogue) =>
  Object.values(catalogue).filter((value) => value.length >= 40 && !value.includes('{')),
)

/**
 * The screen as it is now: axe-core in the three languages, no sideways scrolling at 320 px, and
 * photographs at 360×740 and 1280×800 (`constancia-*`, support/shots.ts).
 */
const inspect = (page: Page, name: string, found: Record<string, AxeViolation[]>) =>
  inspectScreen(page, `constancia-${name}`, found, { spanish })

describe('Constancias Votación, the citizen’s side', () => {
  it.each([
    ['lista', listaEs, listaEn, listaHt],
    ['informacion', informacionEs, informacionEn, informacionHt],
    ['tramite', tramiteEs, tramiteEn, tramiteHt],
    ['formulario', formularioEs, formularioEn, formularioHt],
    ['solicitud', solicitudEs, solicitudEn, solicitudHt],
    ['unidades', unidadesEs, unidadesEn, unidadesHt],
    ['resuelta', resueltaEs, resueltaEn, resueltaHt],
    ['rechazo', rechazoEs, rechazoEn, rechazoHt],
    ['misTramites', misTramitesEs, misTramitesEn, misTramitesHt],
  ] as const)('its %s words exist in English and Creole, with the same placeholders', (_name, es, en, ht) => {
    const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const other of [en, ht]) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(es).sort())
      for (const [key, value] of Object.entries(es)) {
        const translated = Reflect.get(other, key)
        expect(typeof translated === 'string' && translated.trim() !== '', key).toBe(true)
        expect(placeholders(String(translated)), key).toEqual(placeholders(value))
      }
    }
  })

  it('on a phone: ClaveÚnica, legal notice, form, check answers, "Enviar Solicitud", "Solicitud Pendiente" with its code by e-mail; asking again gives the same code', async () => {
    const context = await phone()
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // Signed out, nothing is asked that needs a session: no 401 (nor any error) in the console.
    const consoleErrors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} ${message.location().url}`)
    })
    const found: Record<string, AxeViolation[]> = {}

    // Home → Constancias → Constancias Votación, as the instructions say.
    await page.goto('/')
    await page.locator('.services a[href="/constancias"]').click()
    await page.waitForURL(`${proxy.origin}/constancias`)
    await page.locator('.services a').first().waitFor()
    expect(await page.locator('h1').textContent()).toBe('Constancias')
    // The election's first, then the nine others (tests/e2e/certificados.test.ts follows those).
    const offered = await page.locator('.services a').allTextContents()
    expect(offered[0]).toBe('Constancias Votación')
    expect(offered).toHaveLength(10)
    await inspect(page, 'lista', found)
    await page.getByRole('link', { name: 'Constancias Votación' }).click()
    await page.locator('.cv-inset strong').first().waitFor()
    const info = await text(page)
    for (const words of [
      '0,5 a 1,5 Unidades Tributarias Mensuales (UTM)',
      'Juzgado de Policía Local',
      'artículo 139 bis de la Ley N° 18.700',
      'Carabineros de Chile solo recepcionará y validará constancias',
      'permiso de tres horas',
      'feriado legal irrenunciable',
      'desde las 00:00 hasta las 23:59',
    ])
      expect(info).toContain(words)
    // A deep link to it, and to the legal notice's gate, signed out: nothing in the console.
    await page.goto('/constancias/votacion')
    await page.locator('button.cv-claveunica').waitFor()
    await page.goto('/constancias/votacion/aviso')
    await page.locator('button.cv-claveunica').waitFor()
    expect(consoleErrors).toEqual([])
    await page.goto('/constancias/votacion')
    await page.locator('button.cv-claveunica').waitFor()
    await inspect(page, 'informacion', found)

    // ClaveÚnica at the local provider, back to the mandatory legal notice.
    await constancia.signIn(page, server, CITIZENS.maria)
    expect(await text(page)).toContain('Artículo 210 del Código Penal')
    await inspect(page, 'aviso-legal', found)
    await constancia.acceptNotice(page)

    // The registries' data, read-only, and the four required fields and the declaration.
    const form = await text(page)
    for (const shown of [
      CITIZENS.maria.name,
      CITIZENS.maria.run,
      'Punta Arenas',
      'Liceo Luis Alberto Barrera',
    ])
      expect(form).toContain(shown)
    // The declaration in the law's words (art. 139 bis), the very words the validated PDF certifies.
    expect(await page.locator('label[for="declaracion"]').textContent()).toBe(
      'Declaro bajo mi responsabilidad que me encuentro a más de 200 kilómetros de mi local de votación',
    )
    await inspect(page, 'formulario', found)
    await constancia.continue(page)
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('.error-summary li').count()).toBe(5)
    await inspect(page, 'formulario-errores', found)

    // A birth date other than the civil registry's: said on the form itself as the citizen
    // continues (the registry asked through the API), on its field; nothing written.
    await constancia.fill(page, {
      born: ['1', '1', '1980'],
      email: 'maria@example.cl',
      phone: '+56 9 8765 4321',
    })
    await constancia.continue(page)
    const mismatch = '«Fecha de nacimiento» no coincide con la registrada en el Registro Civil.'
    await expect.poll(() => text(page, '.error-summary')).toContain(mismatch)
    expect(await page.locator('.error-summary li').count()).toBe(1)
    expect(await page.locator('#fechaNacimiento-error').textContent()).toContain(mismatch)
    expect(new URL(page.url()).pathname).toBe('/constancias/votacion/formulario')
    expect(await recorded(context)).toEqual([])
    await inspect(page, 'formulario-nacimiento', found)

    // The right date: the review page, then "Solicitud Pendiente", the code big and copyable.
    await constancia.fill(page, {
      born: CITIZENS.maria.born,
      email: 'maria@example.cl',
      phone: '+56 9 8765 4321',
    })
    await constancia.toReview(page)
    expect(await text(page)).toContain('14-03-1985')
    await inspect(page, 'revisar', found)
    await constancia.send(page)
    const code = await constancia.pendingCode(page)
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    expect(page.url()).toBe(`${proxy.origin}/constancias/votacion/${code}`)
    expect(await page.locator('h1').textContent()).toBe('Solicitud Pendiente')
    // The page shows at once from memory; the election's primaries date arrives with the server's answer.
    await expect.poll(() => text(page)).toContain('elecciones primarias del 29-06-2025')
    const pending = await text(page)
    for (const words of [
      'El código es personal e intransferible.',
      'Esta solicitud todavía no tiene validez legal.',
      'Cédula de Identidad o Pasaporte',
      'elecciones primarias del 29-06-2025: se acepta si venció el 29-06-2024 o después',
      'antes de las 23:59',
      'no será considerada como medio de prueba ante el Juzgado de Policía Local',
      'También le enviamos este código a su correo electrónico.',
    ])
      expect(pending).toContain(words)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.locator('.cv-code__copy').click()
    await expect.poll(() => page.locator('.cv-code__status').textContent()).toBe('Código copiado.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
    await inspect(page, 'pendiente', found)
    // In Creole, its date is written dd-mm-aaaa joined to its time in Creole (Chromium's Intl has
    // no Creole: it used to show French).
    await switchLanguage(page, 'ht')
    const created = page.locator('.summary__row', { hasText: 'Dat demann nan' }).locator('dd')
    expect(await created.textContent()).toMatch(/^\d{2}-\d{2}-\d{4} a \d{2}:\d{2}$/)
    await switchLanguage(page, 'es')

    // The e-mail with the code reached the SMTP receiver.
    const mail = await mailbox.waitFor('maria@example.cl', code)
    expect(mail.subject).toContain(code)
    expect(mail.text).toContain('AÚN NO TIENE VALIDEZ LEGAL')

    // The nearest units: the device's position only on request, else the comuna where the citizen is.
    await context.grantPermissions(['geolocation'])
    await context.setGeolocation({ latitude: -33.4372, longitude: -70.6506 })
    const policy = (await page.request.get('/')).headers()['permissions-policy'] ?? ''
    await page.locator('.cv-units__locate').click()
    if (/geolocation=\(\)/.test(policy)) {
      // The server's Permissions-Policy forbids it: the page says so and offers the comunas.
      await expect.poll(() => page.locator('.cv-units__status').textContent()).toContain('No fue posible')
    } else {
      await expect.poll(() => page.locator('.cv-units__status').textContent()).toContain('su ubicación')
      await page.locator('.button', { hasText: 'Buscar por comuna' }).click()
    }
    await page.locator('#comuna').selectOption('13101')
    await page.locator('.cv-units__comuna button[type="submit"]').click()
    await page.locator('.cv-units__list li').first().waitFor()
    expect(await page.locator('.cv-units__status').textContent()).toBe('Las más cercanas a Santiago:')
    expect(await page.locator('.cv-units__list li').count()).toBeGreaterThan(0)
    await inspect(page, 'unidades', found)

    // Asking again shows the same code, and the server holds one request.
    await page.goto('/constancias/votacion/aviso')
    await page.waitForURL(`${proxy.origin}/constancias/votacion/${code}`)
    expect(await constancia.pendingCode(page)).toBe(code)
    expect((await recorded(context)).map((view) => [view.code, view.estado])).toEqual([[code, 'pendiente']])

    // "Mis trámites" lists it with its state.
    await page.goto('/mis-tramites')
    await page.locator('#mis-constancias-voto').waitFor()
    expect(await text(page, 'main section')).toContain(`Código ${code} Pendiente`)

    expect(found).toEqual({})
    expect(errors).toEqual([])
    await context.close()
    // A whole journey with an accessibility check on each of its screens: twice the usual time.
  }, 120_000)

  it('signed in through the constancia’s ClaveÚnica button, every page shows who is signed in after a reload', async () => {
    const context = await phone()
    const page = await context.newPage()
    await constancia.openInfo(page)
    await constancia.signIn(page, server, CITIZENS.benjamin)
    const account = page.getByRole('navigation', { name: 'Su cuenta' })
    for (const path of ['/', '/constancias', '/constancias/votacion/aviso', '/envios']) {
      await page.goto(path)
      await page.reload()
      await expect
        .poll(() => account.locator('.account__name').textContent(), { timeout: 10_000 })
        .toBe(CITIZENS.benjamin.name)
      expect(await account.getByRole('link', { name: 'Mis trámites' }).getAttribute('href')).toBe(
        '/mis-tramites',
      )
      expect(await page.locator('header a[href="/ingresar"]').count(), path).toBe(0)
    }
    // Signing out ends it on every page too.
    await page.locator('.account__button').click()
    await page.waitForURL(`${proxy.origin}/`)
    await page.reload()
    await page.locator('header a[href="/ingresar"]').waitFor()
    expect(await page.locator('.account__name').count()).toBe(0)
    await context.close()
  })

  it('with the network cut before "Enviar Solicitud", the request waits on the device and lands exactly once when the network returns', async () => {
    const context = await phone()
    const first = await context.newPage()
    await constancia.openInfo(first)
    await waitForServiceWorker(first)
    await constancia.signIn(first, server, CITIZENS.jose)
    await constancia.acceptNotice(first)
    await constancia.fill(first, { born: CITIZENS.jose.born, email: 'jose@example.cl', phone: '912345678' })
    // The draft is saved as the citizen types: closing the tab loses nothing.
    await first.waitForTimeout(200)
    await first.close()
    const page = await context.newPage()
    await page.goto('/constancias/votacion/formulario')
    // The page knows who is signed in, so the draft is weighed against the account's copy first.
    await expect.poll(() => page.locator('#email').inputValue(), { timeout: 10_000 }).toBe('jose@example.cl')
    expect(await page.locator('#fechaNacimiento-anio').inputValue()).toBe('1979')
    expect(await page.locator('#declaracion').isChecked()).toBe(true)
    const postsBefore = proxy.posts(POSTS)

    // Offline, "Continuar" cannot ask the civil registry: the review page follows all the same, and
    // the request's own check decides when it arrives.
    await proxy.cut()
    await context.setOffline(true)
    await constancia.toReview(page)
    await constancia.send(page)
    await page.waitForURL((url) => url.pathname.startsWith('/constancias/votacion/envio/'))
    expect(await page.locator('h1').textContent()).toBe('Solicitud guardada para enviar')
    expect(await text(page)).toContain('Debe llegar antes de las 23:59')
    const found: Record<string, AxeViolation[]> = {}
    await inspect(page, 'en-espera', found)
    expect(found).toEqual({})
    expect(await recorded(context)).toEqual([])

    await proxy.restore()
    await context.setOffline(false)
    const code = await constancia.pendingCode(page)
    expect(page.url()).toBe(`${proxy.origin}/constancias/votacion/${code}`)
    const held = await recorded(context)
    expect(held.map((view) => view.code)).toEqual([code])
    expect(proxy.posts(POSTS) - postsBefore).toBe(1)
    await mailbox.waitFor('jose@example.cl', code)
    await context.close()
  })

  it('a queued request refused because the window closed meanwhile says so plainly, on its page and in the outbox', async () => {
    const context = await phone()
    const page = await context.newPage()
    await constancia.reviewAs(page, server, CITIZENS.valentina, {
      email: 'vale@example.cl',
      phone: '221234567',
    })
    await proxy.cut()
    await context.setOffline(true)
    await constancia.send(page)
    await page.waitForURL((url) => url.pathname.startsWith('/constancias/votacion/envio/'))

    // The server's answer to a request that arrives after 23:59 (worker/elecciones: window_closed).
    const closed =
      'La Constancia Votación se puede solicitar solo el día de la elección, desde las 00:00 hasta las 23:59. Se cerró el 16-11-2025 23:59.'
    proxy.answerPosts({
      status: 403,
      body: { status: 403, code: 'window_closed', message: closed, requestId: 'e2e' },
    })
    await proxy.restore()
    await context.setOffline(false)
    await expect
      .poll(() => page.locator('h1').textContent(), { timeout: 30_000 })
      .toBe('La solicitud no fue recibida')
    expect(await text(page, '.error-summary')).toContain(closed)
    const found: Record<string, AxeViolation[]> = {}
    await inspect(page, 'rechazada', found)
    proxy.answerPosts(undefined)

    await page.goto('/envios')
    await page.locator('[data-state="rejected"]').waitFor()
    expect(await text(page, '[data-state="rejected"]')).toContain(closed)
    await inspect(page, 'envios', found)
    expect(found).toEqual({})
    expect(await recorded(context)).toEqual([])
    await context.close()
  })

  it('a citizen signed in with an internal account is told plainly that this procedure requires ClaveÚnica', async () => {
    // An internal account for a RUN on the roll: registered, e-mail verified, signed in with a password.
    const person = { run: '12.345.678-5', email: 'camila@example.cl', password: 'Lluvia-sobre-Temuco-2025' }
    const registered = await fetch(`${server.origin}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.publicOrigin },
      body: JSON.stringify({ ...person, nombres: 'Camila Andrea', apellidos: 'Rojas Fuentes' }),
    })
    expect(registered.status).toBe(202)
    const link = await mailbox.waitFor(person.email, '/verificar-correo#')
    const token = /\/verificar-correo#([\w-]+)/.exec(link.text)?.[1] ?? ''
    const verified = await fetch(`${server.origin}/api/auth/verify-email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.publicOrigin },
      body: JSON.stringify({ token }),
    })
    expect(verified.status).toBe(200)

    const context = await phone()
    const page = await context.newPage()
    await page.goto('/')
    const login = await page.evaluate(
      async (body) => {
        const response = await fetch('/api/auth/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        })
        return response.status
      },
      { run: person.run, password: person.password },
    )
    expect(login).toBe(200)

    await constancia.openInfo(page)
    await expect.poll(() => text(page)).toContain('Este trámite requiere iniciar sesión con ClaveÚnica')
    await page.goto('/constancias/votacion/aviso')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Este trámite requiere ClaveÚnica')
    expect(await page.locator('button.cv-claveunica').count()).toBe(1)
    const found: Record<string, AxeViolation[]> = {}
    await inspect(page, 'solo-claveunica', found)
    expect(found).toEqual({})
    await context.close()
  })

  it('outside the window, the information page says when it opens, in Santiago’s time, and offers no way in', async () => {
    const context = await phone()
    const page = await context.newPage()
    // The election of record as the server describes it before its day (worker/elecciones).
    const eleccion = {
      id: '2025-11-16',
      nombre: 'Elecciones Presidenciales y Parlamentarias 2025',
      fecha: '2025-11-16',
      fechaPrimarias: '2025-06-29',
      ventanaInicio: '2025-11-16T03:00:00.000Z',
      ventanaFin: '2025-11-17T02:59:59.999Z',
      estado: 'proxima',
    }
    await page.route('**/api/constancias-voto/eleccion', (route) => route.fulfill({ json: { eleccion } }))
    await constancia.openInfo(page)
    await expect.poll(() => text(page, '.cv-inset')).toContain('Se habilita el 16-11-2025 a las 00:00.')
    expect(await page.locator('button.cv-claveunica').count()).toBe(0)
    await context.close()
  })

  it('at the window’s last minute the information page, the form, «Enviar Solicitud» and the pending request work; a minute after it closed each says so, offers no way on, and the API refuses', async () => {
    const admin = await staffSession(server, {
      email: 'admin.ventana@carabineros.example.cl',
      role: 'admin',
      unidad: 'DEMO-13101-1',
    })
    const demo = await ventanaDemo(server, admin)
    // Two citizens on «Enviar Solicitud», one for each side of the window's end.
    const onTime = await phone()
    const review = await onTime.newPage()
    await constancia.reviewAs(review, server, CITIZENS.benjamin, {
      email: 'benjamin@example.cl',
      phone: '912345678',
    })
    const late = await phone()
    const lateReview = await late.newPage()
    await constancia.reviewAs(lateReview, server, CITIZENS.valentina, {
      email: 'valentina@example.cl',
      phone: '912345679',
    })
    const info = await onTime.newPage()
    const form = await late.newPage()
    try {
      // The last minute: the window ends within the next minute, by the server's clock.
      const last = new Date(Date.now() + 60_000)
      await moverVentana(server, admin, demo, last)
      const [hoy, hasta] = formatLocal(last).split(' ')
      await constancia.openInfo(info)
      await expect
        .poll(() => text(info, '.cv-inset'))
        .toContain(`Hoy, ${hoy}, está habilitado hasta las ${hasta}.`)
      expect(await info.getByRole('link', { name: 'Continuar' }).count()).toBe(1)
      await form.goto('/constancias/votacion/formulario')
      await form.locator('#fechaNacimiento').waitFor()
      await review.getByRole('button', { name: 'Enviar Solicitud' }).click()
      const code = await constancia.pendingCode(review)
      await expect.poll(() => text(review)).toContain(`antes de las ${hasta}`)

      // The first minute after: it closed a minute ago.
      const closed = new Date(Date.now() - 60_000)
      await moverVentana(server, admin, demo, closed)
      const [dia, hora] = formatLocal(closed).split(' ')
      const cerro = `Se cerró el ${dia} a las ${hora}.`
      // «Enviar Solicitud» on a review page left open: refused, in words, and no way on.
      await lateReview.getByRole('button', { name: 'Enviar Solicitud' }).click()
      await expect.poll(() => text(lateReview)).toContain(cerro)
      expect(await lateReview.getByRole('button', { name: 'Enviar Solicitud' }).count()).toBe(0)
      expect(await recorded(late)).toEqual([])
      // The form: the window, and no field.
      await form.reload()
      await expect.poll(() => text(form)).toContain(cerro)
      expect(await form.locator('#fechaNacimiento').count()).toBe(0)
      // The information page: when it closed, and no way in.
      await info.reload()
      await expect.poll(() => text(info, '.cv-inset')).toContain(cerro)
      expect(await info.getByRole('link', { name: 'Continuar' }).count()).toBe(0)
      expect(await info.locator('button.cv-claveunica').count()).toBe(0)
      // The pending request, a minute late: expired.
      await review.reload()
      await expect.poll(() => review.locator('h1').textContent()).toBe('Solicitud vencida')
      expect((await recorded(onTime)).map((view) => [view.code, view.estado])).toEqual([[code, 'vencida']])
      // And the API refuses the legal notice and the request, naming the field.
      const refused = await form.evaluate(async (eleccionId) => {
        const response = await fetch('/api/constancias-voto/aviso', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ eleccionId }),
        })
        return { status: response.status, body: await response.json() }
      }, demo.id)
      expect(refused).toMatchObject({
        status: 403,
        body: {
          code: 'window_closed',
          fields: [{ field: 'eleccionId', message: expect.stringContaining('se cerró el') }],
        },
      })
    } finally {
      await moverVentana(server, admin, demo, demo.ventanaFin)
      await onTime.close()
      await late.close()
    }
  }, 120_000)

  it('a first visit to its landing pages loads at most 35 kB of gzipped JS', async () => {
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
    // Where a citizen may arrive with nothing cached: the service, ClaveÚnica's return, the e-mail's link.
    const landing = [
      '/constancias',
      '/constancias/votacion',
      '/constancias/votacion/aviso',
      '/constancias/votacion/WNDT7C4Z3T',
    ]
    for (const path of [...landing, '/constancias/votacion/formulario']) {
      const visit = await firstVisitJs(browser, server.origin, path)
      console.log(`${path}: JS ${kb(visit.gzip)} gz in ${visit.scripts.length} files`)
      // Within 35 kB, or the ceiling of a page not yet within it (tests/e2e/support/budget-pendiente.ts).
      if (landing.includes(path)) expect(visit.gzip).toBeLessThanOrEqual(techoDe(path, 35_000))
      expect(visit.scripts.some((script) => script.url.startsWith('/assets/staff/'))).toBe(false)
    }
  })
})
