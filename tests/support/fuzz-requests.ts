/**
 * The parts of a generated request, apart from the input's values (fuzz-values.ts): headers,
 * query strings and JSON bodies, each mostly plausible and now and then odd.
 */

import fc from 'fast-check'
import { MAX_JSON_BODY } from '../../worker/app.ts'
import { type FieldValues, headerText, oddKey, oddText, safeEncode } from './fuzz-values.ts'

/** A generated request. */
export interface FuzzRequest {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  headers: Record<string, string>
  body?: string
  /** Raw bytes sent before the body: a BOM, or bytes that are not UTF-8. */
  prefix?: readonly number[]
  /** Keys this request added to the body, which an error may name as well as the endpoint's fields. */
  added: string[]
}

const sometimes = <T>(percent: number, value: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 100 - percent, arbitrary: fc.constant(undefined) },
    { weight: percent, arbitrary: value },
  )

const acceptLanguage = fc.oneof(
  fc.constantFrom(
    'es',
    'en-US,en;q=0.9',
    'ht',
    'fr-FR',
    '*',
    '',
    'en;q=0',
    'ht;q=abc,en;q=0.5',
    'es;q=-1',
    'en;q=NaN',
    ',,,;;;',
    'zh-Hant-TW;q=0.8',
    'x'.repeat(8000),
    'en;q=0.1,'.repeat(500),
  ),
  headerText(),
)

const VISIBLE_ASCII = fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c))
const idempotencyKey = fc.oneof(
  { weight: 90, arbitrary: fc.constant(undefined) },
  {
    weight: 8,
    arbitrary: fc.oneof(
      fc.constantFrom('', ' ', 'a b', 'x'.repeat(256), 'ñandú', 'clave\u007f', '\t'),
      headerText().filter((key) => !/^[\x21-\x7e]{1,255}$/.test(key.trim())),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(fc.constant('k-1'), fc.string({ unit: VISIBLE_ASCII, minLength: 1, maxLength: 255 })),
  },
)

/** An anonymous device's secret, sent with its keys: mostly one device's, now and then none or an odd one. */
const idempotencySecret = fc.oneof(
  { weight: 85, arbitrary: fc.constant('dispositivo-fuzz-0001') },
  { weight: 10, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.oneof(fc.constantFrom('', 'corta', 'x'.repeat(256), 'con espacio aquí'), headerText()),
  },
)

const ODD_COOKIES = [
  'lang=en',
  'lang=xx',
  'lang=',
  '=;;',
  'lang=%ZZ',
  'lang="ht"',
  'cv_session=nada',
  'a=%E0%A4%A',
]

function cookie(session: string | undefined) {
  if (session === undefined) {
    return sometimes(
      15,
      fc.oneof(
        fc.constantFrom(...ODD_COOKIES),
        headerText().map((text) => `lang=${text}`),
      ),
    )
  }
  const own = `cv_session=${session}`
  return fc.oneof(
    { weight: 90, arbitrary: fc.constant(own) },
    { weight: 8, arbitrary: fc.constantFrom(...ODD_COOKIES).map((odd) => `${own}; ${odd}`) },
    { weight: 2, arbitrary: fc.constantFrom(`cv_session=x; ${own}`, `${own}x`, '', own.toUpperCase()) },
  )
}

const ORIGIN = 'http://localhost:8787'
const oddOrigin = fc.constantFrom(
  undefined,
  'https://evil.example',
  'null',
  `${ORIGIN}.evil.example`,
  'http://LOCALHOST:8787',
)

/** Headers: the caller's cookie, an Origin on writes, odd languages and keys now and then. */
export function headers(method: FuzzRequest['method'], session: string | undefined) {
  const post = method !== 'GET'
  return fc.record({
    'accept-language': sometimes(40, acceptLanguage),
    'idempotency-key': post ? idempotencyKey : fc.constant(undefined),
    'idempotency-secret': post ? idempotencySecret : fc.constant(undefined),
    'outbox-owner': post ? sometimes(10, headerText(40)) : fc.constant(undefined),
    cookie: cookie(session),
    origin:
      post && session !== undefined
        ? fc.oneof({ weight: 95, arbitrary: fc.constant(ORIGIN) }, { weight: 5, arbitrary: oddOrigin })
        : sometimes(10, oddOrigin),
    'sec-fetch-site': sometimes(5, fc.constantFrom('same-origin', 'cross-site', 'none')),
    'cf-connecting-ip': sometimes(5, headerText(40)),
    accept: sometimes(10, fc.oneof(fc.constantFrom('text/html', 'application/pdf', '*/*'), headerText())),
  })
}

const QUERY_TAILS = [
  '&',
  '&&=',
  '&%',
  '&%ZZ=1',
  '&%E0%A4%A=1',
  '&lang',
  '&=x',
  '&lang=%FF',
  '#fragment',
  '?',
  '&a=1&a=2',
]

/** A query string of the endpoint's parameters (repeated, odd, or not encoded) and strangers. */
export function queryString(params: Record<string, FieldValues>) {
  const pair = fc.oneof(
    ...Object.entries(params).map(([name, values]) =>
      fc.tuple(fc.constant(name), fc.oneof(values.valid, values.invalid)),
    ),
    fc.tuple(fc.constant('lang'), fc.constantFrom('es', 'en', 'ht', 'fr', '', 'EN', 'ht ', '\u0000')),
    fc.tuple(oddKey, oddText()),
  )
  return fc
    .tuple(
      fc.array(pair, { maxLength: 6 }),
      fc.boolean(),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: fc.constantFrom(...QUERY_TAILS) },
      ),
    )
    .map(([pairs, encode, tail]) => {
      const text = (value: unknown) => (encode ? safeEncode(String(value)) : String(value))
      const query = pairs.map(([key, value]) => `${text(key)}=${text(value)}`).join('&')
      return query || tail ? `?${query}${tail}` : ''
    })
}

