import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AFTER_SIGN_IN, safeReturnTo } from '../../worker/identity/return-to.ts'
import { landingOrigin } from '../support/redirects.ts'

const PORTAL = 'https://portal.example'
/** Where the callback's `Location` is resolved from. */
const CALLBACK = `${PORTAL}/auth/claveunica/callback`

/** Characters browsers strip or trim: every ASCII control, space, and some Unicode whitespace. */
const stripped = [
  ...Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code)),
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u3000',
  '\uFEFF',
  ' ',
]
/** The characters open redirects are made of. */
const structural = ['\\', '/', '.', '%', ':', '@', '?', '#', '2', 'F', 'e', 'v', 'i', 'l', 'x']
/** Whole pieces, so generated strings also hold schemes, hosts and encoded slashes. */
const pieces = [
  '//',
  'evil.example',
  'portal.example',
  'https:',
  'http:',
  'javascript:',
  'blob:',
  '%2F',
  '%5C',
  '%2e',
  '%09',
  '%0A',
  '..',
]
// Stripped characters are rarer, so that many strings hold none and reach the URL parser.
const unit = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...stripped) },
  { weight: 12, arbitrary: fc.constantFrom(...structural) },
  { weight: 3, arbitrary: fc.constantFrom(...pieces) },
)
const hostile = fc.oneof(
  fc.string({ unit, maxLength: 30 }),
  fc.string({ unit, maxLength: 30 }).map((rest) => `/${rest}`),
  // The attack that was found: a slash, characters a browser strips, then the rest.
  fc
    .tuple(
      fc.string({ unit: fc.constantFrom(...stripped), minLength: 1, maxLength: 2 }),
      fc.string({ unit, maxLength: 20 }),
    )
    .map(([strip, rest]) => `/${strip}${rest}`),
  fc.string({ unit, maxLength: 30 }).map((rest) => `${PORTAL}/${rest}`),
  fc.string({ maxLength: 30 }),
)

describe('safeReturnTo', () => {
  it('answers, for any string, a path that a browser resolves to the portal itself', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const path = safeReturnTo(value, PORTAL)
        expect(path).toMatch(/^\/(?![/\\])/)
        // Printable ASCII only: nothing for a browser to strip, nothing a header refuses.
        expect(path).toMatch(/^[\x21-\x7E]+$/)
        expect(new URL(path, CALLBACK).origin).toBe(PORTAL)
        expect(landingOrigin(path, CALLBACK)).toBe(PORTAL)
        // The callback applies it again to what the login stored: nothing may change.
        expect(safeReturnTo(path, PORTAL)).toBe(path)
      }),
      { numRuns: 20_000 },
    )
  })

  it('keeps an ordinary path of the portal as it is', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/)
    const query = fc.option(fc.stringMatching(/^[a-z]{1,6}=[a-z0-9]{0,6}$/), { nil: undefined })
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 5 }), query, (segments, q) => {
        const path = `/${segments.join('/')}${q ? `?${q}` : ''}`
        expect(safeReturnTo(path, PORTAL)).toBe(path)
      }),
    )
  })

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty string', ''],
    ['another host, scheme-relative', '//evil.example'],
    ['another host, scheme-relative with a path', '//evil.example/mis-tramites'],
    ['a backslash after the slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example'],
    ['a newline between the slashes', '/\n/evil.example'],
    ['CR LF between the slashes', '/\r\n/evil.example'],
    ['a header injected after CR LF', '/mis-tramites\r\nSet-Cookie: x=1'],
    ['a NUL', '/mis-tramites\u0000'],
    ['DEL', '/\u007F/evil.example'],
    ['a C1 control (NEL)', '/\u0085/evil.example'],
    ['a leading space', ' //evil.example'],
    ['a no-break space', '/\u00A0/evil.example'],
    ['a line separator', '/\u2028/evil.example'],
    ['an ideographic space', '/\u3000/evil.example'],
    ['a byte-order mark', '/\uFEFF/evil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a parent segment that leaves two slashes', '/..//evil.example'],
    ['a parent segment further in', '/a/..//evil.example'],
    ['an encoded dot segment', '/%2e//evil.example'],
    ['an encoded parent segment', '/%2E%2e//evil.example'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['a blob: URL of the portal (its origin is the portal, its path is not a path)', `blob:${PORTAL}/x`],
    ['another origin', 'https://evil.example/mis-tramites'],
    ['a host that starts like the portal', 'https://portal.example.evil.example/'],
    ['the portal as user information', 'https://portal.example@evil.example/'],
    ['the portal over plain HTTP', 'http://portal.example/mis-tramites'],
    ['the portal on another port', 'https://portal.example:8443/mis-tramites'],
    ['a same-scheme relative URL', 'https:evil.example'],
    ['a relative path', 'mis-tramites'],
    ['a very long path', `/${'a'.repeat(5000)}`],
    ['a path that grows too long once encoded', `/${'ñ'.repeat(1000)}`],
  ])('refuses %s', (_, value) => {
    expect(safeReturnTo(value, PORTAL)).toBe(AFTER_SIGN_IN)
  })

  it.each([
    ['a path', '/permisos/solicitud', '/permisos/solicitud'],
    ['a path with query and fragment', '/mis-tramites?x=1#detalle', '/mis-tramites?x=1#detalle'],
    ['an absolute URL of the portal, as a path', `${PORTAL}/permisos?x=1#y`, '/permisos?x=1#y'],
    ['encoded slashes (a browser keeps them encoded)', '/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['an encoded backslash', '/%5Cevil.example', '/%5Cevil.example'],
    ['an encoded tab', '/%09/evil.example', '/%09/evil.example'],
    ['an encoded CR LF', '/x%0D%0ASet-Cookie:%20x', '/x%0D%0ASet-Cookie:%20x'],
    ['dot segments that stay inside', '/a/../b/./c', '/b/c'],
    ['a parent segment above the root', '/../mis-tramites', '/mis-tramites'],
    ['letters outside ASCII, encoded', '/señal', '/se%C3%B1al'],
    ['a lone surrogate, replaced', '/\uD800', '/%EF%BF%BD'],
    ['markup in the query, encoded', '/x?q=<b>', '/x?q=%3Cb%3E'],
  ])('keeps %s', (_, value, expected) => {
    expect(safeReturnTo(value, PORTAL)).toBe(expected)
  })

  it('takes the origin a browser gives (location.origin) as well as the server’s', () => {
    expect(safeReturnTo('/mis-tramites', 'http://127.0.0.1:8787')).toBe('/mis-tramites')
    expect(safeReturnTo('http://127.0.0.1:8787/permisos', 'http://127.0.0.1:8787')).toBe('/permisos')
    expect(safeReturnTo('http://localhost:8787/permisos', 'http://127.0.0.1:8787')).toBe(AFTER_SIGN_IN)
  })
})
