import { base64url, CompactSign, compactVerify, importJWK } from 'jose'
import type { PublicJwk } from '../../documents/signing.ts'
import type { SigningKey } from '../../ports.ts'

/** The header that carries a body's signature to the Fiscalía. */
export const FIRMA_HEADER = 'x-comisaria-firma'

const encoder = new TextEncoder()

/**
 * A body's signature as a detached JWS (RFC 7515, appendix F): `header..signature`, EdDSA with the
 * portal's active signing key, its `kid` in the header. The receiver puts the body's base64url
 * back between the dots and verifies it against the keys the portal publishes
 * (`/.well-known/comisaria-virtual/keys.json`). The same on Node and in workerd (WebCrypto).
 *
 * @example
 * const firma = await firmarCuerpo(keys.active, JSON.stringify(payload))
 */
export async function firmarCuerpo(key: SigningKey, body: string): Promise<string> {
  const jws = await new CompactSign(encoder.encode(body))
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid })
    .sign(key.privateKey)
  const [header = '', , signature = ''] = jws.split('.')
  return `${header}..${signature}`
}

/**
 * Whether a detached signature made by {@link firmarCuerpo} signs this body with one of these
 * public keys (the one its `kid` names).
 *
 * @example
 * if (!(await firmaValida(jwks, body, request.headers[FIRMA_HEADER]))) return refuse(401)
 */
export async function firmaValida(jwks: readonly PublicJwk[], body: string, firma: string): Promise<boolean> {
  const [header, empty, signature, ...more] = firma.split('.')
  if (!header || empty !== '' || !signature || more.length > 0) return false
  const payload = base64url.encode(body)
  try {
    await compactVerify(`${header}.${payload}.${signature}`, async (protectedHeader) => {
      const jwk = jwks.find((candidate) => candidate.kid === protectedHeader.kid)
      if (!jwk || protectedHeader.alg !== 'EdDSA') throw new Error('unknown key')
      return importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'EdDSA')
    })
    return true
  } catch {
    return false
  }
}
