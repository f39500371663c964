import { deepStrictEqual } from 'node:assert/strict'
import { eq } from 'drizzle-orm'
import fc from 'fast-check'
import type * as v from 'valibot'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { CAPACIDADES } from '../../core/capacidades.ts'
import { informacionAnalistas, users } from '../../db/schema/index.ts'
import { MAX_JSON_BODY } from '../../worker/app.ts'
import { errorStatus } from '../../worker/errors.ts'
import { fieldLabel, locales } from '../../worker/i18n/index.ts'
import { testApp } from './app.ts'
import { signedInWithClaveUnica, testClaveUnica } from './claveunica.ts'
import { defined, encode, type FuzzRequest, headers, jsonBody, queryString } from './fuzz-requests.ts'
import type { Field, FieldValues } from './fuzz-values.ts'
import { signedInStaff } from './identity.ts'

type TestApp = Awaited<ReturnType<typeof testApp>>

/**
 * Generated requests per endpoint: 300 in `npm test`, enough for every field's kinds of values to
 * come up; `npm run bench -- proof` sends 10,000 (decision 0071). The seed makes a failure
 * reproduce (`FUZZ_SEED=…`); the everyday run's requests are the first of the proof's.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300)
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_123)

/** An endpoint under test: its generated requests and what its answers may say. */
export interface Endpoint {
  requests: fc.Arbitrary<FuzzRequest>
  /** The fields an error may name. */
  fields: ReadonlySet<string>
  /** Every generated request is invalid, so every answer must be an error (and nothing written). */
  alwaysInvalid: boolean
  /** Tables a valid request may write; every other table must keep its row count. */
  writes: readonly string[]
  /** The catalogue's labels of fields the endpoint words otherwise than their names (worker/validation.ts `relabel`). */
  labels?: Readonly<Record<string, string>>
}

interface Options {
  /** The session cookie of the signed-in caller, sent (sometimes mangled) with every request. */
  session?: string
  alwaysInvalid?: boolean
  writes?: string[]
  /** Fields an error may name besides the input's (a path parameter, a nested extra key). */
  fields?: string[]
  /** The write's method: `POST` unless said (a draft is saved with `PUT`). */
  method?: 'POST' | 'PUT'
  labels?: Readonly<Record<string, string>>
}

/**
 * The app for fuzzing: rate limits off, so that a 429 cannot pass for a validation answer, and
 * no fsync (what is tested is which rows exist, not that they survive a power cut).
 */
export async function fuzzApp(env: Record<string, string> = {}): Promise<TestApp> {
  const t = await testApp({ env: { RATE_LIMITS: '0', ...env } })
  await t.client.execute('PRAGMA synchronous = OFF')
  return t
}

/** The demo election held on the test clock's day (Monday 2026-11-23), whose window is open. */
export const ELECCION = 'demo-2026-11-23'

/**
 * The app for fuzzing with a citizen signed in through the local ClaveÚnica: Valentina Pérez, in
 * the registries and under no restriction, on the test clock's Monday, when Santiago is under
 * quarantine. Returns her session cookie.
 *
 * @example
 * const { t, session, close } = await fuzzAppWithCitizen()
 */
export async function fuzzAppWithCitizen() {
  const claveunica = await testClaveUnica()
  const t = await fuzzApp(claveunica.env)
  const valentina = await signedInWithClaveUnica(t.app, '88.888.888-8')
  const session = valentina.jar.get('cv_session')
  // An administrator for the staff's endpoints, granted reading tips as well (no role has it by
  // default, decision 0044) and put on the drugs desk, so that the desks' key routes are fuzzed
  // past their capability check.
  const admin = await signedInStaff(t, 'admin')
  await t.db
    .update(users)
    .set({ capacidades: [...CAPACIDADES] })
    .where(eq(users.id, admin.userId))
  await t.db.insert(informacionAnalistas).values({ userId: admin.userId, mesa: 'drogas' })
  const staffSession = admin.client.jar.get('cv_session')
  if (!session || !staffSession) throw new Error('no session cookie')
  return { t, session, staffSession, close: () => claveunica.provider.close() }
}

/** The values of each field of an object schema, each made from that field's own schema. */
export function inputOf<E extends v.ObjectEntries>(
  schema: { entries: E },
  fields: { [K in keyof E]: Field },
): Record<string, FieldValues> {
  return Object.fromEntries(
    Object.keys(schema.entries).map((name) => {
      const make = fields[name]
      const entry = schema.entries[name]
      if (!make || !entry) throw new Error(`no values for field ${name}`)
      return [name, make(entry)]
    }),
  )
}

