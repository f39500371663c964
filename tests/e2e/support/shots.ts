import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'

/**
 * Where the end-to-end tests photograph the screens they reach, to be looked at
 * (`SHOTS_DIR=/tmp/shots npm test`). Unset, as in CI, nothing is photographed: screenshots
 * assert nothing and cost about a minute of the test command.
 */
export const SHOTS_DIR = process.env.SHOTS_DIR
if (SHOTS_DIR) mkdirSync(SHOTS_DIR, { recursive: true })

/**
 * A full-page screenshot, `${SHOTS_DIR}/${name}.png`, when SHOTS_DIR is set.
 *
 * @example
 * await photograph(page, 'constancia-lista-es-phone')
 */
export async function photograph(page: Page, name: string, options: { scale?: 'css' } = {}): Promise<void> {
  if (SHOTS_DIR) await page.screenshot({ path: `${SHOTS_DIR}/${name}.png`, fullPage: true, ...options })
}
