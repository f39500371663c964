import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../support/node-server.ts'
import { launchBrowser } from './support/browser.ts'
import { type FirstVisit, measureFirstVisit, precacheSize } from './support/budget.ts'
import { TECHOS, techoDe } from './support/budget-pendiente.ts'
import { citizenViaClaveUnica, DEMO_CITIZENS } from './support/identity.ts'
import { paginasCiudadanas } from './support/paginas.ts'
import { buildPwa, type PortalServer, startPortal, webRoot } from './support/server.ts'

/** Issue 20: the JS of a first visit to any citizen page, cold, gzipped. */
const FIRST_VISIT_JS_BUDGET = 35 * 1000
/** Issue 20: what the service worker's first install downloads, gzipped, with every service in. */
const PRECACHE_BUDGET = 250 * 1000

/*
 * Every citizen page (tests/e2e/support/paginas.ts: web/app.tsx's routes and each service's
 * web/<service>/paginas.ts — nothing listed here), each visited cold by a signed-in citizen (a
 * ClaveÚnica return, an e-mailed link, a reload of a form) and, where a visitor lands, by a visitor. A parameter's page is visited with an example (a número nobody has:
 * the page's own code loads all the same).
 */
const PAGINAS = await paginasCiudadanas()

let server: PortalServer
let browser: Browser
let cookie: string
const filas = new Map<string, Fila>()

beforeAll(async () => {
  buildPwa()
  // The local ClaveÚnica, for the first visit of a signed-in citizen.
  server = await startPortal({ env: { CLAVEUNICA_LOCAL_PORT: String(await freePort()) } })
  browser = await launchBrowser()
  cookie = (await citizenViaClaveUnica(server, DEMO_CITIZENS.maria.run)).cookie()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  // The table, for the notes and decision records: .tmp/budget.md.
  const lineas = [...filas].map(
    ([path, { visitante, ciudadano }]) =>
      `| ${path} | ${visitante ? kb(visitante.jsGzip) : '–'} | ${kb(ciudadano.jsGzip)} | ${ciudadano.scripts.length} |`,
  )
  if (lineas.length === 0) return
  mkdirSync('.tmp', { recursive: true })
  writeFileSync(
    join('.tmp', 'budget.md'),
    ['| page | visitor JS gz | signed-in JS gz | files |', '|---|---|---|---|', ...lineas].join('\n'),
  )
})

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

function report(visit: FirstVisit, who: string): void {
  console.log(
    `${visit.path} (${who}): JS ${kb(visit.jsGzip)} gz (${kb(visit.jsRaw)} raw) in ${visit.scripts.length} files; ` +
      `transfer ${kb(visit.transfer)} in ${visit.requests} requests\n` +
      visit.scripts.map((script) => `  ${script.url}  ${kb(script.gzip)} gz`).join('\n'),
  )
}

type Fila = { visitante: FirstVisit | undefined; ciudadano: FirstVisit }

/**
 * A page's cold first visits: a signed-in citizen loads the most (the header's account, the page
 * past its gate); a visitor's is measured too where a visitor lands, a top-level page.
 */
async function medir(path: string): Promise<Fila> {
  const ciudadano = await measureFirstVisit(browser, server.origin, path, cookie)
  const visitante =
    path.split('/').length <= 2 ? await measureFirstVisit(browser, server.origin, path) : undefined
  return { visitante, ciudadano }
}

const sobre = ({ visitante, ciudadano }: Fila) =>
  [visitante, ciudadano].some((visit) => visit && visit.jsGzip > FIRST_VISIT_JS_BUDGET)

function expectWithinBudget(visit: FirstVisit): void {
  // A page that failed to load would pass any budget.
  expect(visit.scripts.length, visit.path).toBeGreaterThan(0)
  // 35 kB, or the ceiling of a page not yet within it, which it may not grow past.
  expect(visit.jsGzip, visit.path).toBeLessThanOrEqual(techoDe(visit.path, FIRST_VISIT_JS_BUDGET))
  expect(
    visit.scripts.filter((script) => script.url.startsWith('/assets/staff/')),
    visit.path,
  ).toEqual([])
}

