import type { OutputBundle, OutputChunk } from 'rolldown'
import type { Plugin } from 'vite'

/**
 * The screen each landing page shows (its module, from web/): the pages a citizen arrives at from
 * outside (tests/e2e/support/paginas.ts's `portadas`; the home page is the one left out, below).
 * A hint for the build, nothing more: a page missing here, or a screen named wrongly, is only
 * slower (`npm run slow-link`); a module that is no longer in the bundle fails the build.
 */
export const LANDING_SCREENS: Record<string, string> = {
  '/denuncias': 'denuncias/filtro/pages.ts',
  '/permisos': 'permisos/inicio/pages.ts',
  '/informacion': 'informacion/Inicio.tsx',
  '/constancias': 'constancias/lista/pages.ts',
  '/constancias/votacion': 'constancias/informacion/pages.ts',
  '/constancias/votacion/no-podre-votar': 'constancias/no-podre-votar/pages.ts',
  '/reclamos': 'reclamos/inicio/pages.ts',
  '/reencuentro': 'reencuentro/inicio/pages.ts',
  '/condolencias': 'condolencias/Inicio.tsx',
  '/felicitaciones': 'felicitaciones/Inicio.tsx',
}

/** The file of a landing page's HTML in dist/: `/constancias/votacion` → `constancias/votacion.html`. */
export const landingFile = (path: string) => `${path.slice(1)}.html`

/**
 * One HTML file per landing page (issue 20 point 5, decision 0074): index.html with, next to the
 * shell's `modulepreload`, the page's own chunks — its service's module (web/app.tsx's lazy route)
 * and its screen, with everything they import and their CSS. The browser then fetches them with
 * the shell, in the same round trip, rather than one round trip after another as each module runs
 * and asks for the next (shell → service → screen: 400 ms each on a slow link). The files are
 * exactly those the page loads anyway: no page downloads more.
 *
 * `/permisos` is served `permisos.html` by Workers static assets (their default `html_handling`)
 * and by the Node portal (worker/adapters/static-files.ts); any other path gets index.html as
 * before, and so does every navigation the service worker answers. The home page cannot have its
 * own: index.html is every other path's too (the single-page fallback), and preloading the home
 * screen there would make every other page download it.
 */
export function landingPages(webRoot: string): Plugin {
  return {
    name: 'comisaria:landing-pages',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const index = bundle['index.html']
      if (index?.type !== 'asset') return this.error('landing pages: index.html is not in the bundle')
      const html = String(index.source)
      const chunks = Object.values(bundle).filter((output): output is OutputChunk => output.type === 'chunk')
      const entry = chunks.find((chunk) => chunk.isEntry)
      if (!entry) return
      const shell = new Set(closure(bundle, [entry.fileName]))
      const byModule = (id: string) => chunks.find((chunk) => chunk.facadeModuleId === id)
      for (const [path, screen] of Object.entries(LANDING_SCREENS)) {
        const folder = path.split('/')[1] ?? ''
        const route = entry.dynamicImports
          .map((file) => bundle[file])
          .find(
            (output) =>
              output?.type === 'chunk' && output.facadeModuleId?.startsWith(`${webRoot}/${folder}/`),
          )
        const page = byModule(`${webRoot}/${screen}`)
        if (!route || !page)
          return this.error(
            `landing pages: ${path}'s ${route ? screen : `web/${folder}/ route`} is not in the bundle`,
          )
        const files = closure(bundle, [route.fileName, page.fileName]).filter((file) => !shell.has(file))
        const links = files.map((file) =>
          file.endsWith('.css')
            ? `<link rel="preload" as="style" crossorigin href="/${file}">`
            : `<link rel="modulepreload" crossorigin href="/${file}">`,
        )
        this.emitFile({
          type: 'asset',
          fileName: landingFile(path),
          source: html.replace('</head>', `\n    ${links.join('\n    ')}\n  </head>`),
        })
      }
    },
  }
}

/** The chunks `starts` import statically, themselves included, with their CSS. */
function closure(bundle: OutputBundle, starts: string[]): string[] {
  const seen = new Set<string>()
  const queue = [...starts]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chunk = bundle[file]
    if (seen.has(file) || chunk?.type !== 'chunk') continue
    seen.add(file)
    for (const css of chunk.viteMetadata?.importedCss ?? []) seen.add(css)
    queue.push(...chunk.imports)
  }
  return [...seen]
}
