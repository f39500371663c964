import type { ErrorBody } from '../../worker/errors.ts'

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
