/**
 * `npm run slow-link`: what a voter abroad feels (issue 20 point 5). Debian's Chromium, each citizen
 * landing page (tests/e2e/support/paginas.ts's `portadas`) on a 400 ms, 400 kbit/s link with the
 * CPU slowed ×4, cold (a fresh profile) and repeat (the same profile again: its HTTP cache and
 * service worker), against the real Node portal on the built PWA. Prints, per page and visit:
 * LCP, the time it is usable, CLS, the blocking time, the JS and bytes that came down.
 *
 * "Usable" is when the largest paint is done, every script the page asked for has arrived and no
 * long task (> 50 ms) runs: the page can be read and answered. CLS is Chromium's layout-shift
 * entries summed per session window (gaps < 1 s, windows ≤ 5 s), the largest window, as
 * Lighthouse reports it; blocking time is Lighthouse's TBT (each long task's time past 50 ms).
 * Targets: usable ≤ 2.5 s cold, CLS ≤ 0.05 (web/README.md). Lighthouse itself is not run: it
 * would be a large dependency of its own for the same signals, read here from the same browser.
 *
 * `npm run slow-link -- /permisos /constancias/votacion` measures those pages only;
 * `E2E_SKIP_BUILD=1` skips the build (dist/ is current).
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { launchBrowser } from '../tests/e2e/support/browser.ts'
import { portadas } from '../tests/e2e/support/paginas.ts'
import { buildPwa, startPortal } from '../tests/e2e/support/server.ts'

/** The link: 400 ms each way, 400 kbit/s down and up, CPU ×4. */
const LINK = { latency: 400, bitsPerSecond: 400_000, cpu: 4 }

interface Visit {
  lcp: number
  usable: number
  cls: number
  tbt: number
  jsKb: number
  transferKb: number
}

/** Collects LCP, layout shifts and long tasks from the page's first byte (run before any script). */
function observe() {
  const w = window as unknown as {
    __slow: { lcp: number; shifts: [number, number][]; long: [number, number][] }
  }
  w.__slow = { lcp: 0, shifts: [], long: [] }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__slow.lcp = entry.startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number
      hadRecentInput: boolean
    })[])
      if (!entry.hadRecentInput) w.__slow.shifts.push([entry.startTime, entry.value])
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__slow.long.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: true })
}

/** The largest session window of shifts (Lighthouse's CLS). */
function clsOf(shifts: [number, number][]): number {
  let best = 0
  let current = 0
  let start = -Infinity
  let last = -Infinity
  for (const [at, value] of shifts) {
    if (at - last > 1000 || at - start > 5000) {
      current = 0
      start = at
    }
    current += value
    last = at
    best = Math.max(best, current)
  }
  return best
}

async function visit(context: BrowserContext, origin: string, path: string): Promise<Visit> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LINK.latency,
    downloadThroughput: LINK.bitsPerSecond / 8,
    uploadThroughput: LINK.bitsPerSecond / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: LINK.cpu })
  let transfer = 0
  cdp.on('Network.loadingFinished', (event) => {
    transfer += event.encodedDataLength
  })
  await page.addInitScript(observe)
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle', timeout: 120_000 })
  // Layout shifts after the load (a late chunk pushing the footer) count too.
  await page.waitForTimeout(1500)
  const seen = await page.evaluate(() => {
    const w = window as unknown as {
      __slow: { lcp: number; shifts: [number, number][]; long: [number, number][] }
    }
    // Every JavaScript file, however asked for: a `<script>`, and a chunk preloaded by the HTML or
    // by the build's loader (`<link rel=modulepreload>`, which Chromium's timing calls "other").
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => new URL(entry.name).pathname.endsWith('.js'),
    )
    return {
      ...w.__slow,
      scriptsEnd: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
      jsBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    }
  })
  await page.close()
  const longEnd = Math.max(0, ...seen.long.map(([at, duration]) => at + duration))
  return {
    lcp: seen.lcp,
    usable: Math.max(seen.lcp, seen.scriptsEnd, longEnd),
    cls: clsOf(seen.shifts),
    tbt: seen.long.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    jsKb: seen.jsBytes / 1000,
    transferKb: transfer / 1000,
  }
}

async function measure(browser: Browser, origin: string, path: string) {
  const context = await browser.newContext({ locale: 'es-CL', viewport: { width: 360, height: 740 } })
  const cold = await visit(context, origin, path)
  // The service worker installed by the cold visit takes over before the repeat.
  await context
    .newPage()
    .then(async (page) => {
      await page.goto(`${origin}/`, { waitUntil: 'load' })
      await page.evaluate(() => navigator.serviceWorker?.ready.then(() => undefined))
      await page.close()
    })
    .catch(() => undefined)
  const repeat = await visit(context, origin, path)
  await context.close()
  return { cold, repeat }
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const row = (path: string, kind: string, v: Visit) =>
  `| ${path} | ${kind} | ${s(v.lcp)} | ${s(v.usable)} | ${v.cls.toFixed(3)} | ${Math.round(v.tbt)} ms | ${v.jsKb.toFixed(1)} kB | ${v.transferKb.toFixed(1)} kB |`

buildPwa()
const server = await startPortal()
const browser = await launchBrowser({ own: true })
const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'))
console.log(
  `Slow link: ${LINK.latency} ms, ${LINK.bitsPerSecond / 1000} kbit/s, CPU ×${LINK.cpu}. Targets: usable ≤ 2.5 s cold, CLS ≤ 0.05.\n`,
)
console.log('| page | visit | LCP | usable | CLS | blocking | JS on the wire | transfer |')
console.log('|---|---|---|---|---|---|---|---|')
const misses: string[] = []
try {
  for (const path of pages.length > 0 ? pages : portadas()) {
    const { cold, repeat } = await measure(browser, server.origin, path)
    console.log(row(path, 'cold', cold))
    console.log(row(path, 'repeat', repeat))
    if (cold.usable > 2500) misses.push(`${path}: usable ${s(cold.usable)} cold`)
    if (Math.max(cold.cls, repeat.cls) > 0.05)
      misses.push(`${path}: CLS ${Math.max(cold.cls, repeat.cls).toFixed(3)}`)
  }
} finally {
  await browser.close()
  await server.stop()
}
console.log(misses.length > 0 ? `\nOver target:\n${misses.join('\n')}` : '\nEvery page within target.')
