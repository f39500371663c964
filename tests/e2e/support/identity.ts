import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { BrowserContext } from 'playwright-core'
import { openFileDatabase } from '../../../db/open.ts'
import { createStaffAccount } from '../../../scripts/staff-account.ts'
import { totpCode } from '../../../worker/identity/totp.ts'
import type { PortalServer } from './server.ts'
import { repoRoot } from './server.ts'

export { totpCode }

/** ClaveÚnica's demo citizens (worker/adapters/claveunica-local/citizens.ts), password `demo1234`. */
export const DEMO_CITIZENS = {
  maria: { run: '44.444.444-4', name: 'María Carmen Del Río González' },
  jose: { run: '55.555.555-5', name: 'José Tomás Muñoz Sepúlveda' },
}
export const DEMO_PASSWORD = 'demo1234'

/** A police unit of the demo data (`DEMO_DATA=1`). */
export const DEMO_UNIDAD = 'DEMO-13101-1'

/**
 * `npm run admin -- create …` against a running server's database: creates a staff account and
 * returns the activation link it prints.
 *
 * @example
 * const link = await createStaffWithCommand(server, { email: 'ana@carabineros.cl', nombres: 'Ana', apellidos: 'Soto' })
 */
export async function createStaffWithCommand(
  server: PortalServer,
  person: { email: string; nombres: string; apellidos: string; role?: 'admin' | 'supervisor' | 'officer' },
): Promise<string> {
  const { stdout } = await promisify(execFile)(
    join(repoRoot, 'node_modules/.bin/node'),
    [
      'scripts/admin.ts',
      'create',
      '--email',
      person.email,
      '--nombres',
      person.nombres,
      '--apellidos',
      person.apellidos,
      '--unidad',
      DEMO_UNIDAD,
      '--role',
      person.role ?? 'admin',
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: `file:${join(server.dataDir, 'comisaria.db')}`,
        PUBLIC_URL: server.origin,
      },
    },
  )
  const link = /https?:\/\/\S+\/funcionarios\/activar#[\w-]+/.exec(stdout)?.[0]
  if (!link) throw new Error(`the admin command printed no link:\n${stdout}`)
  return link
}

/** A JSON call to the API as a browser on the site would make it (same Origin). */
export async function api(
  server: Pick<PortalServer, 'origin' | 'publicOrigin'>,
  path: string,
  body: unknown,
  cookie?: string,
): Promise<{ status: number; json: unknown; cookie: string | undefined }> {
  const response = await fetch(`${server.origin}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: server.publicOrigin,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  })
  const setCookie = response.headers.get('set-cookie')?.split(';')[0]
  return { status: response.status, json: await response.json().catch(() => undefined), cookie: setCookie }
}

/**
 * A staff account's activation link (`…/funcionarios/activar#<token>`) followed through the API:
 * a password set, the authenticator enrolled and a first sign-in with its code. Returns the
 * session cookie (to give a browser context) and the TOTP secret.
 */
export async function activateStaff(
  server: Pick<PortalServer, 'origin' | 'publicOrigin'>,
  link: string,
  email: string,
  password: string,
): Promise<{ cookie: string; secret: string }> {
  const token = link.split('#')[1] ?? ''
  const set = await api(server, '/api/auth/password', { token, password })
  if (set.status !== 200) throw new Error(`password not set: ${set.status} ${JSON.stringify(set.json)}`)
  const started = await api(server, '/api/staff/login', { username: email, password })
  const { challenge, secret } = started.json as { challenge: string; secret: string }
  const done = await api(server, '/api/staff/login/totp', { challenge, code: totpCode(secret, new Date()) })
  if (done.status !== 200 || !done.cookie) throw new Error(`staff login failed: ${done.status}`)
  return { cookie: done.cookie, secret }
}

/**
 * What the admin command does (`createStaffAccount`, which it calls), done in this process on the
 * running server's database: no second Node process loading the server's modules for each
 * account (decision 0070). The command itself is run by {@link createStaffWithCommand}.
 */
export async function createStaff(
  server: PortalServer,
  person: { email: string; nombres: string; apellidos: string; role?: 'admin' | 'supervisor' | 'officer' },
): Promise<string> {
  const { client, db } = await openFileDatabase(`file:${join(server.dataDir, 'comisaria.db')}`)
  try {
    return await createStaffAccount(
      db,
      { ...process.env, PUBLIC_URL: server.origin },
      { ...person, role: person.role ?? 'admin', unidadCode: DEMO_UNIDAD },
    )
  } finally {
    client.close()
  }
}

/**
 * A staff member made as the admin command makes one, with a password and an enrolled
 * authenticator, signed in through the API: returns the session cookie (to give a browser
 * context) and the TOTP secret.
 */
export async function signedInStaffViaApi(
  server: PortalServer,
  person: { email: string; nombres: string; apellidos: string; role?: 'admin' | 'supervisor' | 'officer' },
  password: string,
): Promise<{ cookie: string; secret: string }> {
  return activateStaff(server, await createStaff(server, person), person.email, password)
}

/** Gives a browser context a session cookie obtained through the API. */
export async function useSession(
  context: BrowserContext,
  server: PortalServer,
  cookie: string,
): Promise<void> {
  const [name, ...value] = cookie.split('=')
  await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.origin }])
}

