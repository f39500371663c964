import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ClaveUnicaConfig,
  ClaveUnicaError,
  completeAuthorization,
} from '../../worker/identity/claveunica.ts'

/**
 * The ID-token and user-info checks, against a scripted provider: a real HTTP server with real
 * RS256 keys, answering whatever each case needs (an expired token, another audience…). The
 * whole login against the OpenID provider itself is in claveunica-login.test.ts.
 */
const NOW = new Date('2026-11-23T12:00:00Z')
const nowS = Math.floor(NOW.getTime() / 1000)

let server: Server
let base = ''
let answer: { idToken: string; userinfo: unknown } = { idToken: '', userinfo: {} }
let keys: Awaited<ReturnType<typeof generateKeyPair>>
let other: Awaited<ReturnType<typeof generateKeyPair>>

beforeAll(async () => {
  keys = await generateKeyPair('RS256')
  other = await generateKeyPair('RS256')
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json')
    if (req.url === '/jwks/') return res.end(JSON.stringify({ keys: [jwk] }))
    if (req.url === '/token/') {
      return res.end(
        JSON.stringify({
          access_token: 'at',
          token_type: 'Bearer',
          expires_in: 3600,
          id_token: answer.idToken,
        }),
      )
    }
    if (req.url === '/userinfo/' && req.method === 'POST' && req.headers.authorization === 'Bearer at') {
      return res.end(JSON.stringify(answer.userinfo))
    }
    res.statusCode = 404
    res.end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

function config(): ClaveUnicaConfig {
  return {
    issuer: base,
    authorizeUrl: `${base}/authorize/`,
    tokenUrl: `${base}/token/`,
    userinfoUrl: `${base}/userinfo/`,
    jwksUrl: `${base}/jwks/`,
    logoutUrl: `${base}/logout`,
    clientId: 'cv',
    clientSecret: 's',
    tokenAuth: 'client_secret_post',
    redirectUri: 'http://localhost:8787/auth/claveunica/callback',
  }
}

const userinfo = {
  sub: 'abc',
  RolUnico: { numero: 44444444, DV: '4', tipo: 'RUN' },
  name: { nombres: ['María', 'Carmen'], apellidos: ['Del Río', 'González'] },
}

async function idToken(
  claims: Record<string, unknown> = {},
  options: { key?: CryptoKey; kid?: string; alg?: string } = {},
): Promise<string> {
  return new SignJWT({ nonce: 'n-1', ...claims })
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'k1' })
    .setIssuer(String(claims.iss ?? base))
    .setAudience(String(claims.aud ?? 'cv'))
    .setSubject('abc')
    .setIssuedAt(nowS - 10)
    .setExpirationTime(Number(claims.exp ?? nowS + 300))
    .sign(options.key ?? keys.privateKey)
}

const expected = { state: 's-1', nonce: 'n-1', codeVerifier: 'v'.repeat(43) }

describe('ClaveÚnica answers', () => {
  it('accepts a well-formed answer and keys the citizen on the RUN', async () => {
    answer = { idToken: await idToken(), userinfo }
    expect(await completeAuthorization(config(), 'code', expected, NOW)).toEqual({
      run: '44444444-4',
      givenNames: 'María Carmen',
      familyNames: 'Del Río González',
      subject: 'abc',
    })
  })

  it('reads a RUN number sent as a string, and a K check digit', async () => {
    answer = {
      idToken: await idToken(),
      userinfo: { ...userinfo, RolUnico: { numero: '10000013', DV: 'k', tipo: 'RUN' } },
    }
    expect((await completeAuthorization(config(), 'code', expected, NOW)).run).toBe('10000013-K')
  })

  const refused: [string, () => Promise<{ idToken: string; userinfo?: unknown }>][] = [
    ['an expired ID token', async () => ({ idToken: await idToken({ exp: nowS - 1 }) })],
    [
      'a tampered ID token',
      async () => {
        const [h, p, s] = (await idToken()).split('.')
        const payload = JSON.parse(Buffer.from(p ?? '', 'base64url').toString())
        const forged = Buffer.from(JSON.stringify({ ...payload, sub: 'someone-else' })).toString('base64url')
        return { idToken: `${h}.${forged}.${s}` }
      },
    ],
    [
      'a token signed by another key',
      async () => ({ idToken: await idToken({}, { key: other.privateKey }) }),
    ],
    ['another audience', async () => ({ idToken: await idToken({ aud: 'someone-else' }) })],
    ['another issuer', async () => ({ idToken: await idToken({ iss: 'https://evil.example' }) })],
    ['a wrong nonce', async () => ({ idToken: await idToken({ nonce: 'n-2' }) })],
    [
      'an unsigned token',
      async () => {
        const [, p] = (await idToken()).split('.')
        const none = Buffer.from(JSON.stringify({ alg: 'none', kid: 'k1' })).toString('base64url')
        return { idToken: `${none}.${p}.` }
      },
    ],
    [
      'user info about another subject',
      async () => ({ idToken: await idToken(), userinfo: { ...userinfo, sub: 'xyz' } }),
    ],
    [
      'a RUN with a wrong check digit',
      async () => ({
        idToken: await idToken(),
        userinfo: { ...userinfo, RolUnico: { numero: 44444444, DV: '5', tipo: 'RUN' } },
      }),
    ],
    [
      'user info without ClaveÚnica’s shape',
      async () => ({ idToken: await idToken(), userinfo: { sub: 'abc' } }),
    ],
  ]
  it.each(refused)('refuses %s', async (_name, make) => {
    const made = await make()
    answer = { idToken: made.idToken, userinfo: made.userinfo ?? userinfo }
    await expect(completeAuthorization(config(), 'code', expected, NOW)).rejects.toThrow(ClaveUnicaError)
  })
})
