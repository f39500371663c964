import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { axeViolations } from './axe.ts'
import { DESKTOP } from './browser.ts'
import { useSession } from './identity.ts'
import type { PortalServer } from './server.ts'
import { photograph } from './shots.ts'

/** The phone the staff screens are looked at on (and the desktop, DESKTOP). */
export const PHONE_390 = { width: 390, height: 844 }

/**
 * A staff member's browser context, signed in with `cookie`, at a phone's size in Chile. It bypasses
 * the CSP only so that axe-core can be injected as an inline script.
 *
 * @example
 * const { context, page } = await staffPage(browser, server, supervisor.cookie)
 */
export async function staffPage(
  browser: Browser,
  server: PortalServer,
  cookie: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, server)
  await useSession(context, server, cookie)
  return { context, page: await context.newPage() }
}

/**
 * A browser context at 390×844 in Chile, signed in as nobody yet: axe-core may be injected (CSP bypassed).
 *
 * @example
 * const context = await phoneContext(browser, server)
 */
export function phoneContext(browser: Browser, server: PortalServer): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: server.origin,
    viewport: PHONE_390,
    locale: 'es-CL',
    timezoneId: 'America/Santiago',
    bypassCSP: true,
  })
}

/**
 * No axe violation at 390×844, and photographs there and at 1280×800 (`${name}-390`, `-1280`).
 *
 * @example
 * await lookAt(page, 'sd-cola')
 */
export async function lookAt(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE_390)
  expect(await axeViolations(page), name).toEqual([])
  await photograph(page, `${name}-390`)
  await page.setViewportSize(DESKTOP)
  await photograph(page, `${name}-1280`)
  await page.setViewportSize(PHONE_390)
}
