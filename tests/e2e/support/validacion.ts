import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { totpCode } from '../../../worker/identity/totp.ts'
import { freePort } from '../../support/node-server.ts'
import { launchBrowser } from './browser.ts'
import { citizenViaClaveUnica, type PortalCall } from './identity.ts'
import { buildPwa, type PortalServer, repoRoot, startPortal } from './server.ts'

/** The demo citizens of the election constancia and their civil registry data (`DEMO_DATA=1`). */
export const VOTANTES = {
  maria: { run: '44.444.444-4', born: '1985-03-14', name: 'María Carmen Del Río González' },
  valentina: { run: '88.888.888-8', born: '1992-11-30', name: 'Valentina Sofía Pérez Núñez' },
  benjamin: { run: '99.999.999-9', born: '1968-01-21', name: 'Benjamín Andrés Soto Valdés' },
  jose: { run: '55.555.555-5', born: '1979-07-02', name: 'José Tomás Muñoz Sepúlveda' },
  camila: { run: '12.345.670-K', born: '2001-05-09', name: 'Camila Antonia Ñanco Fuentealba' },
} as const
export type Votante = (typeof VOTANTES)[keyof typeof VOTANTES]

/** Demo police units: Santiago (far from Punta Arenas), Punta Arenas (far from Santiago). */
export const UNIDADES = { santiago: 'DEMO-13101-1', puntaArenas: 'DEMO-12101-1' } as const

export interface ValidacionPortal extends PortalServer {
  claveUnicaOrigin: string
}

/**
 * The real portal with the demo data (an election held today), the local ClaveÚnica and mail
 * over SMTP to `smtpUrl` every 200 ms; `PUBLIC_URL` is its own origin, so the PDF's QR code
 * points at the page the browser opens.
 */
export async function startValidacionPortal(smtpUrl: string): Promise<ValidacionPortal> {
  const claveUnicaPort = await freePort()
  const server = await startPortal({
    env: {
      DEMO_DATA: '1',
      CLAVEUNICA_LOCAL_PORT: String(claveUnicaPort),
      SMTP_URL: smtpUrl,
      MAINTENANCE_INTERVAL_MS: '200',
    },
  })
  return { ...server, claveUnicaOrigin: `http://127.0.0.1:${claveUnicaPort}` }
}

/** A message as it arrived, raw, and the PDF attachments decoded from it. */
export interface PdfMail {
  to: string[]
  raw: string
  pdfs: Buffer[]
}

export interface PdfMailbox {
  url: string
  received: PdfMail[]
  /** The first PDF mailed to `to`, waiting for it to arrive. */
  pdfFor: (to: string, timeoutMs?: number) => Promise<Buffer>
  close: () => Promise<void>
}

/** The base64 `application/pdf` parts of a MIME message. */
function pdfParts(raw: string): Buffer[] {
  const parts: Buffer[] = []
  const pattern = /Content-Type:\s*application\/pdf[\s\S]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/gi
  for (const match of raw.matchAll(pattern)) {
    parts.push(Buffer.from((match[1] ?? '').replace(/\s/g, ''), 'base64'))
  }
  return parts
}

