import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Response } from 'playwright-core'
import { withCookies } from './validacion.ts'

export interface FirstVisit {
  path: string
  /** Every script the page loaded, with its raw and gzip-compressed size in bytes. */
  scripts: { url: string; raw: number; gzip: number }[]
  jsRaw: number
  jsGzip: number
  /** Bytes on the wire for every request of the page (headers included), as Chromium counts them. */
  transfer: number
  requests: number
}

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length

/**
 * What a citizen downloads on a first visit to `path` (empty cache, no service worker yet), signed
 * in with `cookie` or not: the scripts, raw and gzipped, and the whole transfer. The service worker's precache comes after the
 * page has loaded and is measured apart by {@link precacheSize}.
 *
 * @example
 * const visit = await measureFirstVisit(browser, 'http://127.0.0.1:8787', '/condolencias/general')
 * console.log(visit.jsGzip)
 */
export async function measureFirstVisit(
  browser: Browser,
  origin: string,
  path: string,
  /** A session's `Cookie` header (`a=1; b=2`): the first visit of someone signed in. */
  cookie?: string,
): Promise<FirstVisit> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block', locale: 'es-CL' })
  if (cookie) await withCookies(context, origin, cookie)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  let transfer = 0
  let requests = 0
  cdp.on('Network.loadingFinished', (event) => {
    transfer += event.encodedDataLength
    requests++
  })
  const scripts: FirstVisit['scripts'] = []
  const pending: Promise<void>[] = []
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return
    pending.push(
      response.body().then((body) => {
        scripts.push({ url: new URL(response.url()).pathname, raw: body.length, gzip: gzip(body) })
      }),
    )
  }
  page.on('response', onResponse)
  await page.goto(path, { waitUntil: 'networkidle' })
  // On a loaded machine the network can fall quiet between one lazy chunk and the next: the page is
  // there once its screen has its heading (every page has one; a gate's, a not-found's included).
  await page
    .locator('main h1')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(() => undefined)
  await page.waitForLoadState('networkidle')
  // A script answered while the others are read (a lazy chunk after the idle) is read too; none
  // is left reading its body when the page closes.
  for (let read = 0; read < pending.length; ) {
    const batch = pending.slice(read)
    read = pending.length
    await Promise.all(batch)
  }
  page.off('response', onResponse)
  await context.close()
  return {
    path,
    scripts: scripts.sort((a, b) => b.gzip - a.gzip),
    jsRaw: scripts.reduce((sum, script) => sum + script.raw, 0),
    jsGzip: scripts.reduce((sum, script) => sum + script.gzip, 0),
    transfer,
    requests,
  }
}

/** The files the service worker precaches (read from the built sw.js), raw and gzipped. */
export function precacheSize(distDir: string): {
  entries: number
  raw: number
  gzip: number
  files: string[]
} {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8')
  const files = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '')
  let raw = 0
  let gz = 0
  for (const file of files) {
    raw += statSync(join(distDir, file)).size
    gz += gzip(readFileSync(join(distDir, file)))
  }
  return { entries: files.length, raw, gzip: gz, files }
}
