import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'

/** The text of a PDF, read back with poppler's pdftotext. */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cv-pdf-'))
  writeFileSync(join(dir, 'doc.pdf'), pdf)
  return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' })
}

/** The QR code of a PDF's first page: rendered with pdftoppm, decoded with jsQR. */
export function pdfQr(pdf: Uint8Array): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'cv-pdf-'))
  writeFileSync(join(dir, 'doc.pdf'), pdf)
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', join(dir, 'doc.pdf'), join(dir, 'page')])
  const png = PNG.sync.read(readFileSync(join(dir, 'page.png')))
  // jsqr is CommonJS with an `exports.default`: under Node ESM the function sits one level down.
  return jsQR.default(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null
}
