import type { ExtractSchema } from 'hono/types'
import type { SuccessStatusCode } from 'hono/utils/http-status'
import type { ErrorBody } from '../../worker/errors.ts'
import type { unidadesRoute } from '../../worker/unidades/route.ts'

/**
 * The JSON one schema entry of a route answers on success (an error's statuses left out); `unknown`
 * when its handler's answer is not typed (a plain `Response`), so that reading it fails to compile.
 */
type SuccessBody<Entry> = [JsonOnSuccess<Entry>] extends [never] ? unknown : JsonOnSuccess<Entry>
type JsonOnSuccess<Entry> = Entry extends { output: infer Body; outputFormat: 'json'; status: infer Status }
  ? [Extract<Status, SuccessStatusCode>] extends [never]
    ? never
    : Body
  : never

/**
 * The JSON body a route of the server answers on success, as the browser reads it: derived from
 * the route's own `c.json(…)` (Hono types it through JSON, so a `Date` there is a `string` here),
 * never declared a second time (issue 20, decision 0077). Types only: nothing of the server or of
 * `hono/client` reaches the bundle. `Path` is the route's own path (as in its `.get('/ficha', …)`),
 * not the one the app mounts it under.
 *
 * @example
 * import type { constanciasVotoRoute } from '../../worker/constancias-voto/route.ts'
 * type Ficha = RouteBody<typeof constanciasVotoRoute, '/ficha'>
 * type Creada = RouteBody<typeof staffRoute, '/', 'post'>
 */
export type RouteBody<
  Route,
  Path extends keyof ExtractSchema<Route>,
  Method extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get',
> = SuccessBody<ExtractSchema<Route>[Path][`$${Method}` & keyof ExtractSchema<Route>[Path]]>

/**
 * A police unit as `GET /api/unidades` lists it (public information; `distanceKm` when asked for
 * the nearest): read by several services' forms and by the staff screens.
 */
export type Unidad = RouteBody<typeof unidadesRoute, '/'>['items'][number]

/** What the API answered: its JSON on success, its one error shape otherwise, or no answer at all. */
export type ApiResult<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; error: ErrorBody }
  | { ok: false; status: 0; error: undefined }

export function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && 'code' in value
}

/**
 * Calls the API with JSON, same-origin (the session cookie goes along, and the server's Origin
 * check passes). Never throws: a network failure comes back as status 0.
 *
 * @example
 * const result = await callApi<{ user: Me }>('POST', '/api/auth/login', { run, password })
 * if (result.ok) signedIn(result.body.user)
 */
export async function callApi<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  /** More headers: an `Idempotency-Key` kept across retries of one request. */
  headers: Record<string, string> = {},
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      // An answer about the citizen's own data is never read from the HTTP cache.
      cache: 'no-store',
      headers:
        body === undefined
          ? { accept: 'application/json', ...headers }
          : { accept: 'application/json', 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    return { ok: false, status: 0, error: undefined }
  }
  const parsed: unknown = await response.json().catch(() => undefined)
  if (response.ok) return { ok: true, status: response.status, body: parsed as T }
  if (isErrorBody(parsed)) return { ok: false, status: response.status, error: parsed }
  // Not the API's shape (a proxy's error page): as good as no answer.
  return { ok: false, status: 0, error: undefined }
}