describe('front-end budget', () => {
  it('finds every service’s pages, not only its start page', () => {
    for (const path of [
      '/',
      '/permisos/revisar',
      '/constancias/extravio-celular/imei',
      '/mis-datos/correccion',
    ])
      expect(PAGINAS).toContain(path)
    expect(PAGINAS.some((path) => path.startsWith('/funcionarios'))).toBe(false)
  })

  it.concurrent.each(PAGINAS)(
    'a cold first visit to %s loads at most 35 kB of gzipped JS, signed in or not, and no officer code',
    async (path) => {
      const { visitante, ciudadano } = await medir(path)
      filas.set(path, { visitante, ciudadano })
      for (const [visit, who] of [
        [ciudadano, 'signed in'],
        [visitante, 'visitor'],
      ] as const) {
        if (!visit) continue
        if (visit.jsGzip > FIRST_VISIT_JS_BUDGET) report(visit, who)
        expectWithinBudget(visit)
      }
    },
  )

  it('keeps a page on the list of those not yet within 35 kB only while one of its group is over', async () => {
    // Runs after every page is measured (the concurrent tests above have all settled by now).
    expect(filas.size).toBe(PAGINAS.length)
    for (const { paginas } of TECHOS) {
      const grupo = PAGINAS.filter((path) => paginas.test(path))
      let over = grupo.some((path) => sobre(filas.get(path) as Fila))
      // On a loaded machine a visit's measure can end early, when the network falls quiet between
      // two of its lazy chunks (a full run once measured a signed-in /mis-tramites at 29.6 kB
      // instead of 67.8): before saying a group fits, its pages are measured once more.
      for (const path of grupo) {
        if (over) break
        over = sobre(await medir(path))
      }
      expect(
        over,
        `${paginas}: every page of it is within 35 kB now; take it off tests/e2e/support/budget-pendiente.ts`,
      ).toBe(true)
    }
  })

  it('serves a real /robots.txt (not the app): the public pages indexed, a citizen’s and the officers’ not', async () => {
    const answer = await fetch(`${server.origin}/robots.txt`)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await answer.text()
    expect(text).not.toContain('<html')
    expect(text).toContain('User-agent: *')
    for (const path of ['/api/', '/funcionarios', '/mis-datos', '/mis-tramites'])
      expect(text).toContain(`Disallow: ${path}`)
  })

  it('precaches the shell within 250 kB gz, lists each service’s chunks to keep on first use, and no officer screen', () => {
    const precache = precacheSize(webRoot)
    console.log(`precache: ${precache.entries} files, ${kb(precache.raw)} raw, ${kb(precache.gzip)} gz`)
    expect(precache.files).toContain('index.html')
    expect(precache.files).toContain('servicios-sw.json')
    expect(precache.files.some((file) => file.startsWith('assets/staff/'))).toBe(false)
    expect(precache.gzip).toBeLessThanOrEqual(PRECACHE_BUDGET)
    // Every service of services.ts is kept whole once opened (decision 0074).
    const servicios = JSON.parse(readFileSync(join(webRoot, 'servicios-sw.json'), 'utf8')) as Record<
      string,
      string[]
    >
    for (const path of PAGINAS.filter((p) => p.split('/').length === 2 && p !== '/'))
      if (
        !/^\/(ingresar|registrarse|verificar-correo|recuperar-clave|restablecer-clave|mis-tramites)$/.test(
          path,
        )
      )
        expect(servicios[path.slice(1)]?.length ?? 0, path).toBeGreaterThan(0)
    expect(
      Object.values(servicios)
        .flat()
        .some((file) => file.startsWith('assets/staff/')),
    ).toBe(false)
  })
})
