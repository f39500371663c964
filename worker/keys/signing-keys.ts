import type { SigningKey, SigningKeys } from '../ports.ts'

const ED25519 = { name: 'Ed25519' } as const

/** A private Ed25519 key in JWK form, with its key id: how keys are stored in secrets. */
export type PrivateJwk = JsonWebKey & { kid: string; kty: 'OKP'; crv: 'Ed25519'; d: string; x: string }

/**
 * Makes a new Ed25519 key pair and returns its private JWK, for `SIGNING_KEYS`.
 *
 * @example
 * const jwk = await generateSigningJwk('2026-11')
 */
export async function generateSigningJwk(kid: string): Promise<PrivateJwk> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
  if (jwk.d === undefined || jwk.x === undefined) throw new Error('Ed25519 export lost the key material')
  return { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x, kid }
}

async function importKey(jwk: PrivateJwk): Promise<SigningKey> {
  const privateKey = await crypto.subtle.importKey(
    'jwk',
    { kty: jwk.kty, crv: jwk.crv, d: jwk.d, x: jwk.x },
    ED25519,
    false,
    ['sign'],
  )
  return {
    kid: jwk.kid,
    privateKey,
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid: jwk.kid, use: 'sig', alg: 'EdDSA' },
  }
}

function isPrivateJwk(value: unknown): value is PrivateJwk {
  if (typeof value !== 'object' || value === null) return false
  const jwk = value as Record<string, unknown>
  return (
    jwk.kty === 'OKP' &&
    jwk.crv === 'Ed25519' &&
    typeof jwk.d === 'string' &&
    typeof jwk.x === 'string' &&
    typeof jwk.kid === 'string' &&
    jwk.kid.length > 0
  )
}

/**
 * Imports the signing keys from their JSON form: an array of private JWKs, the active one first.
 * Keys after the first only verify, which is how a rotation keeps old documents valid.
 *
 * @example
 * const keys = await importSigningKeys(env.SIGNING_KEYS)
 */
export async function importSigningKeys(json: string): Promise<SigningKeys> {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new Error('SIGNING_KEYS is not valid JSON')
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || !parsed.every(isPrivateJwk)) {
    throw new Error('SIGNING_KEYS must be a JSON array of Ed25519 private JWKs, each with a kid')
  }
  const all = await Promise.all(parsed.map(importKey))
  const [active] = all
  if (active === undefined) throw new Error('SIGNING_KEYS is empty')
  return { active, all }
}
