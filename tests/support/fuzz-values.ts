import fc from 'fast-check'
import * as v from 'valibot'
import { canonicalRun, checkDigit, formatRun } from '../../core/run.ts'

/**
 * Values for generated requests, field by field: for each kind of field, values that look valid
 * (most are) and values that are surely invalid (a test that must write nothing breaks a field
 * with one of these).
 */
export interface FieldValues {
  valid: fc.Arbitrary<unknown>
  invalid: fc.Arbitrary<unknown>
  /** An optional field: leaving it out is valid. */
  optional?: boolean
}

/** Characters that break naïve code: NUL, lone surrogates, bidi and zero-width marks, emoji, quotes. */
const ODD = [
  '\u0000',
  '\uD800',
  '\uDFFF',
  'a\uDC00b',
  '\u202E',
  '\u200F',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u2028',
  '\u00A0',
  'e\u0301',
  '👮‍♀️',
  '🇨🇱',
  'ñ',
  'Ñ',
  'مرحبا',
  'עברית',
  '𝔘',
  '\t',
  '\n',
  '"',
  '\\',
  '<script>',
  "'; drop table users; --",
  '%00',
  '{field}',
  '$&',
  '../',
]

/**
 * Any code point, lone surrogates included. (fast-check's `unit: 'binary'` maps all 1.1 million
 * back to indexes for each string arbitrary made with it: seconds of work per field.)
 */
const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code))

/** Text from anywhere in Unicode, with the odd characters above mixed in. */
export const oddText = (maxLength = 40) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ maxLength, unit: codePoint }),
    fc.array(fc.constantFrom(...ODD), { maxLength: 6 }).map((parts) => parts.join('')),
  )

/** A repeated character, cheap at any length (up to and past the body limit). */
const repeated = (min: number, max: number) =>
  fc.tuple(fc.constantFrom('x', 'ñ', '👮', '\u0000'), fc.integer({ min, max })).map(([c, n]) => c.repeat(n))

/** A text longer than `max` UTF-16 units; now and then longer than the whole body may be. */
const tooLong = (max: number) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.integer({ min: max + 1, max: max + 200 }).map((n) => 'x'.repeat(n)) },
    { weight: 5, arbitrary: repeated(max + 1, 2 * max + 2) },
    { weight: 1, arbitrary: repeated(60_000, 70_000) },
  )

const notString = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
  fc.constant({}),
)

/** How a test fills one field of an input, given that field's schema. */
export type Field = (schema: v.GenericSchema) => FieldValues

/**
 * A field's values: `valid` ones as given, and invalid ones made of wrong types, the examples
 * and (for format fields) odd text, kept only when the field's own schema refuses them. Values
 * that only the service refuses (an unknown permit type) come in `refusedByService`.
 */
function field(
  valid: fc.Arbitrary<unknown>,
  examples: fc.Arbitrary<unknown>[],
  options: { odd?: boolean; refusedByService?: unknown[]; optional?: boolean } = {},
): Field {
  return (schema) => {
    const refused = fc
      .oneof(notString, ...examples, ...(options.odd ? [oddText()] : []))
      .filter((value) => !v.is(schema, value))
    const byService = options.refusedByService ?? []
    return {
      valid,
      invalid: byService.length > 0 ? fc.oneof(refused, fc.constantFrom(...byService)) : refused,
      ...(options.optional ? { optional: true } : {}),
    }
  }
}

/** A text field trimmed to `min`–`max` characters. */
export function text(max: number, min = 1): Field {
  return field(
    fc.oneof(
      fc.string({ minLength: min, maxLength: max, unit: 'grapheme-ascii' }),
      oddText(Math.min(max, 40)),
      fc.constantFrom('Ana María', 'Supermercado, Av. Matta 1200', '  Hospital del Salvador  '),
    ),
    [
      fc.constantFrom('', '   ', '\t\n', '\u00A0\uFEFF\u2028'),
      fc.string({ maxLength: min - 1, unit: 'grapheme-ascii' }).map((short) => ` ${short.trim()} `),
      tooLong(max),
    ],
  )
}

/** A whole number from `min` to `max`, with near misses: zero, negatives, fractions, past safe integers, numbers in text. */
export function whole(min: number, max: number, refusedByService: number[] = []): Field {
  return field(fc.integer({ min, max }), [fc.constantFrom(0, -1, 1.5, 2 ** 53 + 2, '1000', '', Number.NaN)], {
    refusedByService,
  })
}

