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
  /** The form's first page, for the «general» memorial (the messages from before memorials). */
  async openMensaje(page: Page, memorial = 'general'): Promise<void> {
    await page.goto(`/condolencias/mensaje?memorial=${memorial}`)
    await page.locator('#mensaje').waitFor()
  },
  async typeMensaje(page: Page, mensaje: string): Promise<void> {
    await page.locator('#mensaje').fill(mensaje)
  },
  async continue(page: Page): Promise<void> {
    await page.locator('form button[type="submit"]').click()
  },
  /**
   * From the first question to the confirmation page, signed with the full name (the context is
   * signed in as a citizen); resolves once the confirmation shows.
   */
  async submit(page: Page, mensaje: string): Promise<string> {
    await condolencias.openMensaje(page)
    await condolencias.typeMensaje(page, mensaje)
    await condolencias.continue(page)
    await page.getByLabel('Con mi nombre completo').check()
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

/** The citizen's sign-in, registration and account pages. */
export const cuenta = {
  async openIngresar(page: Page): Promise<void> {
    await page.goto('/ingresar')
    await page.locator('.button-cu').waitFor()
  },
  /** Presses "Iniciar sesión con ClaveÚnica": the page leaves for ClaveÚnica's login. */
  async startClaveUnica(page: Page): Promise<void> {
    await page.locator('.button-cu').click()
  },
  /** "Ingresar con RUN y contraseña": the form of /ingresar/clave. */
  async openPasswordSignIn(page: Page): Promise<void> {
    await page.goto('/ingresar/clave')
    await page.locator('#run').waitFor()
  },
  /** RUN and password on /ingresar/clave; resolves once the request is answered. */
  async signInWithPassword(page: Page, run: string, password: string): Promise<void> {
    await page.locator('#run').fill(run)
    await page.locator('#password').fill(password)
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
      page.locator('form button[type="submit"]').click(),
    ])
  },
  async register(
    page: Page,
    person: { run: string; nombres: string; apellidos: string; email: string; password: string },
  ): Promise<void> {
    await page.goto('/registrarse')
    for (const [field, value] of Object.entries(person)) await page.locator(`#${field}`).fill(value)
    await page.locator('form button[type="submit"]').click()
  },
  /** The rows of "Sus datos" on Mis trámites, as `label → value`. */
  async details(page: Page): Promise<Record<string, string>> {
    await page.locator('.summary').waitFor()
    const rows = await page
      .locator('.summary__row')
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector('dt')?.textContent?.trim() ?? '',
          item.querySelector('dd')?.textContent?.trim() ?? '',
        ]),
      )
    return Object.fromEntries(rows)
  },
  /** The header's signed-in name, or `null` when it offers "Ingresar". */
  async headerName(page: Page): Promise<string | null> {
    await page.locator('.account__name, .header__link').first().waitFor()
    const name = page.locator('.account__name')
    return (await name.count()) > 0 ? ((await name.textContent()) ?? '') : null
  },
  async signOutFromHeader(page: Page): Promise<void> {
    await page.locator('.account__button').click()
  },
}

/** The local ClaveÚnica's login page (worker/adapters/claveunica-local/pages.ts). */
export const claveUnica = {
  async signIn(page: Page, run: string, password: string): Promise<void> {
    await page.locator('#run').fill(run)
    await page.locator('#password').fill(password)
    await page.locator('form button[type="submit"]').first().click()
  },
}

/** The officers' screens. */
export const funcionarios = {
  async openLogin(page: Page): Promise<void> {
    await page.goto('/funcionarios/ingresar')
    await page.locator('#username').waitFor()
  },
  async submitPassword(page: Page, username: string, password: string): Promise<void> {
    await page.locator('#username').fill(username)
    await page.locator('#password').fill(password)
    await page.locator('form button[type="submit"]').click()
    await page.locator('#code').waitFor()
  },
  /** The key shown at enrolment, without the spaces that group it. */
  async enrolmentSecret(page: Page): Promise<string> {
    return ((await page.locator('.secret').textContent()) ?? '').replace(/\s+/g, '')
  },
  async submitCode(page: Page, code: string): Promise<void> {
    await page.locator('#code').fill(code)
    await page.locator('form button[type="submit"]').click()
  },
  async setPassword(page: Page, link: string, password: string): Promise<void> {
    await page.goto(link)
    await page.locator('#password').fill(password)
    await page.locator('form button[type="submit"]').click()
  },
}