const MISSING = Symbol('missing')

/**
 * A JSON object of the input's fields, each valid, invalid or missing; when every request must be
 * invalid, one field (chosen at random) always gets an invalid value. Now and then extra keys.
 */
function jsonObject(fields: Record<string, FieldValues>, alwaysInvalid: boolean) {
  const list = Object.entries(fields)
  const names = list.map(([name]) => name)
  const anyValue = (values: FieldValues) =>
    fc.oneof(
      { weight: 6, arbitrary: values.valid },
      { weight: 3, arbitrary: values.invalid },
      { weight: 1, arbitrary: fc.constant(MISSING) },
    )
  const broken = alwaysInvalid
    ? fc.oneof(
        ...list.map(([name, values]) => {
          const invalid = values.optional ? values.invalid : fc.oneof(values.invalid, fc.constant(MISSING))
          return fc.tuple(fc.constant(name), invalid)
        }),
      )
    : fc.constant(undefined)
  const extraValue = fc.oneof(oddText(), fc.integer(), fc.constant(null), fc.boolean())
  const extras = fc.oneof(
    { weight: 85, arbitrary: fc.constant([]) },
    {
      weight: 15,
      arbitrary: fc.array(
        fc.tuple(
          oddKey.filter((key) => !names.includes(key)),
          extraValue,
        ),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    },
  )
  return fc
    .tuple(fc.tuple(...list.map(([, values]) => anyValue(values))), broken, extras)
    .map(([values, brokenField, extra]) => {
      const own = names.map((name, i): [string, unknown] =>
        name === brokenField?.[0] ? [name, brokenField[1]] : [name, values[i]],
      )
      // fromEntries defines own properties, so `__proto__` is sent as a key like any other.
      const body = Object.fromEntries([...own.filter(([, value]) => value !== MISSING), ...extra])
      return { json: JSON.stringify(body), added: extra.map(([key]) => key) }
    })
}

/** Ways to spoil JSON text: truncated, trailing commas, NaN, comments, a BOM, deep nesting. */
const MANGLE: [name: string, mangle: (json: string, n: number) => string][] = [
  ['truncated', (json, n) => json.slice(0, n % Math.max(json.length, 1))],
  ['trailing comma', (json) => json.replace(/}$/, ',}')],
  ['NaN', (json) => json.replace(/^{/, '{"n":NaN,')],
  ['single quotes', (json) => json.replaceAll('"', "'")],
  ['comment', (json) => `/* x */${json}`],
  ['two values', (json) => json + json],
  ['unquoted key', (json) => json.replace(/"([^"\\]*)":/, '$1:')],
  ['BOM', (json) => `\uFEFF${json}`],
  ['NUL', (json) => `${json}\u0000`],
  ['deep', (_json, n) => `{"a":${'['.repeat(1000 + (n % 50_000))}`],
]

const NOT_AN_OBJECT = fc.oneof(
  fc.constantFrom('null', '[]', '"texto"', '0', '-0', '1e999', 'true', '[{}]', '{}', '""', '', ' '),
  fc.array(fc.integer(), { maxLength: 3 }).map((list) => JSON.stringify(list)),
  oddText().map((text) => JSON.stringify(text)),
)

const padTo = (text: string, bytes: number) => text + ' '.repeat(Math.max(0, bytes - Buffer.byteLength(text)))

/** Raw bytes before the text: a BOM, or bytes that are not UTF-8. */
const PREFIXES = [[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xc3, 0x28], [0x00]]

const CONTENT_TYPES = fc.oneof(
  {
    weight: 90,
    arbitrary: fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json;charset=iso-8859-1',
      'application/json-patch+json',
    ),
  },
  {
    weight: 10,
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      'text/json',
      'application/xml',
    ),
  },
)

