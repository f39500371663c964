import { gzipSync } from 'node:zlib'
import type { Browser, Page } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll } from 'vitest'
import { freePort } from '../../support/node-server.ts'
import { launchBrowser } from './browser.ts'
import { claveUnica } from './pages.ts'
import { type SwitchableProxy, startProxy } from './proxy.ts'
import { buildPwa, startPortal } from './server.ts'

/** ClaveÚnica's demo citizens (worker/adapters/claveunica-local/citizens.ts) and their civil registry data. */
export const CITIZENS = {
  maria: { run: '44.444.444-4', name: 'María Carmen Del Río González', born: ['14', '3', '1985'] },
  jose: { run: '55.555.555-5', name: 'José Tomás Muñoz Sepúlveda', born: ['2', '7', '1979'] },
  valentina: { run: '88.888.888-8', name: 'Valentina Sofía Pérez Núñez', born: ['30', '11', '1992'] },
  benjamin: { run: '99.999.999-9', name: 'Benjamín Andrés Soto Valdés', born: ['21', '1', '1968'] },
} as const
export type Citizen = (typeof CITIZENS)[keyof typeof CITIZENS]
export const CLAVEUNICA_PASSWORD = 'demo1234'

export interface ConstanciaPortal {
  /** The server's own origin, for checks made directly (not through the proxy). */
  origin: string
  /** The proxy's origin, its `PUBLIC_URL`: what its pages' requests carry as `Origin`. */
  publicOrigin: string
  port: number
  /** Its data folder: the libSQL file `comisaria.db`, the development signing key. */
  dataDir: string
  /** Where the local ClaveÚnica provider listens. */
  claveUnicaOrigin: string
  output: () => string
  stop: () => Promise<void>
}

/**
 * The real portal (`node worker/node.ts`) set up for the election constancia: demo data (an
 * election held today, so its window is open), the local ClaveÚnica, mail over SMTP to `smtpUrl`
 * sent every 200 ms, and `publicUrl` as the origin the browser loads (the proxy's).
 *
 * @example
 * const server = await startConstanciaPortal({ publicPort: proxyPort, smtpUrl: mailbox.url })
 */
export async function startConstanciaPortal(options: {
  publicPort: number
  smtpUrl: string
}): Promise<ConstanciaPortal> {
  const claveUnicaPort = await freePort()
  const server = await startPortal({
    env: {
      DEMO_DATA: '1',
      CLAVEUNICA_LOCAL_PORT: String(claveUnicaPort),
      PUBLIC_URL: `http://127.0.0.1:${options.publicPort}`,
      SMTP_URL: options.smtpUrl,
      MAINTENANCE_INTERVAL_MS: '200',
    },
  })
  return { ...server, claveUnicaOrigin: `http://127.0.0.1:${claveUnicaPort}` }
}

export interface Mail {
  to: string[]
  subject: string
  text: string
}

/** Quoted-printable (RFC 2045) to text: soft line breaks joined, `=XX` bytes decoded as UTF-8. */
function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = []
  const joined = body.replace(/=\r?\n/g, '')
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3))?.[0] : undefined
    if (hex) {
      bytes.push(Number.parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header. */
function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([qb])\?([^?]*)\?=\s*/gi, (_whole, kind: string, text: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  )
}

/** A raw MIME message's subject and plain text, decoded. */
export function parseMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n')
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ')
  const body = raw.slice(split + 4)
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1] ?? ''
  const encoding = header('Content-Transfer-Encoding').toLowerCase()
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return { subject: decodeHeader(header('Subject')), text }
}

/**
 * The first of `received` to `to` whose text contains `needle`, waiting for it to arrive (the
 * list is a receiver's, which keeps adding to it; or a function that reads it anew).
 *
 * @example
 * const mail = await waitForMail(mailbox.received, 'maria@example.cl', code)
 */
export async function waitForMail(
  received: Mail[] | (() => Mail[]),
  to: string,
  needle: string,
  timeoutMs = 15_000,
): Promise<Mail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const list = typeof received === 'function' ? received() : received
    const found = list.find((mail) => mail.to.includes(to.toLowerCase()) && mail.text.includes(needle))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail to ${to} containing ${needle}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

export interface CodeMailbox {
  /** `smtp://127.0.0.1:<port>`, for the server's `SMTP_URL`. */
  url: string
  received: Mail[]
  /** The first message to `to` whose text contains `needle`, waiting for it to arrive. */
  waitFor: (to: string, needle: string, timeoutMs?: number) => Promise<Mail>
  close: () => Promise<void>
}

/** A real SMTP receiver on loopback (`smtp-server`), where the portal's outbox delivers. */
export async function startCodeMailbox(): Promise<CodeMailbox> {
  const received: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase())
        received.push({ to, ...parseMail(Buffer.concat(chunks).toString('utf8')) })
        done()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (to, needle, timeoutMs) => waitForMail(received, to, needle, timeoutMs),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * The citizen's path through the election constancia, in the words of the screens where they
 * are the seed's; buttons are found by their type and place, not their (translated) text.
 */
