/**
 * The service worker: precaches the shell (one index.html serves every route), keeps a service's
 * chunks once one of its pages is opened (decision 0074), answers navigations with the shell when
 * offline, and replays the outbox on Background Sync. It never
 * activates by itself: the page asks the user first (see pwa/register.ts), so a deploy never
 * reloads a page under someone's typing. Officer chunks (assets/staff/) are not precached; they are
 * cached the first time an officer loads them.
 */
import { replayOutbox } from './offline/replay.ts'

interface PrecacheEntry {
  url: string
  revision: string | null
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  request: Request
  respondWith(response: Promise<Response>): void
}
interface SyncEvent extends ExtendableEvent {
  tag: string
}
interface ServiceWorkerScope {
  __WB_MANIFEST: PrecacheEntry[]
  location: Location
  skipWaiting(): Promise<void>
  clients: {
    claim(): Promise<void>
    matchAll(options?: { includeUncontrolled?: boolean }): Promise<{ url: string }[]>
  }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'sync', listener: (event: SyncEvent) => void): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}
declare const self: ServiceWorkerScope

const PRECACHE = 'precache-v1'
const RUNTIME = 'assets-v1'
/** The condolence book's public reads, kept as last answered (decision 0069). */
const LIBRO = 'libro-v1'
/** Reads kept on the device: a memorial, its messages' pages, the book's list; photos apart. */
const LECTURAS = /^\/api\/condolencias\/memoriales(\/|$)/
const FOTOS = /^\/api\/condolencias\/fotos\//
const manifest = self.__WB_MANIFEST
/** Each service's chunks by its first path segment (vite.config.ts's serviceChunks). */
const SERVICIOS = '/servicios-sw.json'

/** The cache key of an entry: unhashed files (index.html) carry their revision in the key. */
function cacheKey(entry: PrecacheEntry): string {
  const url = new URL(entry.url, self.location.href)
  if (entry.revision) url.searchParams.set('__rev', entry.revision)
  return url.href
}

const keyByUrl = new Map(
  manifest.map((entry) => [new URL(entry.url, self.location.href).href, cacheKey(entry)]),
)
const shellKey = keyByUrl.get(new URL('index.html', self.location.href).href)

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(PRECACHE)
      // Entries already cached under the same key (unchanged files) are not downloaded again.
      for (const entry of manifest) {
        const key = cacheKey(entry)
        if (await cache.match(key)) continue
        const response = await fetch(entry.url, { cache: 'reload', credentials: 'same-origin' })
        if (!response.ok) throw new Error(`precache ${entry.url}: ${response.status}`)
        await cache.put(key, response)
      }
      // The pages open now were opened before this worker: their services are kept with the
      // install, so the worker is ready only once they work offline.
      for (const client of await self.clients.matchAll({ includeUncontrolled: true }))
        await keepService(folderOf(new URL(client.url).pathname))
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only now, when the new version takes over, do the previous version's files go.
      const cache = await caches.open(PRECACHE)
      const wanted = new Set(keyByUrl.values())
      for (const request of await cache.keys()) {
        if (!wanted.has(request.url)) await cache.delete(request)
      }
      await self.clients.claim()
    })(),
  )
})

/** servicios-sw.json, read once from the precache. */
let servicios: Promise<Record<string, string[]>> | undefined
function serviceMap(): Promise<Record<string, string[]>> {
  servicios ??= (async () => {
    const key = keyByUrl.get(new URL(SERVICIOS, self.location.href).href)
    const answer = key ? await caches.match(key, { cacheName: PRECACHE }) : undefined
    return answer ? ((await answer.json()) as Record<string, string[]>) : {}
  })().catch(() => ({}))
  return servicios
}

/** The services being kept now, each once. */
const keepings = new Map<string, Promise<void>>()

/**
 * Keeps every chunk of a service (`denuncias`; `home` for `/`) in the runtime cache, so all its
 * screens open offline from then on: the precache holds only the shell. Called when a page of the
 * service is opened (a navigation, the page that installed this worker) and when one of its chunks
 * is first fetched (a move inside the app). A service never opened is not on the device: offline,
 * its chunk fails to load and the page says so (web/components/lazy.ts).
 */
function keepService(folder: string): Promise<void> {
  // One keeping per service at a time: every chunk a page loads asks for its service, and a page
  // of forty chunks would otherwise start forty loops fetching the same files beside its own.
  let keeping = keepings.get(folder)
  if (!keeping) {
    keeping = keepAll(folder).finally(() => keepings.delete(folder))
    keepings.set(folder, keeping)
  }
  return keeping
}

