import type { Page } from 'playwright-core'

/** What has keyboard focus: its tag, id and text. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
    }
  })
}

/**
 * Presses Tab until the focused element matches, as a keyboard user would; fails after 40 stops.
 *
 * @example
 * await tabTo(page, (current) => current.id === 'nombre')
 */
export async function tabTo(
  page: Page,
  matches: (current: { tag: string; id: string; text: string }) => boolean,
) {
  for (let stop = 0; stop < 40; stop++) {
    await page.keyboard.press('Tab')
    const current = await focused(page)
    if (matches(current)) return current
  }
  throw new Error('never reached by Tab')
}
