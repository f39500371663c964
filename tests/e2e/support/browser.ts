import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's Chromium; never a downloaded one (no network in CI). */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

export const PHONE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 800 }

/**
 * Debian's Chromium, headless. With `fakeCamera` (a Y4M file, see `fakeCameraFile`), every page
 * that asks for a camera gets that file's picture, without a permission prompt.
 *
 * @example
 * const browser = await launchBrowser({ fakeCamera: fakeCameraFile(url) })
 */
export async function launchBrowser(options: { fakeCamera?: string } = {}): Promise<Browser> {
  const camera = options.fakeCamera
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${options.fakeCamera}`,
      ]
    : []
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...camera,
    ],
  })
}

/**
 * A fresh profile (its own IndexedDB, caches and service workers) at a phone's size, in Chile.
 * `bypassCSP` only so that axe-core can be injected as an inline script.
 */
export async function newPhoneContext(
  browser: Browser,
  baseURL: string,
  options: { bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'es-CL',
    ...options,
  })
}

/** Resolves once a service worker controls the page, and returns its script URL. */
export async function waitForServiceWorker(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      )
    }
    return registration.active?.scriptURL ?? ''
  })
}

/** Removes the Background Sync API before any page script runs, as on Safari and Firefox. */
export async function removeBackgroundSync(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Reflect.deleteProperty(window, 'SyncManager')
    Reflect.deleteProperty(ServiceWorkerRegistration.prototype, 'sync')
  })
}
