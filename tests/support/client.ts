/**
 * What an anonymous device sends as `Idempotency-Secret` with its keys (the PWA's outbox makes
 * one per submission): tests that post as one anonymous device use this one.
 */
export const DEVICE_SECRET = 'dispositivo-de-prueba-1'

/**
 * A browser-like client for tests: keeps cookies between requests (by name, as a browser would for
 * one site) and sends our own Origin on writes, like the PWA.
 *
 * @example
 * const citizen = testClient((path, init) => app.request(path, init))
 * await citizen.post('/api/auth/login', { run, password })
 */
export function testClient(
  send: (path: string, init: RequestInit) => Response | Promise<Response>,
  origin = 'http://localhost:8787',
) {
  const jar = new Map<string, string>()
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const index = pair.indexOf('=')
      const name = pair.slice(0, index)
      const value = pair.slice(index + 1)
      if (value === '' || /max-age=0|expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name)
      else jar.set(name, value)
    }
    return response
  }
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    remember(
      await send(path, {
        method,
        redirect: 'manual',
        headers: {
          ...(jar.size > 0 ? { cookie: cookie() } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(method === 'GET' ? {} : { origin }),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    )
  return {
    jar,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>) =>
      request('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('PATCH', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) =>
      request('PUT', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => request('DELETE', path, undefined, headers),
  }
}

/**
 * A JSON `POST` as an anonymous device sends it: its `Idempotency-Key` and {@link DEVICE_SECRET}.
 *
 * @example
 * await fetch(`${url}/api/condolencias`, anonymousPost('k-1', { nombre: 'Rosa', mensaje: 'Fuerza.' }))
 */
export function anonymousPost(
  key: string,
  body: unknown,
): { method: 'POST'; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      'idempotency-secret': DEVICE_SECRET,
    },
    body: JSON.stringify(body),
  }
}

/**
 * A signed-in citizen's condolence to the general memorial, signed in full, as a server's fetch
 * takes it (`POST /api/condolencias`, same origin, under Idempotency-Key `key`).
 *
 * @example
 * await fetch(`${url}/api/condolencias`, condolenciaInit('c-1', cookie, 'Honor y gloria.'))
 */
export function condolenciaInit(
  key: string,
  cookie: string,
  mensaje: string,
): { method: string; headers: Record<string, string>; body: string } {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': key,
      cookie,
      'sec-fetch-site': 'same-origin',
    },
    body: JSON.stringify({ memorial: 'general', mensaje, firma: 'completa' }),
  }
}