/** A cookie jar for plain HTTP calls: one per site (the portal's, ClaveÚnica's). */
export function cookieJar() {
  const cookies = new Map<string, string>()
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    keep(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';')
        const index = pair.indexOf('=')
        cookies.set(pair.slice(0, index), pair.slice(index + 1))
      }
    },
  }
}

/**
 * Calls the portal's API as the signed-in browser would (its cookie, the same Origin); `cookie()`
 * is the session's `Cookie` header, to give a browser context (`useSession`).
 */
export type PortalCall = ((path: string, init?: RequestInit) => Promise<Response>) & { cookie: () => string }

/**
 * A citizen signed in with the local ClaveÚnica over plain HTTP, as a browser does it: the
 * portal's login, the provider's redirects and login form (followed by hand, each site its own
 * cookies), back to the portal's callback. `portal.origin` may be the server's own address even
 * when its `PUBLIC_URL` is another (a proxy's, `portal.publicOrigin`): the callback is followed
 * there, and calls carry the public origin as `Origin`, as its pages do. Returns a `call` that
 * carries the session.
 *
 * @example
 * const call = await citizenViaClaveUnica(server, '88.888.888-8')
 * await call('/api/permisos/ficha')
 */
export async function citizenViaClaveUnica(
  portal: { origin: string; publicOrigin: string },
  run: string,
  password = DEMO_PASSWORD,
): Promise<PortalCall> {
  const session = cookieJar()
  const provider = cookieJar()
  const send = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${portal.origin}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        cookie: session.header(),
        origin: portal.publicOrigin,
        ...(init.body ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
    })
    session.keep(response)
    return response
  }
  const call: PortalCall = Object.assign(send, { cookie: () => session.header() })
  const start = await call('/auth/claveunica/login')
  let url = start.headers.get('location') ?? ''
  let init: RequestInit = {}
  for (let hop = 0; hop < 10 && new URL(url).pathname !== '/auth/claveunica/callback'; hop += 1) {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: provider.header() },
    })
    provider.keep(response)
    const location = response.headers.get('location')
    if (location) {
      url = new URL(location, url).toString()
      init = {}
    } else {
      // The login page: the person types their RUN and password.
      init = {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ run, password }).toString(),
      }
    }
  }
  const callback = new URL(url)
  const back = await call(callback.pathname + callback.search)
  if (back.status >= 400) throw new Error(`ClaveÚnica callback: ${back.status} ${await back.text()}`)
  return call
}
