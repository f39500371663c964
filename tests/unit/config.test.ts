import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../worker/config.ts'

/** What a production deployment on Node sets, all of it safe. */
const PRODUCTION = {
  APP_ENV: 'production',
  PUBLIC_URL: 'https://comisariavirtual.example.cl',
  CLAVEUNICA_CLIENT_ID: 'cliente',
  CLAVEUNICA_CLIENT_SECRET: 'secreto',
  MAX_IN_FLIGHT: '32',
  MAX_EVENT_LOOP_LAG_MS: '200',
  FISCALIA_URL: 'https://recepcion.fiscalia.example/denuncias',
}

describe('the configuration', () => {
  it('starts production on safe settings, on Node and at the edge', () => {
    expect(loadConfig(PRODUCTION, 'node').env).toBe('production')
    // At the edge every request has an isolate of its own: there is no admission to control.
    expect(loadConfig({ ...PRODUCTION, MAX_IN_FLIGHT: '0', MAX_EVENT_LOOP_LAG_MS: '0' }, 'edge').env).toBe(
      'production',
    )
  })

  it.each([
    ['CLAVEUNICA_TOKEN_URL', 'http://accounts.claveunica.gob.cl/openid/token/'],
    ['CLAVEUNICA_ISSUER', 'http://accounts.claveunica.gob.cl/openid'],
    ['CLAVEUNICA_AUTHORIZE_URL', 'http://127.0.0.1:8788/openid/authorize/'],
    ['CLAVEUNICA_USERINFO_URL', 'http://accounts.claveunica.gob.cl/openid/userinfo/'],
    ['CLAVEUNICA_JWKS_URL', 'http://accounts.claveunica.gob.cl/openid/jwks/'],
    ['CLAVEUNICA_LOGOUT_URL', 'http://accounts.claveunica.gob.cl/api/v1/accounts/app/logout'],
  ])('refuses production with %s over http://, naming it and why', (name, value) => {
    for (const runtime of ['node', 'edge'] as const) {
      expect(() => loadConfig({ ...PRODUCTION, [name]: value }, runtime)).toThrow(
        new RegExp(`${name} must be https://: the client secret, codes and tokens would travel in clear`),
      )
    }
  })

  it('refuses production without the Fiscalía, or with it over http://', () => {
    const { FISCALIA_URL: _, ...sinFiscalia } = PRODUCTION
    for (const env of [sinFiscalia, { ...PRODUCTION, FISCALIA_URL: 'http://recepcion.fiscalia.example/' }])
      expect(() => loadConfig(env, 'edge')).toThrow(/FISCALIA_URL is required, https:\/\//)
  })

  it('refuses production on Node with admission control off, naming the setting and why', () => {
    expect(() => loadConfig({ ...PRODUCTION, MAX_IN_FLIGHT: '0' }, 'node')).toThrow(
      /MAX_IN_FLIGHT cannot be 0: without admission control/,
    )
    expect(() => loadConfig({ ...PRODUCTION, MAX_EVENT_LOOP_LAG_MS: '0' }, 'node')).toThrow(
      /MAX_EVENT_LOOP_LAG_MS cannot be 0/,
    )
  })

  it("hashes passwords at production's cost unless told `test`, which only APP_ENV=test may say", () => {
    expect(loadConfig({}, 'node').passwordHashing).toBe('production')
    expect(loadConfig(PRODUCTION, 'edge').passwordHashing).toBe('production')
    expect(loadConfig({ APP_ENV: 'test', PASSWORD_HASHING: 'test' }, 'node').passwordHashing).toBe('test')
    for (const APP_ENV of ['production', 'development', undefined]) {
      for (const runtime of ['node', 'edge', 'cli'] as const) {
        expect(() => loadConfig({ ...PRODUCTION, APP_ENV, PASSWORD_HASHING: 'test' }, runtime)).toThrow(
          /PASSWORD_HASHING=test is refused with APP_ENV=(production|development): it is for the test suite alone/,
        )
      }
    }
    expect(() => loadConfig({ PASSWORD_HASHING: 'cheap' }, 'node')).toThrow(/PASSWORD_HASHING/)
  })

  it('lists every unsafe setting at once', () => {
    const unsafe = { ...PRODUCTION, PUBLIC_URL: 'http://x.example', RATE_LIMITS: '0', MAX_IN_FLIGHT: '0' }
    expect(() => loadConfig(unsafe, 'node')).toThrow(/PUBLIC_URL[\s\S]*RATE_LIMITS[\s\S]*MAX_IN_FLIGHT/)
  })

  it('reads TRUSTED_PROXIES as addresses and ranges, and refuses one it cannot read', () => {
    const { trustProxy } = loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7,2001:db8::/32' }, 'node')
    expect(trustProxy('10.20.30.40', 0)).toBe(true)
    expect(trustProxy('192.0.2.7', 0)).toBe(true)
    expect(trustProxy('2001:db8::1', 0)).toBe(true)
    expect(trustProxy('192.0.2.8', 0)).toBe(false)
    expect(loadConfig({}, 'node').trustProxy('127.0.0.1', 0)).toBe(false)
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8,proxy.example' }, 'node')).toThrow(
      /TRUSTED_PROXIES: .*proxy\.example/,
    )
  })
})
