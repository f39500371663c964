import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LANDING_SCREENS, landingFile } from '../../web/tools/landing-pages.ts'
import { securityHeaderValues } from '../../worker/middleware/security-headers.ts'
import { testApp } from '../support/app.ts'
import { launchBrowser, newPhoneContext, waitForServiceWorker } from './support/browser.ts'
import { CITIZENS, constancia } from './support/constancia.ts'
import { type EdgePortal, startEdgePortal } from './support/edge-portal.ts'
import { permiso } from './support/permisos.ts'
import { webRoot } from './support/server.ts'
import { staffSession, UNIDADES } from './support/validacion.ts'

/**
 * The portal as an operator deploys it to Workers, run locally: the Worker bundle and the built
 * PWA in workerd, routed by wrangler.toml, on Turso's stand-in prepared by `npm run db:migrate`.
 * Citizens sign in with ClaveÚnica and finish their errands in Chromium, without bypassing the
 * Content-Security-Policy the edge sends.
 */
let portal: EdgePortal | undefined
let browser: Browser
/** The constancia the citizen asked for, which the officer then validates. */
let code = ''

beforeAll(async () => {
  portal = await startEdgePortal()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await portal?.stop()
})

const at = (path: string) => `${portal?.origin}${path}`

/** A phone on the edge's origin, and the page errors it meets. */
async function citizenPage() {
  if (!portal) throw new Error('no portal')
  const context = await newPhoneContext(browser, portal.origin)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { portal, context, page, errors }
}

describe('the edge, run as deployed', () => {
  it('runs the Worker for every path the app owns, the static files for the rest', async () => {
    const { app } = await testApp()
    const owned = [...new Set(app.routes.map((route) => route.path))]
      .filter((path) => path !== '*' && path !== '/*')
      .map((path) => path.replace(/:\w+(\{[^}]*\})?/g, 'x').replace(/\*$/, 'x'))
    expect(owned).toContain('/auth/claveunica/login')
    // Only the Worker's answers carry a request id; the static files' never do.
    const byWorker = async (path: string) =>
      (await fetch(at(path), { redirect: 'manual' })).headers.has('x-request-id')
    for (const path of owned) expect(await byWorker(path), path).toBe(true)
    for (const path of ['/', '/constancias/votacion', '/permisos/solicitud'])
      expect(await byWorker(path), path).toBe(false)
  })

  it('gives static files, index.html and the app routes included, the security headers the app sends', async () => {
    const expected = await securityHeaderValues()
    expect(expected['content-security-policy']).toContain("frame-ancestors 'none'")
    const index = readFileSync(join(webRoot, 'index.html'), 'utf8')
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? ''
    expect(readdirSync(join(webRoot, 'assets'))).toContain(script.slice('/assets/'.length))
    for (const path of ['/', script, '/constancias/votacion']) {
      const response = await fetch(at(path))
      expect(response.status, path).toBe(200)
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value)
    }
    // A hashed file is kept a year; a page's HTML is revalidated, so a fix reaches voters at once (decision 0079).
    expect((await fetch(at(script))).headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(
      (await fetch(at('/constancias/votacion/no-podre-votar'))).headers.get('cache-control'),
    ).not.toContain('immutable')
  })

  it("serves a landing page its own HTML (the build's, with its chunks preloaded) and any other path index.html", async () => {
    const file = (name: string) => readFileSync(join(webRoot, name), 'utf8')
    for (const path of Object.keys(LANDING_SCREENS)) {
      const response = await fetch(at(path), { redirect: 'manual' })
      expect(response.status, path).toBe(200)
      expect(await response.text(), path).toBe(file(landingFile(path)))
    }
    expect(file(landingFile('/permisos'))).toContain('rel="modulepreload"')
    expect(await (await fetch(at('/permisos/solicitud'))).text()).toBe(file('index.html'))
  })

  it("opens the app's routes from its service worker: the shell the edge answers with a redirect (/index.html → /) is kept without it", async () => {
    const { context, page, errors } = await citizenPage()
    await page.goto('/')
    await waitForServiceWorker(page)
    // A navigation answered with a redirected response fails (net::ERR_FAILED) before any page.
    for (const path of ['/permisos/solicitud', '/constancias/votacion/aviso']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      expect(await response?.text(), path).toBe(readFileSync(join(webRoot, 'index.html'), 'utf8'))
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('a citizen signs in with ClaveÚnica and gets an election constancia code, on screen and by e-mail', async () => {
    const { portal, context, page, errors } = await citizenPage()
    await constancia.reviewAs(page, portal, CITIZENS.maria, {
      email: 'maria@example.cl',
      phone: '+56 9 8765 4321',
    })
    await constancia.send(page)
    code = await constancia.pendingCode(page)
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    // At the edge the outbox leaves on the Cron Trigger, through the HTTP mail API.
    await portal.cron()
    const mail = await portal.mailTo('maria@example.cl', code)
    expect(mail.subject).toContain(code)
    expect(errors).toEqual([])
    await context.close()
  })

  it('an officer (password and TOTP) validates that constancia at a unit; the signed PDF leaves by e-mail', async () => {
    if (!portal) throw new Error('no portal')
    const cookie = await staffSession(portal, {
      email: 'ana@carabineros.example.cl',
      role: 'officer',
      unidad: UNIDADES.santiago,
    })
    const post = (path: string, body: unknown) =>
      fetch(at(`/api/funcionarios/constancias-voto${path}`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: portal?.origin ?? '', cookie },
        body: JSON.stringify(body),
      })
    expect(await (await post('/buscar', { code })).json()).toMatchObject({ code, estado: 'pendiente' })
    const validated = await post(`/${code}/validar`, {
      documento: 'cedula',
      numeroDocumento: '512.345.678',
      vencimiento: '2027-03-01',
      runDocumento: CITIZENS.maria.run,
      nombreCoincide: true,
    })
    expect(await validated.json()).toMatchObject({ code, estado: 'validada' })
    await portal.cron()
    expect((await portal.mailTo('maria@example.cl', 'fue validada')).subject).toContain(code)
  })

  it('a citizen signs in with ClaveÚnica and is issued a safe-conduct permit', async () => {
    const { portal, context, page, errors } = await citizenPage()
    await page.goto('/permisos')
    await page.locator('button.button-cu').waitFor()
    await permiso.signIn(page, portal, CITIZENS.valentina)
    const fecha = (await permiso.dayAhead(page, 1)) ?? ''
    await permiso.fill(page, { tipo: 'compras', fecha, hora: '10:00', serie: 'A034567890' })
    await permiso.toReview(page)
    await permiso.send(page)
    const code = await permiso.code(page)
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/)
    expect(await page.locator('main').textContent()).toContain(CITIZENS.valentina.name)
    const verified = await fetch(at(`/api/verificar/${code}`))
    expect(((await verified.json()) as { code: string }).code).toBe(code)
    expect(errors).toEqual([])
    await context.close()
  })
})
