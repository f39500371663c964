import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import solid from 'vite-plugin-solid'
import { LANDING_SCREENS, landingFile, landingPages } from './web/tools/landing-pages.ts'
import { securityHeaderValues } from './worker/middleware/security-headers.ts'

const webRoot = resolve(import.meta.dirname, 'web')
// PWA_OUT_DIR: a build elsewhere than dist/ (two builds side by side while developing).
const outDir = resolve(import.meta.dirname, process.env.PWA_OUT_DIR ?? 'dist')
/** Officers' screens: built apart, never precached, so citizens never download them. */
const STAFF_DIR = 'assets/staff/'

/**
 * The one catalogue swap of the build (decision 0077): worker/validation.ts builds the API's field
 * messages and the PWA runs it too, so the browser and the server say the same words. On the
 * server it imports all three catalogues (worker/i18n/index.ts); in the browser this points that
 * import at web/i18n/server-catalog.ts, which loads only the visitor's language. The build fails
 * if the server's catalogue module reaches the browser anyway (the import renamed, or another
 * module importing it): every language's API words would be in a first visit, silently.
 */
function browserCatalogues(): Plugin {
  const shim = join(webRoot, 'i18n/server-catalog.ts')
  return {
    name: 'comisaria:browser-catalogues',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './i18n/index.ts' && importer?.endsWith('/worker/validation.ts')) return shim
      return null
    },
    generateBundle() {
      const server = [...this.getModuleIds()].find((id) => id.endsWith('/worker/i18n/index.ts'))
      if (server) {
        const by = this.getModuleInfo(server)?.importers.join(', ')
        this.error(
          `${server} is in the browser's bundle (imported by ${by}): the browser's is web/i18n/server-catalog.ts`,
        )
      }
    },
  }
}

/**
 * What every page needs, in one chunk rather than the many small ones automatic splitting makes:
 * the framework, the router, the i18n layer with the PWA's Spanish words (the API's messages go
 * with the forms: FORMS below), the offline kit and the frame (with the
 * header's account widget) and the one call to the API (web/forms/api.ts: the forms, the services' screens
 * and the account's pages all use it, so it lives where all of them load it) — but not the kit's notice of what waits for a sign-in (`Waiting`,
 * its words), loaded only on a device where something does, nor its drafts (`draft`,
 * `draft-server`), loaded with the forms that keep one (decision 0034), nor the documents kept on
 * the device (`guardados`) and a queued submission's page (`EnEspera`), loaded with the services'
 * screens that use them, nor the outbox's sending (`replay`), loaded when something is to be
 * sent, nor the outbox itself with its banner (OUTBOX below: a first visit has nothing queued),
 * nor the "new version" banner (`UpdateBanner`), loaded when an update waits. Form code (valibot, form components, each service), the sign-in
 * screens' check of where to return (a small chunk of its own, fetched only where a sign-in
 * starts) and officer screens stay in their own chunks, and so does solid-js/store (información
 * anónima's draft in memory, web/informacion/borrador.ts: no other page pays for it).
 */
const SHELL =
  /node_modules\/(solid-js(?!\/store\/)|@solidjs\/router|idb-keyval)\/|\/web\/(i18n\/(index|es|server-locales)|offline\/(?!Waiting|draft|guardados|EnEspera|replay|outbox(-client)?\.|OutboxBanner|i18n\/)|pwa\/(?!UpdateBanner)|cuenta\/(session|AccountNav)|forms\/api|components\/(page|lazy|Layout|LanguageSwitch|NotFound|ErrorSummary))|preload-helper/

/**
 * The outbox's code (the queue, the page's side of it, the banner): loaded when the device holds
 * an item or a page that queues one opens (web/offline/outbox-start.ts, in the shell), in one chunk
 * so the banner is there, offline too, wherever the outbox's code is.
 */
const OUTBOX = /\/web\/offline\/(outbox|outbox-client|OutboxBanner)\.tsx?$/

/**
 * What every form needs (valibot, the API's message builder with its Spanish messages, the text
 * field, the form helper), in one chunk: shared by several services, automatic splitting
 * would cut it into a handful of small files, each paying its own compression overhead. The API's
 * Spanish messages (worker/i18n/es.ts, 1.2 kB gz, through web/i18n/server-catalog.ts) are here
 * rather than in the shell: the pages that show them are forms, and a page without one — the
 * home page, "Mis datos", an issued constancia — is spared them.
 */
const FORMS =
  /node_modules\/valibot\/|\/web\/(forms\/(validate|form|problemas)|components\/TextField|i18n\/server-catalog)\.tsx?$|\/worker\/(validation|i18n\/es)\.ts/

