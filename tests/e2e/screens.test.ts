import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type AxeViolation, axeViolations } from './support/axe.ts'
import { DESKTOP, launchBrowser, PHONE } from './support/browser.ts'
import { condolencias, home } from './support/pages.ts'
import { buildPwa, type PortalServer, startPortal } from './support/server.ts'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots'

/** Every screen built so far, reached the way a citizen reaches it, in this order. */
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: (page) => home.open(page) },
  {
    name: 'condolencias',
    open: async (page) => {
      await page.goto('/condolencias')
      await page.locator('.entries').waitFor()
    },
  },
  {
    name: 'nombre-error',
    open: async (page) => {
      await condolencias.openNombre(page)
      await condolencias.typeNombre(page, '')
      await condolencias.continue(page)
      await page.locator('.error-summary').waitFor()
    },
  },
  {
    name: 'nombre',
    open: async (page) => {
      await condolencias.openNombre(page)
      await condolencias.typeNombre(page, 'Familia Rojas Pizarro')
    },
  },
  {
    name: 'mensaje-error',
    open: async (page) => {
      await page.goto('/condolencias/mensaje')
      await page.locator('#mensaje').fill('Siempre en nuestra memoria. '.repeat(80))
      await condolencias.continue(page)
      await page.locator('.error-summary').waitFor()
    },
  },
  {
    name: 'mensaje',
    open: async (page) => {
      await page.goto('/condolencias/mensaje')
      await page
        .locator('#mensaje')
        .fill('Con respeto y gratitud por su entrega.\nSiempre en nuestra memoria.')
    },
  },
  {
    name: 'revisar',
    open: async (page) => {
      await page.goto('/condolencias/revisar')
      await page.locator('.summary').waitFor()
    },
  },
  {
    name: 'enviado',
    open: async (page) => {
      await condolencias.continue(page)
      await page.locator('.panel__ref').waitFor()
    },
  },
  {
    name: 'envios',
    open: async (page) => {
      await page.goto('/envios')
      await page.locator('[data-state="sent"]').first().waitFor()
    },
  },
  {
    name: 'funcionarios',
    open: async (page) => {
      await page.goto('/funcionarios')
      await page.locator('h1').waitFor()
    },
  },
  {
    name: 'no-encontrada',
    open: async (page) => {
      await page.goto('/no-existe')
      await page.locator('h1').waitFor()
    },
  },
]

let server: PortalServer
let browser: Browser

beforeAll(async () => {
  buildPwa()
  server = await startPortal()
  browser = await launchBrowser()
  mkdirSync(SHOTS, { recursive: true })
  // The book's start page lists messages: give it one.
  await fetch(`${server.origin}/api/condolencias`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'screens-seed' },
    body: JSON.stringify({
      nombre: 'Carabineros de Chile',
      mensaje: 'Honor y gloria a quienes dieron su vida.',
    }),
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe.each(['es', 'en', 'ht'] as const)('every screen in %s', (code) => {
  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('has no axe-core violations (%s) and is photographed', async (size, viewport) => {
    // axe is injected as an inline script, which the portal's CSP rightly forbids.
    const context = await browser.newContext({
      baseURL: server.origin,
      viewport,
      bypassCSP: true,
      locale: 'es-CL',
    })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await home.open(page)
    await home.switchLanguage(page, code)
    const found: Record<string, AxeViolation[]> = {}
    const overflows: string[] = []
    for (const screen of screens) {
      await screen.open(page)
      expect(await page.locator('html').getAttribute('lang')).toBe(code)
      const violations = await axeViolations(page)
      if (violations.length > 0) found[screen.name] = violations
      if (code === 'es' || size === 'phone') {
        await page.screenshot({ path: `${SHOTS}/${screen.name}-${code}-${size}.png`, fullPage: true })
      }
      if (size === 'phone') {
        // The narrowest phone still in use: nothing may need sideways scrolling.
        await page.setViewportSize({ width: 320, height: 640 })
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        if (overflow > 0) overflows.push(`${screen.name}: ${overflow}px`)
        await page.setViewportSize(viewport)
      }
    }
    expect(found).toEqual({})
    expect(overflows).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