/** Any string of 1 to `max` characters (a password, the signed payload of a QR code). */
export function anyString(max: number, refusedByService: unknown[] = []): Field {
  return field(
    fc.oneof(oddText(64), fc.constantFrom('un cóndor sobre los Andes 1810', 'eyJhbGciOiJFZERTQSJ9.e30.AA')),
    [fc.constant(''), tooLong(max)],
    { refusedByService },
  )
}

const RUN_STYLES = [
  (canonical: string) => formatRun(canonical),
  (canonical: string) => canonical,
  (canonical: string) => canonical.replace('-', '').toLowerCase(),
  (canonical: string) => ` ${formatRun(canonical)} `,
] as const

/** A RUN in its usual forms; invalid ones have a wrong check digit or are no RUN at all. */
export function run(): Field {
  const numero = fc.integer({ min: 1, max: 99_999_999 })
  const style = fc.constantFrom(...RUN_STYLES)
  return field(
    fc.tuple(numero, style).map(([n, write]) => write(canonicalRun({ numero: n, dv: checkDigit(n) }))),
    [
      fc.tuple(numero, fc.constantFrom(...'0123456789K'), style).map(([n, dv, write]) => write(`${n}-${dv}`)),
      fc.constantFrom('', '0-0', '00.000.000-0', '1234567890-1', 'K', '-', '12.345.678-Z', 'A1234567-8'),
    ],
    { odd: true },
  )
}

/**
 * A field the body may leave out (leaving it out is valid), with the values of `values`.
 *
 * @example
 * const fields = { email: optional(email()) }
 */
export function optional(values: Field): Field {
  return (schema) => ({ ...values(schema), optional: true })
}

export function email(): Field {
  return field(
    fc.oneof(
      fc.emailAddress(),
      fc.constantFrom('ana@example.cl', ' Ana.Rojas+cv@Example.CL ', 'ñandú@ejemplo.cl'),
    ),
    [
      fc.constantFrom(
        '',
        'ana',
        'ana@',
        '@example.cl',
        'ana @example.cl',
        'ana@example',
        'ana@@example.cl',
        'ana@example..cl',
        `${'a'.repeat(250)}@example.cl`,
      ),
    ],
    { odd: true },
  )
}

