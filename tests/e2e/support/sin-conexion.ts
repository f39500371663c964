import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { outbox } from './pages.ts'
import type { SwitchableProxy } from './proxy.ts'

/**
 * A new page of the context with no network — the proxy cut, the browser offline — and the page
 * errors it collects, for a form filled offline on a second visit.
 *
 * @example
 * const { page, errors } = await sinRed(context, proxy)
 */
export async function sinRed(
  context: BrowserContext,
  proxy: SwitchableProxy,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await proxy.cut()
  await context.setOffline(true)
  return { page, errors }
}

/** The network back: the proxy restored, the browser online. */
export async function conRed(context: BrowserContext, proxy: SwitchableProxy): Promise<void> {
  await proxy.restore()
  await context.setOffline(false)
}

/**
 * Reloaded and replayed again: the outbox holds the one item, sent, and `path` was posted once
 * more than `antes` (the count before the network came back).
 */
export async function enviadoUnaVez(page: Page, proxy: SwitchableProxy, path: string, antes: number) {
  await page.reload()
  await outbox.open(page)
  await expect.poll(() => outbox.states(page)).toEqual(['sent'])
  expect(proxy.posts(path)).toBe(antes + 1)
}