/** A body: mostly the input as JSON, else mangled JSON, another JSON value, or one around the size limit. */
export function jsonBody(fields: Record<string, FieldValues>, alwaysInvalid: boolean) {
  const object = jsonObject(fields, alwaysInvalid)
  const text = fc.oneof(
    { weight: 80, arbitrary: object },
    {
      weight: 8,
      arbitrary: fc
        .tuple(object, fc.constantFrom(...MANGLE), fc.nat())
        .map(([{ json, added }, [, mangle], n]) => ({ json: mangle(json, n), added })),
    },
    { weight: 6, arbitrary: NOT_AN_OBJECT.map((json) => ({ json, added: [] })) },
    {
      weight: 5,
      arbitrary: fc
        .tuple(object, fc.integer({ min: -300, max: 300 }))
        .map(([{ json, added }, delta]) => ({ json: padTo(json, MAX_JSON_BODY + delta), added })),
    },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: MAX_JSON_BODY + 1, max: 3 * MAX_JSON_BODY })
        .map((n) => ({ json: '['.repeat(n), added: [] })),
    },
  )
  const prefix = fc.oneof(
    { weight: 97, arbitrary: fc.constant([]) },
    { weight: 3, arbitrary: fc.constantFrom(...PREFIXES) },
  )
  return fc.tuple(text, prefix, CONTENT_TYPES).map(([{ json, added }, bytes, contentType]) => ({
    body: json,
    added,
    contentType,
    ...(bytes.length > 0 ? { prefix: bytes } : {}),
  }))
}

/** The headers that were generated, without those left out. */
export const defined = (headers: Record<string, string | undefined>) =>
  Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
  )

const encoder = new TextEncoder()

/** A body as bytes, so that no Content-Type is added and a prefix need not be UTF-8. */
export function encode(body: string, prefix: readonly number[] = []): Uint8Array<ArrayBuffer> {
  const text = encoder.encode(body)
  if (prefix.length === 0) return text
  const bytes = new Uint8Array(prefix.length + text.length)
  bytes.set(prefix)
  bytes.set(text, prefix.length)
  return bytes
}