async function keepAll(folder: string): Promise<void> {
  try {
    const files = (await serviceMap())[folder] ?? []
    const cache = await caches.open(RUNTIME)
    for (const file of files) {
      const url = new URL(file, self.location.href).href
      if (await cache.match(url)) continue
      const response = await fetch(url, { credentials: 'same-origin' })
      if (response.ok) await cache.put(url, response)
    }
  } catch {
    // No network now: what is missing is fetched the next time a page of the service opens.
  }
}

const folderOf = (pathname: string) => pathname.split('/')[1] || 'home'

/** The service a chunk belongs to, if any (the first that lists it). */
async function serviceOfAsset(pathname: string): Promise<string | undefined> {
  const file = pathname.slice(1)
  return Object.entries(await serviceMap()).find(([, files]) => files.includes(file))?.[0]
}

/** A chunk not yet on the device: fetched, and its service kept with it. */
async function assetFirstUse(request: Request, pathname: string): Promise<void> {
  const cached = await caches.match(request, { cacheName: RUNTIME })
  if (cached) return
  const folder = await serviceOfAsset(pathname)
  if (folder) await keepService(folder)
}

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') void self.skipWaiting()
})

/**
 * A kept file, or the network's. A navigation refuses a redirected answer (net::ERR_FAILED), and
 * the edge's static files answer `/index.html` with a redirect to `/`: the kept shell is handed
 * over as a fresh answer with the same body and headers, without the redirect's mark.
 */
async function fromPrecache(key: string, request: Request): Promise<Response> {
  const cached = await caches.match(key, { cacheName: PRECACHE })
  if (!cached) return fetch(request)
  if (!cached.redirected) return cached
  return new Response(cached.body, {
    status: cached.status,
    statusText: cached.statusText,
    headers: cached.headers,
  })
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(RUNTIME)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

/** Keeps an answer; a memorial's first page of messages replaces its earlier versions' (`?v=`). */
async function guardar(cache: Cache, request: Request, response: Response): Promise<void> {
  const url = new URL(request.url)
  if (url.searchParams.has('v'))
    for (const old of await cache.keys()) {
      const oldUrl = new URL(old.url)
      if (oldUrl.pathname === url.pathname && oldUrl.searchParams.has('v') && old.url !== request.url)
        await cache.delete(old)
    }
  await cache.put(request, response)
}

/**
 * The network first, the device's copy when there is none: a memorial once read opens offline,
 * marked `x-copia-guardada: 1` so the page says it is the saved copy (web/condolencias/lectura.ts).
 * Only 200s are kept; an answer the server marks `no-cache` (a stale version's URL) is not.
 */
async function networkFirst(request: Request): Promise<Response> {
  const cache = await caches.open(LIBRO)
  try {
    const response = await fetch(request)
    if (response.status === 200 && !/no-cache|no-store/.test(response.headers.get('cache-control') ?? ''))
      await guardar(cache, request, response.clone())
    return response
  } catch (error) {
    const cached = await cache.match(request)
    if (!cached) throw error
    const headers = new Headers(cached.headers)
    headers.set('x-copia-guardada', '1')
    return new Response(cached.body, { status: cached.status, headers })
  }
}

/** A photo never changes under its URL (the API's `immutable`): once on the device, from there. */
async function photoFirst(request: Request): Promise<Response> {
  const cache = await caches.open(LIBRO)
  const cached = await cache.match(request)
  if (cached) return cached
  const response = await fetch(request)
  if (response.status === 200) await cache.put(request, response.clone())
  return response
}

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin === self.location.origin && LECTURAS.test(url.pathname))
    return event.respondWith(networkFirst(request))
  if (url.origin === self.location.origin && FOTOS.test(url.pathname))
    return event.respondWith(photoFirst(request))
  // The API, the published keys and the server's own pages (ClaveÚnica's round trip under /auth/,
  // the dev outbox) are always live: a navigation there must reach the server, not index.html.
  if (url.origin !== self.location.origin || /^\/(api|auth|dev|\.well-known)\//.test(url.pathname)) return
  const key = keyByUrl.get(`${url.origin}${url.pathname}`)
  if (key) return event.respondWith(fromPrecache(key, request))
  if (request.mode === 'navigate' && shellKey) {
    event.waitUntil(keepService(folderOf(url.pathname)))
    return event.respondWith(fromPrecache(shellKey, request))
  }
  if (url.pathname.startsWith('/assets/')) {
    event.waitUntil(assetFirstUse(request, url.pathname))
    return event.respondWith(cacheFirst(request))
  }
})

self.addEventListener('sync', (event) => {
  if (event.tag !== 'outbox') return
  event.waitUntil(
    replayOutbox().then((report) => {
      // A rejected promise tells the browser to fire `sync` again later.
      if (report.pending > 0) throw new Error(`${report.pending} submissions still pending`)
    }),
  )
})