/** Every field path of a schema, nested ones (`campos.establecimiento`) included. */
function fieldPaths(schema: unknown, prefix = ''): string[] {
  const inner = (schema as { wrapped?: unknown }).wrapped ?? schema
  const entries = (inner as { entries?: Record<string, unknown> }).entries ?? {}
  return Object.entries(entries).flatMap(([key, entry]) => {
    const path = prefix ? `${prefix}.${key}` : key
    return [path, ...fieldPaths(entry, path)]
  })
}

/**
 * A JSON `POST` endpoint (or `PUT`, with `method`): bodies from the input schema's fields, with odd
 * headers and query strings.
 *
 * @example
 * jsonPost('/api/condolencias', CondolenciaInput, { nombre: text(100), mensaje: text(2000) }, { alwaysInvalid: true })
 */
export function jsonPost<E extends v.ObjectEntries>(
  path: string,
  schema: { entries: E },
  fields: { [K in keyof E]: Field },
  options: Options & { method?: 'POST' | 'PUT' } = {},
): Endpoint {
  const alwaysInvalid = options.alwaysInvalid ?? false
  const method = options.method ?? 'POST'
  return {
    requests: fc
      .tuple(
        queryString({}),
        headers(method, options.session),
        jsonBody(inputOf(schema, fields), alwaysInvalid),
      )
      .map(([query, head, { contentType, ...body }]) => ({
        method,
        path: path + query,
        headers: defined({ ...head, 'content-type': contentType }),
        ...body,
      })),
    fields: new Set([
      ...fieldPaths(schema),
      ...(options.fields ?? []),
      'body',
      'Idempotency-Key',
      'Idempotency-Secret',
    ]),
    alwaysInvalid,
    writes: options.writes ?? [],
    ...(options.labels ? { labels: options.labels } : {}),
  }
}

/**
 * A `GET` endpoint: its query parameters (valid, invalid, repeated) among strangers, odd headers.
 *
 * @example
 * get(codeSegment.map((code) => `/api/verificar/${code}`), { fields: ['code'] })
 */
export function get(
  path: string | fc.Arbitrary<string>,
  options: Options & { query?: Record<string, FieldValues> } = {},
): Endpoint {
  const query = options.query ?? {}
  return {
    requests: fc
      .tuple(
        typeof path === 'string' ? fc.constant(path) : path,
        queryString(query),
        headers('GET', options.session),
      )
      .map(([base, search, head]) => ({
        method: 'GET' as const,
        path: base + search,
        headers: defined(head),
        added: [],
      })),
    fields: new Set([...Object.keys(query), ...(options.fields ?? []), 'body']),
    alwaysInvalid: false,
    writes: options.writes ?? [],
    ...(options.labels ? { labels: options.labels } : {}),
  }
}

/** Whether a message names its field: the field's label in some language, or its own name, in quotes. */
function namesField(message: string, field: string, own: Readonly<Record<string, string>> = {}): boolean {
  // A repeated group's field (`objetos.0.imei`) by its template's label, as the API words it.
  const labels = locales.map((locale) => fieldLabel(locale, own[field] ?? field))
  return [field, ...labels].some((name) =>
    [`«${name}»`, `“${name}”`, `"${name}"`].some((q) => message.includes(q)),
  )
}

/** Whether a JSON body holds a control character (tab and line breaks aside) in any of its strings. */
function controlsIn(body: string | undefined): boolean {
  let found = false
  try {
    JSON.parse(body ?? '', (_key, value: unknown) => {
      if (typeof value === 'string' && /(?![\t\n\r])\p{Cc}/u.test(value)) found = true
      return value
    })
  } catch {
    // Not JSON (or nested past the stack): refused for that reason, or no strings to judge.
  }
  return found
}

const ERROR_KEYS = new Set(['code', 'fields', 'message', 'requestId', 'status'])
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && /\S/.test(value)

/** A plain assertion: `expect` would cost as much as the request, ten thousand times over. */
function must(condition: boolean, what: string, detail: unknown): asserts condition {
  if (!condition) throw new Error(`${what}: ${JSON.stringify(detail)}`)
}

/**
 * The property every answer must have: no 5xx and no 429; more than 64 KiB is never accepted and
 * less is never "too large"; an error is the one shape, with its status, a code of the closed
 * list and, for `validation_failed`, fields of this endpoint, each with a message naming it.
 */
