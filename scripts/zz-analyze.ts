import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const out: Record<string, { size: number; gz: number; mods: [string, number][] }> = {}
await build({
  configFile: 'vite.config.ts',
  logLevel: 'error',
  build: { outDir: '/tmp/analyze-dist', emptyOutDir: true },
  plugins: [
    {
      name: 'analyze',
      generateBundle(_o, bundle) {
        for (const [f, c] of Object.entries(bundle)) {
          if (c.type !== 'chunk') continue
          out[f] = {
            size: c.code.length,
            gz: gzipSync(c.code).length,
            mods: Object.entries(c.modules)
              .map(([m, i]) => [m.replace(process.cwd(), ''), i.renderedLength] as [string, number])
              .sort((a, b) => b[1] - a[1]),
          }
        }
      },
    },
  ],
})
const want = process.argv[2] ?? 'shell'
for (const [f, c] of Object.entries(out))
  if (f.includes(want)) {
    console.log(f, c.size, 'gz', c.gz)
    for (const [m, n] of c.mods.slice(0, 60)) console.log('  ', n, m)
  }
