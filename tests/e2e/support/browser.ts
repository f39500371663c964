import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'

/** Debian's Chromium; never a downloaded one (no network in CI). */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

export const PHONE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 800 }

/**
 * Debian's Chromium, headless, for one test file. With `fakeCamera` (a Y4M file, see
 * `fakeCameraFile`), every page that asks for a camera gets that file's picture, without a
 * permission prompt: a browser of its own. Otherwise the file gets its view of the one Chromium of
 * its vitest worker (the e2e project runs files without isolation): its contexts are fresh
 * profiles as before, and its `close()` closes the contexts it opened, not the browser.
 *
 * `own: true` for a script (a bench, the slow-link run): a browser of its own, which `close()`
 * closes, so that the script can exit.
 *
 * `serviceWorker: false` for a file whose behaviour does not involve the service worker (no
 * offline, no queue replayed by it, no update): its contexts never register one, so none
 * downloads and caches the whole precache (some 340 files) beside the test — on this 2-core
 * machine that install was the largest single cost of an end-to-end test (decision 0070).
 *
 * @example
 * const browser = await launchBrowser({ fakeCamera: fakeCameraFile(url) })
 */
export async function launchBrowser(
  options: { fakeCamera?: string; serviceWorker?: boolean; own?: boolean } = {},
): Promise<Browser> {
  if (options.fakeCamera || options.own)
    return onlyForThisFile(await startChromium(options.fakeCamera), options)
  shared ??= startChromium()
  const browser = await shared.catch((error: unknown) => {
    shared = undefined
    throw error
  })
  if (!browser.isConnected()) {
    shared = undefined
    return launchBrowser(options)
  }
  return onlyForThisFile(browser, { ...options, keep: true })
}

/** The worker's Chromium, launched by the first file that asks for one. */
let shared: Promise<Browser> | undefined

function startChromium(fakeCamera?: string): Promise<Browser> {
  const camera = fakeCamera
    ? [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${fakeCamera}`,
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
 * The browser as one file sees it: the contexts (and pages) it opens are counted, `close()` closes
 * them — and the browser itself unless `keep` — and, without a service worker, every context
 * gets the init script that keeps one from registering.
 */
function onlyForThisFile(browser: Browser, options: { serviceWorker?: boolean; keep?: boolean }): Browser {
  const opened = new Set<BrowserContext>()
  const newContext: Browser['newContext'] = async (contextOptions) => {
    const context = await browser.newContext(contextOptions)
    opened.add(context)
    context.once('close', () => opened.delete(context))
    if (options.serviceWorker === false) await context.addInitScript(NO_SERVICE_WORKER)
    return context
  }
  const overrides: Partial<Browser> = {
    newContext,
    newPage: async (pageOptions) => {
      const context = await newContext(pageOptions)
      const page = await context.newPage()
      page.once('close', () => void context.close())
      return page
    },
    contexts: () => [...opened],
    close: async () => {
      await Promise.all([...opened].map((context) => context.close()))
      if (!options.keep) await browser.close()
    },
  }
  return new Proxy(browser, {
    get(target, property) {
      if (property in overrides) return overrides[property as keyof Browser]
      const value = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * `navigator.serviceWorker.register` that never settles: the app goes on as in a browser still
 * installing its worker (Playwright's own `serviceWorkers: 'block'` resolves it with nothing,
 * which the app would take for a registration).
 */
const NO_SERVICE_WORKER =
  'if (self.ServiceWorkerContainer) ServiceWorkerContainer.prototype.register = () => new Promise(() => {})'

/**
 * A fresh profile (its own IndexedDB, caches and service workers) at a phone's size, in Chile.
 * `bypassCSP` only so that axe-core can be injected as an inline script; `serviceWorkers: 'block'`
 * for a context whose test involves no service worker (its install downloads the whole precache).
 */
export async function newPhoneContext(
  browser: Browser,
  baseURL: string,
  options: Pick<
    BrowserContextOptions,
    'bypassCSP' | 'serviceWorkers' | 'userAgent' | 'extraHTTPHeaders'
  > = {},
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