export const constancia = {
  async openList(page: Page): Promise<void> {
    await page.goto('/constancias')
    await page.locator('.services').waitFor()
  },
  async openInfo(page: Page): Promise<void> {
    await page.goto('/constancias/votacion')
    await page.locator('.cv-inset strong').first().waitFor()
  },
  /**
   * From the information page through the local ClaveÚnica and back, to the legal notice. Any
   * portal's (Node or the edge): only its ClaveÚnica's origin is needed.
   */
  async signIn(page: Page, portal: { claveUnicaOrigin: string }, citizen: { run: string }): Promise<void> {
    await page.locator('button.cv-claveunica').click()
    await page.waitForURL((url) => url.origin === portal.claveUnicaOrigin)
    await claveUnica.signIn(page, citizen.run, CLAVEUNICA_PASSWORD)
    await page.waitForURL((url) => url.pathname === '/constancias/votacion/aviso')
    await page.locator('form button[type="submit"]').waitFor()
  },
  async acceptNotice(page: Page): Promise<void> {
    await page.locator('form button[type="submit"]').click()
    await page.waitForURL((url) => url.pathname === '/constancias/votacion/formulario')
    await page.locator('#fechaNacimiento').waitFor()
  },
  async fill(
    page: Page,
    answers: { born: readonly string[]; email: string; confirmation?: string; phone: string },
  ): Promise<void> {
    const [day = '', month = '', year = ''] = answers.born
    await page.locator('#fechaNacimiento').fill(day)
    await page.locator('#fechaNacimiento-mes').fill(month)
    await page.locator('#fechaNacimiento-anio').fill(year)
    await page.locator('#email').fill(answers.email)
    await page.locator('#emailConfirmacion').fill(answers.confirmation ?? answers.email)
    await page.locator('#telefono').fill(answers.phone)
    if (!(await page.locator('#declaracion').isChecked())) await page.locator('#declaracion').check()
  },
  async continue(page: Page): Promise<void> {
    await page.locator('main form button[type="submit"]').click()
  },
  /**
   * The whole way to the review page for `citizen`, from the information page: ClaveÚnica, the
   * legal notice, the form with the civil registry's birth date and `contact`.
   */
  async reviewAs(
    page: Page,
    portal: { claveUnicaOrigin: string },
    citizen: Citizen,
    contact: { email: string; phone: string },
  ): Promise<void> {
    await constancia.openInfo(page)
    await constancia.signIn(page, portal, citizen)
    await constancia.acceptNotice(page)
    await constancia.fill(page, { born: citizen.born, ...contact })
    await constancia.toReview(page)
  },
  async toReview(page: Page): Promise<void> {
    await constancia.continue(page)
    await page.waitForURL((url) => url.pathname === '/constancias/votacion/revisar')
    // The form has a summary too: wait for what only the review shows.
    await page.getByRole('button', { name: 'Enviar Solicitud' }).waitFor()
  },
  /** "Enviar Solicitud". */
  async send(page: Page): Promise<void> {
    await page.locator('main form button[type="submit"]').click()
  },
  /** The code on the "Solicitud Pendiente" screen, once it shows. */
  async pendingCode(page: Page): Promise<string> {
    await page.locator('.cv-code').waitFor({ timeout: 30_000 })
    return (await page.locator('.cv-code').textContent())?.trim() ?? ''
  },
}

/**
 * The gzipped JS of a first visit to `path` (empty cache, no service worker), as
 * tests/e2e/support/budget.ts counts it; a script still arriving when the page is closed is
 * simply not counted, rather than failing the run.
 */
export async function firstVisitJs(browser: Browser, origin: string, path: string): Promise<FirstVisitJs> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block', locale: 'es-CL' })
  const page = await context.newPage()
  const scripts: FirstVisitJs['scripts'] = []
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.body().then(
        (body) => {
          scripts.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length })
        },
        () => undefined,
      ),
    )
  })
  await page.goto(path, { waitUntil: 'networkidle' })
  await Promise.all(pending)
  await context.close()
  return { scripts, gzip: scripts.reduce((sum, script) => sum + script.gzip, 0) }
}

export interface FirstVisitJs {
  scripts: { url: string; gzip: number }[]
  gzip: number
}

export interface CitizenPortal {
  mailbox: CodeMailbox
  server: ConstanciaPortal
  /** Between the browser and the portal: the origin the browser loads, and ClaveÚnica returns to. */
  proxy: SwitchableProxy
  browser: Browser
  stop: () => Promise<void>
}

/**
 * What a citizen's browser test needs, once per file: the portal with demo data and the local
 * ClaveÚnica ({@link startConstanciaPortal}), its mail at a real SMTP receiver, a proxy in front of
 * it that can cut the network, and Chromium.
 *
 * @example
 * const { server, proxy, browser } = (portal = await startCitizenPortal())
 */
export async function startCitizenPortal(options: { serviceWorker?: boolean } = {}): Promise<CitizenPortal> {
  buildPwa()
  const mailbox = await startCodeMailbox()
  const proxyPort = await freePort()
  const server = await startConstanciaPortal({ publicPort: proxyPort, smtpUrl: mailbox.url })
  const proxy = await startProxy(server.port, proxyPort)
  const browser = await launchBrowser(options)
  return {
    mailbox,
    server,
    proxy,
    browser,
    stop: async () => {
      await browser.close()
      await proxy.close()
      await server.stop()
      await mailbox.close()
    },
  }
}

/**
 * {@link startCitizenPortal} for the tests of one file: started before them, stopped after them.
 * Call it at the top of the file; the function it returns gives the portal once it runs.
 *
 * @example
 * const portal = citizenPortalForFile()
 * it('…', async () => { const page = await portal().browser.newPage() })
 */
export function citizenPortalForFile(options: { serviceWorker?: boolean } = {}): () => CitizenPortal {
  let portal: CitizenPortal | undefined
  beforeAll(async () => {
    portal = await startCitizenPortal(options)
  })
  afterAll(() => portal?.stop())
  return () => {
    if (!portal) throw new Error('the citizen portal has not started')
    return portal
  }
}
