import { useLocation } from '@solidjs/router'
import { type JSX, onMount } from 'solid-js'
import type { ErrorBody } from '../../worker/errors.ts'
import { focusOnNavigation, usePageTitle } from './page.ts'

export { screen } from './lazy.ts'

/*
 * What the screens behind a service's one route (web/constancias, web/permisos) share, in one
 * small chunk: a light JSON call (no form kit: web/forms/api.ts is the forms' own), a screen loaded
 * in a chunk of its own with its words (lazy.ts, in the shell), the page of a gate, the focus on
 * arriving at a form.
 */

/** The API's answer: its JSON, its one error shape, or none at all (status 0: no network). */
export type Answer<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; error: ErrorBody | undefined }

export function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && 'code' in value
}

/**
 * Calls the API with JSON, same-origin. Never throws: no network is `{ ok: false, status: 0 }`.
 *
 * @example
 * const answer = await api<{ eleccion: Eleccion | null }>('GET', '/api/constancias-voto/eleccion')
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  body?: unknown,
  /** More headers: an `Idempotency-Key` kept across retries of one request. */
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  let response: Response
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
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
  // Not the API's shape (a proxy's error page): as good as no answer.
  return isErrorBody(parsed)
    ? { ok: false, status: response.status, error: parsed }
    : { ok: false, status: 0, error: undefined }
}

/** A page that only says where the citizen stands (why they cannot go on): its heading is its title. */
export function Gate(props: { title: string; children?: JSX.Element }) {
  usePageTitle(() => props.title)
  return (
    <>
      <h1 tabindex="-1" ref={focusOnNavigation}>
        {props.title}
      </h1>
      {props.children}
    </>
  )
}

/**
 * Arriving at a form, once its draft is read and its heading has taken focus (focusOnNavigation):
 * focus goes to the error summary if the server refused the answers, else to the field a "Cambiar"
 * link named (`#email`).
 *
 * @example
 * focusOnArrival(draft.ready, () => serverProblems().length > 0)
 */
export function focusOnArrival(ready: Promise<unknown>, refused: () => boolean): void {
  const location = useLocation()
  onMount(() => {
    void ready.then(() =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          const id = decodeURIComponent(location.hash.slice(1))
          const target = refused()
            ? document.querySelector<HTMLElement>('.error-summary')
            : id
              ? document.getElementById(id)
              : null
          target?.focus()
          target?.scrollIntoView({ block: 'center' })
        }),
      ),
    )
  })
}
