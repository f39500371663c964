import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { services } from '../../../web/services.ts'

/*
 * Every citizen page of the PWA, found rather than listed: web/app.tsx's routes (read from its
 * `<Route path="…">`), and for each route that hands a whole folder to a service (`/x/*`), that
 * service's own list, `web/x/paginas.ts`'s `paginas`, which its screen picker reads its paths from
 * (or is type-checked against). A new route, or a new page in a service's list, is measured by
 * tests/e2e/budget.test.ts and scripts/slow-link.ts without anyone adding it there. Officers'
 * screens (`/funcionarios`) are not a citizen's.
 */

const webRoot = join(import.meta.dirname, '../../../web')
const STAFF = /^\/funcionarios(\/|$)/

/** The paths web/app.tsx registers, as written (`/constancias/*`, `/ingresar`, `*`). */
export function rutasDeLaApp(): string[] {
  const source = readFileSync(join(webRoot, 'app.tsx'), 'utf8')
  return [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((match) => match[1] ?? '')
}

/**
 * The pages of a route that hands a folder to a service (`/reclamos/*` → web/reclamos/paginas.ts).
 * A service without the list fails loudly: its pages would go unmeasured.
 */
async function paginasDelServicio(ruta: string): Promise<readonly string[]> {
  const carpeta = ruta.split('/')[1] ?? ''
  const modulo = join(webRoot, carpeta, 'paginas.ts')
  if (!existsSync(modulo))
    throw new Error(
      `${ruta}: web/${carpeta}/paginas.ts must list the service's pages (see tests/e2e/support/paginas.ts)`,
    )
  const { paginas } = (await import(modulo)) as { paginas: readonly string[] }
  return paginas
}

/** Every citizen page, each once, in the app's order. */
export async function paginasCiudadanas(): Promise<string[]> {
  const found = new Set<string>()
  for (const ruta of rutasDeLaApp()) {
    if (ruta === '*' || STAFF.test(ruta)) continue
    if (ruta.includes('*')) for (const pagina of await paginasDelServicio(ruta)) found.add(pagina)
    else found.add(ruta)
  }
  // Whatever services.ts names (a start page, a review page, a draft's page) is a page too.
  for (const service of services)
    for (const path of [service.path, service.reviewPath, service.draft?.path]) if (path) found.add(path)
  return [...found]
}

/**
 * The pages a citizen lands on from outside (a search, a link, the home page's list): the home
 * page, every service's start page, the election constancia's information page and the guide
 * «¿No podrá votar?».
 */
export function portadas(): string[] {
  const starts = services.flatMap((service) => (service.path ? [service.path] : []))
  return ['/', ...starts, '/constancias/votacion', '/constancias/votacion/no-podre-votar', '/felicitaciones']
}