/**
 * What every "Mis datos" screen shares (the frame that loads the citizen's data, the names of
 * records, fields and reasons, the area's Spanish words), in one chunk: automatic splitting cuts
 * it into four small files, and a first visit to `/mis-datos` pays each one's overhead.
 */
const MIS_DATOS = /\/web\/mis-datos\/(ConDatos\.tsx|palabras\.ts|api\.ts|i18n\/(index|es)\.ts)$/

/**
 * The upload client, the device's file store and the outbox's side of files (web/archivos): one
 * chunk, which a form that takes files loads and the outbox imports for an item carrying files —
 * so that the shell's one dynamic import of it names no other chunk to preload.
 */
const ARCHIVOS = /\/web\/archivos\/(cola|almacen|subida)\.ts$|\/worker\/archivos\/limites\.ts$/

/**
 * Dates in words (web/i18n/dates.ts): a chunk of its own, loaded by the pages that show a date —
 * not in the shell every first visit loads, and not pulled into the group of one of its importers
 * (the "Mis datos" group would otherwise take it, and every page with a date would load that).
 */
const FECHAS = /\/web\/i18n\/dates\.ts$/

const currentBuild = new Set<string>()
/** The entry's static closure (its chunks and CSS): what the service worker precaches of assets/. */
const shellAssets = new Set<string>()

/** The routes precached whole with the shell: the home page, and what this device sent. */
const PRECACHED_ROUTES = ['home', 'envios']

/** The file the service worker reads to keep a service's chunks once the service is opened. */
const SERVICIOS_SW = 'servicios-sw.json'

/**
 * Precache the shell, keep each service on first use (issue 20, decision 0074). The precache is the
 * entry's static closure (index, the shell chunk, their CSS) with index.html, the manifest and the
 * icons. Every route the entry loads lazily (web/app.tsx: a service's picker, a screen) gets its
 * whole closure — its screens, their words in the three languages, their CSS — listed under its
 * first path segment (`denuncias`, `home` for `/`) in servicios-sw.json: when a page of that
 * service is open, the service worker fetches and keeps the rest of it, so the service works
 * offline from then on, without every citizen downloading all eight services on install.
 */
function serviceChunks(): Plugin {
  return {
    name: 'comisaria:service-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, { imports: string[]; dynamicImports: string[]; css: string[] }>()
      for (const [file, output] of Object.entries(bundle))
        if (output.type === 'chunk')
          chunks.set(file, {
            imports: output.imports,
            dynamicImports: output.dynamicImports,
            css: [...(output.viteMetadata?.importedCss ?? [])],
          })
      const kept = (file: string) => !file.startsWith(STAFF_DIR) && !/\/jsQR-/.test(file)
      const closure = (start: string, follow: 'imports' | 'all') => {
        const seen = new Set<string>()
        const queue = [start]
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
          const chunk = chunks.get(file)
          if (seen.has(file) || !chunk || !kept(file)) continue
          seen.add(file)
          for (const css of chunk.css) seen.add(css)
          queue.push(...chunk.imports, ...(follow === 'all' ? chunk.dynamicImports : []))
        }
        return seen
      }
      const entry = [...Object.entries(bundle)].find(
        ([, output]) => output.type === 'chunk' && output.isEntry,
      )
      if (!entry) return
      const routes = new Set(chunks.get(entry[0])?.dynamicImports ?? [])
      shellAssets.clear()
      for (const file of closure(entry[0], 'imports')) shellAssets.add(file)
      // What the shell itself loads later (the outbox's sending, the notice of what waits for a
      // sign-in, the update banner, the other languages' words) works offline from the install.
      for (const file of [...shellAssets])
        for (const lazy of chunks.get(file)?.dynamicImports ?? [])
          if (!routes.has(lazy)) for (const later of closure(lazy, 'all')) shellAssets.add(later)
      const servicios: Record<string, string[]> = {}
      for (const lazy of routes) {
        const output = bundle[lazy]
        const id = output?.type === 'chunk' ? output.facadeModuleId : null
        const folder = id ? /\/web\/([^/]+)\/[^/]+$/.exec(id)?.[1] : undefined
        if (!folder || folder === 'funcionarios') continue
        const files = [...closure(lazy, 'all')].filter((file) => !shellAssets.has(file))
        servicios[folder] = [...new Set([...(servicios[folder] ?? []), ...files])].sort()
      }
      // The home page and what this device sent (/envios) open offline from the install.
      for (const folder of PRECACHED_ROUTES) for (const file of servicios[folder] ?? []) shellAssets.add(file)
      this.emitFile({ type: 'asset', fileName: SERVICIOS_SW, source: JSON.stringify(servicios) })
    },
  }
}

/**
 * Keeps the previous build's hashed files in dist/assets: a page loaded before a deploy can still
 * fetch its lazy chunks afterwards instead of breaking (vite-plugin-pwa #770). Older builds are
 * pruned; the precache lists only the current build.
 */
