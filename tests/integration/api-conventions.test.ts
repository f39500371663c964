import { describe, expect, it } from 'vitest'
import { condolencias, memoriales } from '../../db/schema/index.ts'
import { MAX_JSON_BODY } from '../../worker/app.ts'
import { testApp } from '../support/app.ts'
import { cookieOf, signedInCitizen, signedInStaff } from '../support/identity.ts'

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: 'http://localhost:8787', ...headers },
  body: JSON.stringify(body),
})

/** A test app and the cookie of a signed-in citizen: condolences are theirs to write (decision 0065). */
async function withCitizen() {
  const t = await testApp()
  return { ...t, cookie: cookieOf(await signedInCitizen(t)) }
}

/** A memorial as an administrator writes it: the API's one-line and free-text fields. */
const MEMORIAL = {
  nombre: 'Cabo Ana Vera',
  grado: 'Cabo',
  unidad: '1ª Comisaría',
  fecha: '2026-01-01',
  texto: 'Honor.',
  publicado: false,
}

describe('the API’s conventions', () => {
  it('answers /api/health with ok while the database answers, and 503 with a reason when it does not', async () => {
    const { app, client } = await testApp()
    const ok = await app.request('/api/health')
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ status: 'ok' })
    await client.close()
    const down = await app.request('/api/health')
    expect(down.status).toBe(503)
    expect(await down.json()).toEqual({ status: 'unavailable', reason: 'database_unreachable' })
  })

  it('puts the security headers on every response', async () => {
    const { app } = await testApp()
    for (const path of ['/api/health', '/api/nothing-here']) {
      const response = await app.request(path)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("base-uri 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      const hsts = /max-age=(\d+)/.exec(response.headers.get('strict-transport-security') ?? '')
      expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/)
    }
  })

  it('names each invalid field in the caller’s language and writes nothing', async () => {
    const { app, db, cookie } = await withCitizen()
    const cases = [
      { lang: 'es', comuna: '«Comuna» es obligatorio.', extra: '«color» no es un campo de este formulario.' },
      { lang: 'en', comuna: '“Comuna” is required.', extra: '“color” is not a field of this form.' },
      { lang: 'ht', comuna: '«Komin» obligatwa.', extra: '«color» pa yon chan nan fòmilè sa a.' },
    ]
    for (const { lang, comuna, extra } of cases) {
      const response = await app.request(
        '/api/condolencias',
        json(
          { memorial: 'general', firma: 'iniciales', mensaje: 'x'.repeat(2001), color: 'red' },
          { 'accept-language': `${lang},es;q=0.5`, cookie },
        ),
      )
      expect(response.status).toBe(400)
      const error = await response.json()
      expect(error).toMatchObject({ status: 400, code: 'validation_failed' })
      expect(error.fields).toEqual(
        expect.arrayContaining([
          { field: 'mensaje', message: expect.stringContaining('2000') },
          { field: 'color', message: extra },
        ]),
      )
      const missing = await app.request(
        '/api/condolencias',
        json(
          { memorial: 'general', firma: 'iniciales', mensaje: 'Honor y gloria.' },
          { 'accept-language': lang, cookie },
        ),
      )
      expect((await missing.json()).fields).toEqual([{ field: 'comuna', message: comuna }])
    }
    expect(await db.$count(condolencias)).toBe(0)
  })

  it('refuses control characters in any text, and line breaks in a field of one line, naming the field; free text keeps its lines', async () => {
    // An administrator's memorial: a name of one line, a text of several.
    const t = await testApp()
    const { app, db } = t
    const cookie = cookieOf((await signedInStaff(t, 'admin')).client)
    const before = await db.$count(memoriales)
    const refused = [
      [{ ...MEMORIAL, nombre: 'Ana\u0000' }, 'nombre'],
      [{ ...MEMORIAL, texto: 'Honor\u001b[2J y gloria.' }, 'texto'],
      [{ ...MEMORIAL, nombre: 'Ana\nPérez' }, 'nombre'],
      [{ ...MEMORIAL, nombre: 'Ana\tPérez' }, 'nombre'],
      [{ ...MEMORIAL, texto: 'Honor\u0085.' }, 'texto'],
    ] as const
    for (const [body, field] of refused) {
      const response = await app.request('/api/admin/memoriales', json(body, { cookie }))
      expect(response.status).toBe(400)
      expect((await response.json()).fields).toEqual([
        {
          field,
          message: `«${field === 'nombre' ? 'Nombre' : 'Texto'}» contiene caracteres no permitidos.`,
        },
      ])
    }
    expect(await db.$count(memoriales)).toBe(before)
    const lines = await app.request(
      '/api/admin/memoriales',
      json({ ...MEMORIAL, texto: 'Honor\r\ny\tgloria.' }, { cookie }),
    )
    expect(lines.status).toBe(201)
    expect(await db.$count(memoriales)).toBe(before + 1)
  })

  it('keeps a client’s X-Request-Id only when it is short and plain, and makes one otherwise', async () => {
    const { app } = await testApp()
    const id = async (given: string) =>
      (await app.request('/api/health', { headers: { 'x-request-id': given } })).headers.get('x-request-id')
    expect(await id('traza-1234_abcd')).toBe('traza-1234_abcd')
    for (const forged of ['a'.repeat(65), 'id con espacios', '{"level":"error"}']) {
      expect(await id(forged)).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('takes the language from ?lang=, then the lang cookie, then Accept-Language', async () => {
    const { app } = await testApp()
    const message = async (path: string, headers: Record<string, string>) =>
      ((await (await app.request(path, { headers })).json()) as { message: string }).message
    expect(await message('/api/x?lang=ht', { cookie: 'lang=en', 'accept-language': 'es' })).toMatch(/jwenn/)
    expect(await message('/api/x', { cookie: 'lang=en', 'accept-language': 'es' })).toMatch(/could not find/)
    expect(await message('/api/x', { 'accept-language': 'fr-FR,en;q=0.8' })).toMatch(/could not find/)
    expect(await message('/api/x', {})).toMatch(/No encontramos/)
  })

  it('refuses a body that is not JSON, too large, or of another type, with the one error shape', async () => {
    const { app, cookie } = await withCitizen()
    const origin = 'http://localhost:8787'
    const broken = await app.request('/api/condolencias', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, origin },
      body: '{"mensaje":',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ code: 'invalid_json' })
    const huge = await app.request(
      '/api/condolencias',
      json({ memorial: 'general', mensaje: 'x'.repeat(MAX_JSON_BODY) }, { cookie }),
    )
    expect(huge.status).toBe(413)
    expect(await huge.json()).toMatchObject({ status: 413, code: 'payload_too_large' })
    const form = await app.request('/api/condolencias', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie, origin },
      body: 'memorial=general&mensaje=B',
    })
    expect(form.status).toBe(415)
  })

  it('never lets a stack trace or an internal message reach the client', async () => {
    const { app, log } = await testApp()
    app.get('/api/boom', () => {
      throw new Error('secret: connection string libsql://user:password@host')
    })
    const response = await app.request('/api/boom')
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).not.toMatch(/secret|password|at .*\.ts/)
    const error = JSON.parse(text)
    expect(error).toMatchObject({ status: 500, code: 'internal', message: expect.any(String) })
    expect(log.lines.some((line) => line.level === 'error')).toBe(true)
  })

  it('publishes the public signing keys with their key ids, and never the private half', async () => {
    const { app } = await testApp()
    const response = await app.request('/.well-known/comisaria-virtual/keys.json')
    const { keys } = await response.json()
    expect(keys).toEqual([
      { kty: 'OKP', crv: 'Ed25519', kid: 'test-1', x: expect.any(String), use: 'sig', alg: 'EdDSA' },
    ])
  })
})
