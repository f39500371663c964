import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { type AxeViolation, axeViolations } from './axe.ts'
import { DESKTOP, PHONE } from './browser.ts'
import { photograph, SHOTS_DIR } from './shots.ts'
import { PHONE_390 } from './staff-pages.ts'

type Language = 'es' | 'en' | 'ht'

/** Switches the page's language with the header's switch, and waits until it is in place. */
export async function switchLanguage(page: Page, code: Language): Promise<void> {
  await page.locator(`.lang-switch button[lang="${code}"]`).click()
  await page.waitForFunction((lang) => document.documentElement.lang === lang, code)
}

/**
 * A screen as it is now, on a phone: axe-core in each of `languages` (switched in place, back to
 * Spanish after), none of the `spanish` sentences left on it in English or Creole, no sideways
 * scrolling at 320 px. Photographed (support/shots.ts) as `${name}-${lang}-phone` at 360×740 and
 * `${name}-es-desktop` at 1280×800. What is wrong goes into `found`, named.
 *
 * @example
 * await inspectScreen(page, 'constancia-lista', found, { spanish })
 */
export async function inspectScreen(
  page: Page,
  name: string,
  found: Record<string, AxeViolation[]>,
  options: { languages?: readonly Language[]; spanish?: readonly string[] },
): Promise<void> {
  const { languages = ['es', 'en', 'ht'], spanish = [] } = options
  const shot = (suffix: string, scale?: 'css') => photograph(page, `${name}-${suffix}`, { scale })
  for (const code of languages) {
    if (languages.length > 1) await switchLanguage(page, code)
    const violations = await axeViolations(page)
    if (violations.length > 0) found[`${name} (${code})`] = violations
    const shown = code === 'es' ? '' : ((await page.locator('main').first().textContent()) ?? '')
    const untranslated = spanish.filter((sentence) => shown.includes(sentence))
    if (untranslated.length > 0)
      found[`${name} (${code}) in Spanish`] = untranslated.map((help) => ({
        id: 'i18n',
        impact: null,
        help,
        nodes: [],
      }))
    if (code !== 'es') await shot(`${code}-phone`)
  }
  if (languages.length > 1) await switchLanguage(page, 'es')
  await shot('es-phone')
  await page.setViewportSize({ width: 320, height: 640 })
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  if (overflow > 0)
    found[`${name} (320 px)`] = [{ id: 'overflow', impact: null, help: `${overflow}px`, nodes: [] }]
  if (SHOTS_DIR) {
    await page.setViewportSize(DESKTOP)
    await shot('es-desktop', 'css')
  }
  await page.setViewportSize(PHONE)
}

/**
 * Axe in Spanish, English and Creole, none of `words`' Spanish sentences (over 40 characters, no
 * placeholder) left in the other two; back at the phone's size after.
 *
 * @example
 * await inThreeLanguages(page, 'mem-cola', funcionariosEs)
 */
export async function inThreeLanguages(
  page: Page,
  name: string,
  words: Record<string, string>,
): Promise<void> {
  const found: Record<string, AxeViolation[]> = {}
  const spanish = Object.values(words).filter((value) => value.length > 40 && !value.includes('{'))
  await inspectScreen(page, name, found, { spanish })
  expect(found).toEqual({})
  await page.setViewportSize(PHONE_390)
}
