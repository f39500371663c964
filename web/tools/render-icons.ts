/**
 * Renders the PWA's PNG icons from web/tools/app-icon.svg with the system Chromium, so the
 * icons stay one SVG source. Run after changing the SVG, then commit the PNGs:
 *   node web/tools/render-icons.ts
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const dir = join(import.meta.dirname, '../public/icons')
const svg = readFileSync(join(import.meta.dirname, 'app-icon.svg'), 'utf8')
const targets = [
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
  { file: 'maskable-512.png', size: 512 },
  { file: 'apple-touch-icon.png', size: 180 },
]

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
try {
  for (const { file, size } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)
    await page.setContent(`<html><body style="margin:0">${sized}</body></html>`)
    await page.screenshot({ path: join(dir, file), clip: { x: 0, y: 0, width: size, height: size } })
    await page.close()
  }
} finally {
  await browser.close()
}
