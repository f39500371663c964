import type { SigningKeys } from '../ports.ts'

/**
 * The signed payload of every document the portal issues. Short keys: it travels in a QR code.
 * - `v`: format version (1)
 * - `t`: document kind (`constancia_voto`, `permiso`…)
 * - `c`: the document's code
 * - `n`: the holder's name
 * - `r`: the holder's RUN, masked (`44.4XX.XXX-4`)
 * - `i`: issued or validated at (Unix seconds)
 * - `d`: valid from (Unix seconds), where the document starts later than it was issued
 * - `x`: valid until (Unix seconds), where the document expires
 * - `e`: what it is about (the election's id, the permit's comuna…)
 * - `k`: the id of the key that signed it
 */
export interface DocumentPayload {
  v: 1
  t: string
  c: string
  n: string
  r: string
  i: number
  d?: number
  x?: number
  e?: string
  k: string
}

const PREFIX = 'CV1'
/** Where a token starts in a text, and every character it may run on with (its dots included). */
const TOKEN_IN_TEXT = /CV1\.[\w.-]*/

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Decodes base64url, accepting only the canonical spelling: no two tokens mean the same bytes. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[\w-]*$/.test(text)) return null
  try {
    const bytes = Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    return toBase64Url(bytes) === text ? bytes : null
  } catch {
    return null
  }
}

/**
 * Signs a document's payload with the active key (Ed25519, WebCrypto: the same on Node and in
 * workerd). The result, `CV1.<payload>.<signature>` in base64url, is what the QR code carries.
 *
 * @example
 * const token = await signDocument(keys, { t: 'constancia_voto', c: 'WNDT7C4Z3T', n: 'Ana', r: '44.4XX.XXX-4', i: 1763290000 })
 */
export async function signDocument(
  keys: SigningKeys,
  payload: Omit<DocumentPayload, 'v' | 'k'>,
): Promise<string> {
  const body = toBase64Url(new TextEncoder().encode(JSON.stringify({ v: 1, ...payload, k: keys.active.kid })))
  const signed = `${PREFIX}.${body}`
  const signature = await crypto.subtle.sign(
    'Ed25519',
    keys.active.privateKey,
    new TextEncoder().encode(signed),
  )
  return `${signed}.${toBase64Url(new Uint8Array(signature))}`
}

/** A public key as published in the key set. */
export interface PublicJwk {
  kid: string
  kty: string
  crv: string
  x: string
}

export type Verification =
  | { valid: true; payload: DocumentPayload }
  | { valid: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' }

function parsePayload(bytes: Uint8Array): DocumentPayload | null {
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    if (typeof value !== 'object' || value === null) return null
    const p = value as Record<string, unknown>
    const ok =
      p.v === 1 &&
      typeof p.t === 'string' &&
      typeof p.c === 'string' &&
      typeof p.n === 'string' &&
      typeof p.r === 'string' &&
      typeof p.i === 'number' &&
      typeof p.k === 'string' &&
      (p.d === undefined || typeof p.d === 'number') &&
      (p.x === undefined || typeof p.x === 'number') &&
      (p.e === undefined || typeof p.e === 'string')
    return ok ? (value as DocumentPayload) : null
  } catch {
    return null
  }
}

/**
 * The signed token in a text a verifier has — a scanned QR code (`https://…/verificar#CV1.…`), a
 * pasted link, the token alone — taken whole, up to the first character no token holds. Whether
 * it is well formed is `verifyDocument`'s question, the same on the page and in the API: a token
 * with a fourth part is the fourth part's token, not the first three's.
 *
 * @example
 * documentTokenIn('https://portal.example/verificar#CV1.eyJ2IjoxfQ.c2ln') // 'CV1.eyJ2IjoxfQ.c2ln'
 * documentTokenIn('WNDT7C4Z3T') // undefined
 */
export function documentTokenIn(text: string): string | undefined {
  return TOKEN_IN_TEXT.exec(text)?.[0]
}

/**
 * Checks a signed document against published public keys, offline. Key ids can collide, so every
 * key with the payload's id is tried; a key dropped from signing but still published keeps its
 * documents valid.
 *
 * @example
 * const result = await verifyDocument(token, keySet.keys)
 * if (result.valid) show(result.payload)
 */
export async function verifyDocument(token: string, publicKeys: readonly PublicJwk[]): Promise<Verification> {
  const parts = token.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX) return { valid: false, reason: 'malformed' }
  const [, body = '', sig = ''] = parts
  const bytes = fromBase64Url(body)
  const signature = fromBase64Url(sig)
  const payload = bytes ? parsePayload(bytes) : null
  if (!payload || !signature || signature.length !== 64) return { valid: false, reason: 'malformed' }
  const candidates = publicKeys.filter(
    (key) => key.kid === payload.k && key.kty === 'OKP' && key.crv === 'Ed25519',
  )
  if (candidates.length === 0) return { valid: false, reason: 'unknown_key' }
  const data = new TextEncoder().encode(`${PREFIX}.${body}`)
  for (const jwk of candidates) {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
      'Ed25519',
      false,
      ['verify'],
    )
    if (await crypto.subtle.verify('Ed25519', key, signature, data)) return { valid: true, payload }
  }
  return { valid: false, reason: 'bad_signature' }
}
