import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { serveBuiltPwa } from '../../worker/adapters/static-files.ts'
import type { App } from '../../worker/app.ts'

/** A built PWA in miniature: index.html, two landing pages' own HTML, and a file beside the folder. */
function builtPwa() {
  const parent = mkdtempSync(join(tmpdir(), 'pwa-'))
  const dir = join(parent, 'dist')
  mkdirSync(join(dir, 'constancias'), { recursive: true })
  writeFileSync(join(dir, 'index.html'), 'shell')
  writeFileSync(join(dir, 'permisos.html'), 'permisos landing')
  writeFileSync(join(dir, 'constancias', 'votacion.html'), 'votacion landing')
  writeFileSync(join(parent, 'secret.html'), 'outside')
  const app = new Hono() as unknown as App
  serveBuiltPwa(app, dir)
  return app
}

describe('the Node portal serving the built PWA', () => {
  it('gives a landing page its own HTML, as Workers static assets do, and every other path index.html', async () => {
    const app = builtPwa()
    const body = async (path: string) => (await app.request(path)).text()
    expect(await body('/permisos')).toBe('permisos landing')
    expect(await body('/constancias/votacion')).toBe('votacion landing')
    expect(await body('/permisos/solicitud')).toBe('shell')
    expect(await body('/constancias')).toBe('shell')
    expect(await body('/reclamos')).toBe('shell')
    expect(await body('/..%2Fsecret')).toBe('shell')
  })
})
