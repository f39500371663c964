import type { Page } from 'playwright-core'

/**
 * Page objects: what a citizen does, in the words of the screens, so tests read as journeys and
 * survive markup changes. Buttons are found by role and type, not by their (translated) text.
 */
export const home = {
  async open(page: Page): Promise<void> {
    await page.goto('/')
    await page.locator('h1').waitFor()
  },
  async switchLanguage(page: Page, code: 'es' | 'en' | 'ht'): Promise<void> {
    await page.locator(`.lang-switch button[lang="${code}"]`).click()
    await page.waitForFunction((lang) => document.documentElement.lang === lang, code)
  },
}

export const condolencias = {
  async openNombre(page: Page): Promise<void> {
    await page.goto('/condolencias/nombre')
    await page.locator('#nombre').waitFor()
  },
  async typeNombre(page: Page, nombre: string): Promise<void> {
    await page.locator('#nombre').fill(nombre)
  },
  async continue(page: Page): Promise<void> {
    await page.locator('form button[type="submit"]').click()
  },
  /** From the first question to the confirmation page; resolves once the confirmation shows. */
  async submit(page: Page, nombre: string, mensaje: string): Promise<string> {
    await condolencias.openNombre(page)
    await condolencias.typeNombre(page, nombre)
    await condolencias.continue(page)
    await page.locator('#mensaje').fill(mensaje)
    await condolencias.continue(page)
    await page.locator('.summary').waitFor()
    await condolencias.continue(page)
    await page.waitForURL(/\/condolencias\/enviado\//)
    return page.url().split('/').pop() ?? ''
  },
}

export const outbox = {
  async open(page: Page): Promise<void> {
    await page.goto('/envios')
    await page.locator('h1').waitFor()
  },
  /** The banner shown on every page, e.g. "2 envíos pendientes". */
  banner(page: Page) {
    return page.locator('.banner strong')
  },
  states(page: Page): Promise<string[]> {
    return page
      .locator('[data-outbox-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-state') ?? ''))
  },
}