/** A real SMTP receiver on loopback (`smtp-server`) that keeps each message's PDF attachments. */
export async function startPdfMailbox(): Promise<PdfMailbox> {
  const received: PdfMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('latin1')
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase())
        received.push({ to, raw, pdfs: pdfParts(raw) })
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
    async pdfFor(to, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const found = received.find((mail) => mail.to.includes(to.toLowerCase()) && mail.pdfs.length > 0)
        const pdf = found?.pdfs[0]
        if (pdf) return pdf
        if (Date.now() > deadline) throw new Error(`no PDF mailed to ${to}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * A citizen's pending online request made over HTTP, as the PWA makes it: ClaveÚnica's login at
 * the local provider (`citizenViaClaveUnica`), the legal notice, the request. Returns the
 * request's code.
 */
export async function pendingRequest(server: PortalServer, votante: Votante, email: string): Promise<string> {
  return pendingRequestAs(await citizenViaClaveUnica(server, votante.run), votante, email)
}

/**
 * {@link pendingRequest} for a citizen already signed in with ClaveÚnica (`call`), whose session
 * a browser can then take (`withCookies(context, origin, call.cookie())`).
 */
export async function pendingRequestAs(call: PortalCall, votante: Votante, email: string): Promise<string> {
  const eleccion = (await (await call('/api/constancias-voto/eleccion')).json()) as {
    eleccion: { id: string }
  }
  const eleccionId = eleccion.eleccion.id
  const aviso = await call('/api/constancias-voto/aviso', {
    method: 'POST',
    body: JSON.stringify({ eleccionId }),
  })
  if (aviso.status !== 200) throw new Error(`aviso: ${aviso.status} ${await aviso.text()}`)
  const created = await call('/api/constancias-voto', {
    method: 'POST',
    body: JSON.stringify({
      eleccionId,
      fechaNacimiento: votante.born,
      email,
      emailConfirmacion: email,
      telefono: '987654321',
      declaracion: true,
    }),
  })
  const body = (await created.json()) as { code?: string }
  if (!body.code) throw new Error(`no pending request: ${created.status} ${JSON.stringify(body)}`)
  return body.code
}

async function post(server: Pick<PortalServer, 'origin' | 'publicOrigin'>, path: string, body: unknown) {
  const response = await fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.publicOrigin },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    json: (await response.json().catch(() => undefined)) as Record<string, string> | undefined,
    cookie: response.headers.get('set-cookie')?.split(';')[0],
  }
}

/**
 * A portal the staff command can reach: the Node server's data folder (its libSQL file), or any
 * database URL (the edge's Turso stand-in).
 */
export type StaffPortal = Pick<PortalServer, 'origin' | 'publicOrigin'> &
  ({ dataDir: string } | { databaseUrl: string })

/**
 * A staff member made with `scripts/admin.ts create` at `unidad`, activated and signed in with a
 * TOTP code through the API: returns the session cookie.
 */
export async function staffSession(
  server: StaffPortal,
  person: { email: string; role: 'officer' | 'supervisor' | 'admin'; unidad: string },
): Promise<string> {
  const { stdout } = await promisify(execFile)(
    join(repoRoot, 'node_modules/.bin/node'),
    [
      'scripts/admin.ts',
      'create',
      '--email',
      person.email,
      '--nombres',
      'Ana',
      '--apellidos',
      'Soto Fuentes',
      '--unidad',
      person.unidad,
      '--role',
      person.role,
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL:
          'databaseUrl' in server ? server.databaseUrl : `file:${join(server.dataDir, 'comisaria.db')}`,
        PUBLIC_URL: server.origin,
      },
    },
  )
  const token = /\/funcionarios\/activar#([\w-]+)/.exec(stdout)?.[1]
  if (!token) throw new Error(`the admin command printed no link:\n${stdout}`)
  const password = 'Cuartel-Norte-2025-seguro'
  const set = await post(server, '/api/auth/password', { token, password })
  if (set.status !== 200) throw new Error(`password not set: ${set.status} ${JSON.stringify(set.json)}`)
  const started = await post(server, '/api/staff/login', { username: person.email, password })
  const challenge = started.json?.challenge ?? ''
  const secret = started.json?.secret ?? ''
  const done = await post(server, '/api/staff/login/totp', { challenge, code: totpCode(secret, new Date()) })
  if (done.status !== 200 || !done.cookie) throw new Error(`staff login failed: ${done.status}`)
  return done.cookie
}

/** Gives a browser context a session cookie obtained through the API. */
export async function withSession(context: BrowserContext, origin: string, cookie: string): Promise<void> {
  const [name = '', ...value] = cookie.split('=')
  await context.addCookies([{ name, value: value.join('='), url: origin }])
}

/**
 * Gives a browser context every cookie of a `Cookie` header (`a=1; b=2`), such as a signed-in
 * citizen's from `citizenViaClaveUnica(…).cookie()`.
 *
 * @example
 * await withCookies(context, server.origin, call.cookie())
 */
export async function withCookies(context: BrowserContext, origin: string, header: string): Promise<void> {
  for (const pair of header.split('; ').filter((p) => p.includes('=')))
    await withSession(context, origin, pair)
}

/** What a browser test of the officers' and citizens' documents needs, once per file. */
export interface ValidacionStack {
  mailbox: PdfMailbox
  server: ValidacionPortal
  browser: Browser
  stop: () => Promise<void>
}

/**
 * The portal with the demo data and the local ClaveÚnica ({@link startValidacionPortal}), its mail
 * at a real SMTP receiver that keeps the PDFs, and Chromium.
 *
 * @example
 * const { server, browser, mailbox } = (stack = await startValidacionStack())
 */
export async function startValidacionStack(
  options: { serviceWorker?: boolean } = {},
): Promise<ValidacionStack> {
  buildPwa()
  const mailbox = await startPdfMailbox()
  const server = await startValidacionPortal(mailbox.url)
  const browser = await launchBrowser(options)
  return {
    mailbox,
    server,
    browser,
    stop: async () => {
      await browser.close()
      await server.stop()
      await mailbox.close()
    },
  }
}

/** An election day's window as the administrators' list gives it (`GET /api/admin/elecciones`). */
export interface Ventana {
  id: string
  ventanaInicio: string
  ventanaFin: string
}

async function admin(
  server: Pick<PortalServer, 'origin' | 'publicOrigin'>,
  cookie: string,
  path: string,
  init: RequestInit = {},
) {
  const response = await fetch(`${server.origin}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', origin: server.publicOrigin, cookie },
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return response.json() as Promise<unknown>
}

/**
 * The demo election held today, with its window, through the administrators' route: what
 * {@link moverVentana} moves and puts back.
 */
export async function ventanaDemo(
  server: Pick<PortalServer, 'origin' | 'publicOrigin'>,
  cookie: string,
): Promise<Ventana> {
  const { items } = (await admin(server, cookie, '/api/admin/elecciones')) as { items: Ventana[] }
  const demo = items.find((item) => item.id.startsWith('demo-'))
  if (!demo) throw new Error('no demo election')
  return demo
}

/**
 * Moves the end of the demo election's window to `fin` through the administrators' route (as
 * authorities have done at short notice), the start left as it was: the window's last minute or
 * the first minute after it, by the server's own clock, without waiting for either.
 *
 * @example
 * await moverVentana(server, adminCookie, demo, new Date(Date.now() + 60_000))
 */
export async function moverVentana(
  server: Pick<PortalServer, 'origin' | 'publicOrigin'>,
  cookie: string,
  ventana: Ventana,
  fin: Date | string,
): Promise<void> {
  const end = new Date(fin)
  // Just after midnight the day's start may be later than a minute ago: an hour before it then.
  const start = new Date(Math.min(Date.parse(ventana.ventanaInicio), end.getTime() - 3_600_000))
  await admin(server, cookie, `/api/admin/elecciones/${ventana.id}`, {
    method: 'PATCH',
    body: JSON.stringify({ ventanaInicio: start.toISOString(), ventanaFin: end.toISOString() }),
  })
}