async function checkAnswer(
  endpoint: Endpoint,
  request: FuzzRequest,
  bodySize: number,
  response: Response,
): Promise<void> {
  const { status } = response
  must(status < 500, 'a server error', status)
  must(status !== 429, 'rate limited', status)
  must(bodySize > MAX_JSON_BODY ? status >= 400 : status !== 413, 'a body of this size', { bodySize, status })
  must(!endpoint.alwaysInvalid || status >= 400, 'an invalid request accepted', status)
  must(status >= 400 || !controlsIn(request.body), 'a control character accepted', request.body)
  if (status < 400) return
  const type = response.headers.get('content-type')
  must(type?.startsWith('application/json') === true, 'an error not in JSON', type)
  const error = (await response.json()) as Record<string, unknown>
  must(
    Object.keys(error).every((key) => ERROR_KEYS.has(key)) &&
      error.status === status &&
      Object.hasOwn(errorStatus, String(error.code)) &&
      errorStatus[error.code as keyof typeof errorStatus] === status &&
      nonEmpty(error.message) &&
      nonEmpty(error.requestId) &&
      error.requestId === response.headers.get('x-request-id'),
    'not the error shape',
    error,
  )
  // Another refusal may name the field it concerns (a closed election's window, decision 0081):
  // then in the same shape as a validation's.
  if (error.code !== 'validation_failed' && error.fields === undefined) return
  const fields = error.fields
  must(Array.isArray(fields) && fields.length > 0, `${String(error.code)} without fields`, error)
  for (const item of fields as Record<string, unknown>[]) {
    const field = String(item.field)
    must(
      Object.keys(item).length === 2 && typeof item.field === 'string' && nonEmpty(item.message),
      'a field error of another shape',
      item,
    )
    must(endpoint.fields.has(field) || request.added.includes(field), 'a field not of this endpoint', item)
    must(namesField(item.message, field, endpoint.labels), 'a message not naming its field', item)
  }
}

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.client.execute("select name from sqlite_master where type = 'table'")
  const counts: Record<string, number> = {}
  for (const { name } of tables.rows) {
    const result = await t.client.execute(`select count(*) as n from "${String(name).replaceAll('"', '""')}"`)
    counts[String(name)] = Number(result.rows[0]?.n)
  }
  return counts
}

/**
 * Sends an endpoint {@link FUZZ_RUNS} generated requests in-process, checks every answer, and
 * checks that no table but the endpoint's `writes` gained or lost a row.
 */
export async function fuzz(t: TestApp, endpoint: Endpoint): Promise<void> {
  const before = await rowCounts(t)
  await fc.assert(
    fc.asyncProperty(endpoint.requests, async (request) => {
      const { method, headers, body, prefix } = request
      const bytes = body === undefined ? undefined : encode(body, prefix)
      const response = await t.app.request(request.path, {
        method,
        headers,
        ...(bytes ? { body: bytes } : {}),
      })
      await checkAnswer(endpoint, request, bytes?.byteLength ?? 0, response)
    }),
    { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
  )
  const after = await rowCounts(t)
  for (const table of endpoint.writes) {
    delete before[table]
    delete after[table]
  }
  deepStrictEqual(after, before, 'rows were written')
}

/**
 * One test per endpoint, each of {@link FUZZ_RUNS} generated requests, on one app where a
 * ClaveÚnica citizen and an administrator are signed in: public endpoints are called anonymously,
 * citizen ones with her session, staff ones with the administrator's.
 *
 * @example
 * describeFuzz('JSON bodies', { 'POST /api/condolencias': () => jsonPost(…) }, { 'POST /api/permisos': (session) => jsonPost(…, { session }) })
 */
export function describeFuzz(
  title: string,
  publicEndpoints: Record<string, () => Endpoint>,
  citizenEndpoints: Record<string, (session: string) => Endpoint>,
  staffEndpoints: Record<string, (session: string) => Endpoint> = {},
): void {
  describe(`${title}, generated (fast-check seed ${FUZZ_SEED})`, () => {
    let fuzzing: Awaited<ReturnType<typeof fuzzAppWithCitizen>>
    beforeAll(async () => {
      fuzzing = await fuzzAppWithCitizen()
    })
    afterAll(() => fuzzing.close())

    const timeout = 240_000
    for (const [route, endpoint] of Object.entries(publicEndpoints)) {
      it(`${route}: ${FUZZ_RUNS} generated requests`, () => fuzz(fuzzing.t, endpoint()), timeout)
    }
    for (const [route, endpoint] of Object.entries(citizenEndpoints)) {
      it(
        `${route} (ClaveÚnica citizen): ${FUZZ_RUNS} generated requests`,
        () => fuzz(fuzzing.t, endpoint(fuzzing.session)),
        timeout,
      )
    }
    for (const [route, endpoint] of Object.entries(staffEndpoints)) {
      it(
        `${route} (administrator): ${FUZZ_RUNS} generated requests`,
        () => fuzz(fuzzing.t, endpoint(fuzzing.staffSession)),
        timeout,
      )
    }
  })
}
