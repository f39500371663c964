/**
 * The analyst's own key, exported once at enrolment sealed under a passphrase, and read back on
 * another device (decision 0044, 4; decision 0049). PBKDF2-SHA-256 with 600,000 iterations
 * (OWASP's 2023 figure for it) derives an AES-256-GCM key from the passphrase; the file holds the
 * PKCS#8 private key sealed with it, and the public JWK in clear (to compare fingerprints).
 */
import { aBase64url, deBase64url } from '../../informacion/cripto.ts'

/** PBKDF2's iterations: the cost of each guess of the passphrase, to an attacker who has the file. */
export const ITERACIONES = 600_000
/** The passphrase's least length: the only secret between a found file and the desks' keys. */
export const FRASE_MINIMA = 12

/** The recovery file's contents (JSON). */
export interface Respaldo {
  v: 1
  kdf: 'PBKDF2-SHA-256'
  iteraciones: number
  sal: string
  iv: string
  cifrado: string
  publica: JsonWebKey
}

async function claveDeFrase(frase: string, sal: ArrayBuffer, iteraciones: number, uso: KeyUsage) {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(frase), 'PBKDF2', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: sal, iterations: iteraciones },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [uso],
  )
}

/**
 * Seals an extractable private key's PKCS#8 under a passphrase: the recovery file's contents.
 *
 * @example
 * const respaldo = await sellarRespaldo(par.privateKey, publica, 'una frase larga y propia')
 */
export async function sellarRespaldo(
  privada: CryptoKey,
  publica: JsonWebKey,
  frase: string,
): Promise<Respaldo> {
  const sal = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const clave = await claveDeFrase(frase, sal.buffer, ITERACIONES, 'encrypt')
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', privada)
  const cifrado = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, clave, pkcs8)
  return {
    v: 1,
    kdf: 'PBKDF2-SHA-256',
    iteraciones: ITERACIONES,
    sal: aBase64url(sal),
    iv: aBase64url(iv),
    cifrado: aBase64url(cifrado),
    publica,
  }
}

/**
 * The key pair of a recovery file, its private half imported non-extractable; `null` for a wrong
 * passphrase or a file that is not one.
 *
 * @example
 * const par = await abrirRespaldo(await archivo.text(), frase)
 */
export async function abrirRespaldo(
  texto: string,
  frase: string,
): Promise<{ par: CryptoKeyPair; publica: JsonWebKey } | null> {
  try {
    const respaldo = JSON.parse(texto) as Respaldo
    if (respaldo.v !== 1 || respaldo.kdf !== 'PBKDF2-SHA-256') return null
    const clave = await claveDeFrase(frase, deBase64url(respaldo.sal), respaldo.iteraciones, 'decrypt')
    const pkcs8 = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: deBase64url(respaldo.iv) },
      clave,
      deBase64url(respaldo.cifrado),
    )
    const ecdh = { name: 'ECDH', namedCurve: 'P-256' }
    const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, ecdh, false, ['deriveBits'])
    const publicKey = await crypto.subtle.importKey('jwk', respaldo.publica, ecdh, true, [])
    return { par: { privateKey, publicKey }, publica: respaldo.publica }
  } catch {
    return null
  }
}