function keepPreviousAssets(): Plugin {
  const record = join(outDir, '.previous-assets.json')
  return {
    name: 'comisaria:keep-previous-assets',
    apply: 'build',
    buildStart() {
      // Everything but the hashed assets is rewritten by every build: start from a clean slate.
      if (!existsSync(outDir)) return
      for (const entry of readdirSync(outDir)) {
        if (entry !== 'assets' && !entry.startsWith('.'))
          rmSync(join(outDir, entry), { recursive: true, force: true })
      }
    },
    generateBundle(_options, bundle) {
      currentBuild.clear()
      for (const file of Object.keys(bundle)) currentBuild.add(file)
    },
    closeBundle() {
      if (currentBuild.size === 0) return
      const previous: string[] = existsSync(record) ? JSON.parse(readFileSync(record, 'utf8')) : []
      const keep = new Set([...previous, ...currentBuild])
      const listed = join(outDir, '.all-assets.json')
      const all: string[] = existsSync(listed) ? JSON.parse(readFileSync(listed, 'utf8')) : []
      for (const file of all) {
        if (!keep.has(file) && file.startsWith('assets/')) rmSync(join(outDir, file), { force: true })
      }
      writeFileSync(record, JSON.stringify([...currentBuild].filter((file) => file.startsWith('assets/'))))
      writeFileSync(listed, JSON.stringify([...keep]))
    },
  }
}

/**
 * dist/_headers: the security headers the app sets on every response, from the app's own
 * middleware (worker/middleware/security-headers.ts). At the edge, Workers static assets serve
 * the PWA without running the app and apply this file to every file they serve, index.html and
 * the single-page fallback included; on Node the app serves the files and sets them itself. With
 * them, the hashed files' `immutable` (decision 0079).
 */
function edgeSecurityHeaders(): Plugin {
  return {
    name: 'comisaria:edge-security-headers',
    apply: 'build',
    async generateBundle() {
      const headers = Object.entries(await securityHeaderValues()).map(
        ([name, value]) => `  ${name}: ${value}`,
      )
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        // Hashed files never change under their name: cached for a year, as the Node portal serves
        // them (worker/adapters/static-files.ts); every other file keeps Workers' default, revalidated.
        source: `# Written by the build from worker/middleware/security-headers.ts: do not edit.\n/*\n${headers.join('\n')}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
      })
    },
  }
}

export default defineConfig({
  root: 'web',
  plugins: [
    browserCatalogues(),
    solid(),
    keepPreviousAssets(),
    serviceChunks(),
    edgeSecurityHeaders(),
    landingPages(webRoot),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The manifest and its icons are listed by the glob below; listing them twice would
      // precache them twice.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Comisaría Virtual',
        short_name: 'Comisaría',
        description: 'Trámites policiales en línea, también sin conexión.',
        lang: 'es',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5e3a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/logo.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html,svg,png}', SERVICIOS_SW],
        // The JavaScript QR decoder (47 kB gz) serves only a camera scan where BarcodeDetector is
        // missing: the verification page fetches it, and the service worker keeps it from then on.
        // A landing page's own HTML (web/tools/landing-pages.ts) serves a first visit only: offline,
        // index.html answers every navigation.
        globIgnores: [
          `${STAFF_DIR}**`,
          'sw.js',
          'assets/jsQR-*.js',
          ...Object.keys(LANDING_SCREENS).map(landingFile),
        ],
        // Of assets/, only the shell (serviceChunks above): a service's chunks are kept once the
        // service is opened. dist/assets also keeps the previous build's files.
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter(
              (entry) =>
                !entry.url.startsWith('assets/') ||
                (currentBuild.has(entry.url) && shellAssets.has(entry.url)),
            ),
            warnings: [],
          }),
        ],
      },
    }),
  ],
  build: {
    outDir,
    // Kept: keepPreviousAssets prunes what is older than the previous build.
    emptyOutDir: false,
    target: 'es2022',
    // Browsers without modulepreload fetch those chunks on import, a moment later: no polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'shell', test: SHELL },
            // Chile's time rules (core/time.ts): a chunk of their own, not one of the forms' modules
            // that a landing page showing a date would then load whole.
            { name: 'hora', test: /\/core\/time\.ts$/ },
            { name: 'forms', test: FORMS },
            { name: 'fechas', test: FECHAS },
            { name: 'mis-datos', test: MIS_DATOS },
            { name: 'archivos', test: ARCHIVOS },
            { name: 'outbox', test: OUTBOX },
          ],
        },
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/web/funcionarios/'))
            ? `${STAFF_DIR}[name]-[hash].js`
            : 'assets/[name]-[hash].js',
      },
    },
  },
})