/** The token of an e-mailed link or a login challenge: 20–100 URL-safe characters. */
export function token(): Field {
  return field(
    fc.string({ unit: fc.constantFrom(...'abcXYZ0189_-'), minLength: 20, maxLength: 100 }),
    [
      fc.constantFrom(
        '',
        'corto',
        'a'.repeat(19),
        'a'.repeat(101),
        `${'a'.repeat(30)}.`,
        ` ${'a'.repeat(30)}`,
      ),
    ],
    { odd: true },
  )
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const day = (date: Date) => date.toISOString().slice(0, 10)
const year = fc.integer({ min: 0, max: 9999 })

/** Dates that do not exist (2026-02-30, 1900-13-01), or written otherwise. */
const badDates = [
  fc
    .oneof(
      fc.tuple(
        year,
        fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        fc.integer({ min: 1, max: 28 }),
      ),
      fc.tuple(
        year,
        fc.integer({ min: 1, max: 12 }),
        fc.oneof(fc.constant(0), fc.integer({ min: 32, max: 99 })),
      ),
      fc.tuple(
        year.filter((y) => y % 4 !== 0),
        fc.constant(2),
        fc.constant(29),
      ),
      fc.tuple(year, fc.constantFrom(4, 6, 9, 11), fc.constant(31)),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.constantFrom(
    '2026-02-30',
    '1900-13-01',
    '2100-02-29',
    '2026-11-23T00:00:00Z',
    '2026/11/23',
    '23-11-2026',
    '2026-1-1',
    '20261123',
    '2026-11-2３',
    '٢٠٢٦-١١-٢٣',
  ),
]

/** A calendar date `YYYY-MM-DD`; `valid` narrows it, `refusedByService` are real dates a rule refuses. */
export function date(valid?: string[], refusedByService: string[] = []): Field {
  return field(
    valid
      ? fc.constantFrom(...valid)
      : fc.oneof(
          fc.date({ min: new Date('1900-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map(day),
          fc.constantFrom(' 1990-12-31 ', '2024-02-29'),
        ),
    badDates,
    { odd: true, refusedByService },
  )
}

/** One of a few accepted values; the others look close to them (and only the service may know). */
export function option(valid: string[], ...refusedByService: unknown[]): Field {
  return field(fc.constantFrom(...valid), [fc.constant(''), tooLong(40)], { refusedByService })
}

/** A string that must match a format, with near misses (and well-formed values only the service refuses). */
export function format(
  valid: fc.Arbitrary<string>,
  nearMisses: string[],
  refusedByService: string[] = [],
): Field {
  return field(valid, [fc.constantFrom(...nearMisses)], { odd: true, refusedByService })
}

export function phone(): Field {
  const digits = fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 99_999_999 }))
  return format(
    fc.oneof(
      digits.map(([first, rest]) => `${first}${pad(rest, 8)}`),
      fc.constantFrom('+56 9 1234 5678', '(2) 2345 6789', '+56-9-8765-4321'),
    ),
    [
      '',
      '123',
      '1 2345 6789',
      '+1 555 0100',
      'abcdefghi',
      '9123456789',
      '+56 9 1234 567',
      '９１２３４５６７８',
    ],
  )
}

export function time(): Field {
  return format(
    fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${pad(h)}:${pad(m)}`),
    ['', '24:00', '23:60', '7:00', '07:0', '0700', '07:00:00', '07.00', '٠٧:٠٠'],
  )
}

/** A boolean that must be true (a declaration). */
export function mustBeTrue(): Field {
  return field(fc.constant(true), [fc.constantFrom(false, 'true', 1, 0), fc.string({ maxLength: 5 })])
}

/** A yes or no: a boolean, and what is not one (its words, a number, nothing). */
export function flag(): Field {
  return field(fc.boolean(), [fc.constantFrom('true', 'si', 1, 0, null), fc.string({ maxLength: 5 })])
}

/** An optional object field: a few valid objects and a few broken ones. */
export function object(valid: object[], invalid: unknown[]): Field {
  return field(fc.constantFrom(...valid), [fc.constantFrom(...invalid)], { optional: true })
}

/**
 * A draft's answers (PUT /api/borradores/:formulario): named text fields; not an object, a name
 * that is no field's, a value that is not text. A control character in a value, or answers longer
 * than the limit, are refused by the route (its own checks), not by the schema.
 */
export function respuestas(max: number): Field {
  const name = fc.stringMatching(/^[A-Za-z][\w.-]{0,20}$/)
  return field(
    fc.dictionary(
      name,
      fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('', 'Av. Matta 1200', 'ñandú 👮‍♀️')),
      {
        maxKeys: 12,
      },
    ),
    [
      fc.constantFrom(
        [],
        ['a'],
        'texto',
        { 'no es un campo': 'x' },
        { _oculto: 'x' },
        { n: 1 },
        { n: null },
        { n: ['a'] },
        { n: { m: 'x' } },
      ),
    ],
    { refusedByService: [{ relato: 'a\u0000b' }, { relato: 'x'.repeat(max + 1) }] },
  )
}

/** Keys a body should not have: prototype names, empty, dotted, odd characters. */
export const oddKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    '',
    'a.b',
    '0',
    ' run',
    'NOMBRE',
    '\u0000',
    '\uD800',
    '👮‍♀️',
    '$where',
    'campos.establecimiento',
  ),
  fc.string({ maxLength: 12 }),
)

/** A path segment: a well-formed document code, or something else entirely. */
export const codeSegment = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'), minLength: 10, maxLength: 10 }),
  fc.constantFrom(
    'wndt-7c4z 3t',
    'WNDT7C4Z3T',
    'O0I1L00000',
    '%',
    '%ZZ',
    '%E0%A4%A',
    '%00',
    '%2F',
    '%2e%2e',
    'ñ',
  ),
  fc.integer({ min: 11, max: 3000 }).map((n) => 'A'.repeat(n)),
  oddText(20).map(safeEncode),
  oddText(20),
)

/** Percent-encodes what can be encoded; a lone surrogate is left for the URL parser to replace. */
export function safeEncode(text: string): string {
  try {
    return encodeURIComponent(text)
  } catch {
    return text
  }
}

/** A header value: Latin-1 without control characters, as HTTP allows. */
export const headerText = (maxLength = 60) =>
  fc.string({ maxLength, unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) })
