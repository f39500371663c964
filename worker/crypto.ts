/** Random tokens, hashes and the vault: a token is shown once (cookie, link), only its hash is stored. */
import { createHash } from 'node:crypto'

/**
 * A random token of 256 bits, base64url.
 *
 * @example
 * const token = randomToken() // 'q3v…' (43 characters)
 */
export function randomToken(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)))
}

/**
 * The SHA-256 of a text, hex: what the database keeps of a token.
 *
 * @example
 * await sha256Hex(token)
 */
export async function sha256Hex(text: string): Promise<string> {
  // node:crypto (Node, and workerd under nodejs_compat): synchronous, several times cheaper per
  // call than WebCrypto's digest for the short strings hashed on every request (session tokens).
  return createHash('sha256').update(text).digest('hex')
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** Encrypts small secrets (TOTP seeds) at rest with AES-256-GCM. */
export interface Vault {
  seal(plain: string): Promise<string>
  open(sealed: string): Promise<string>
  /**
   * A secret of its own for one purpose, derived from the vault's key (HMAC-SHA256 of the
   * purpose, hex): a new use of a server secret (the proof of work's signatures) needs no new
   * secret to deploy, and knowing it tells nothing of the vault's key or of other purposes'.
   */
  subkey(purpose: string): Promise<string>
}

/**
 * A vault from a base64url 256-bit key (`VAULT_KEY`). Sealed values are `v1.<iv>.<ciphertext>`.
 *
 * @example
 * const vault = await importVault(env.VAULT_KEY)
 * const sealed = await vault.seal('JBSWY3DPEHPK3PXP')
 */
export async function importVault(key: string): Promise<Vault> {
  const raw = fromBase64Url(key)
  if (raw.length !== 32) throw new Error('VAULT_KEY must be 32 bytes, base64url')
  const aes = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt'])
  const hmac = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  return {
    async subkey(purpose) {
      const mac = await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(`subkey:${purpose}`))
      return Array.from(new Uint8Array(mac), (byte) => byte.toString(16).padStart(2, '0')).join('')
    },
    async seal(plain) {
      const iv = crypto.getRandomValues(new Uint8Array(12))
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, new TextEncoder().encode(plain))
      return `v1.${toBase64Url(iv)}.${toBase64Url(new Uint8Array(data))}`
    },
    async open(sealed) {
      const [version, iv, data] = sealed.split('.')
      if (version !== 'v1' || !iv || !data) throw new Error('not a sealed value')
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64Url(iv) },
        aes,
        fromBase64Url(data),
      )
      return new TextDecoder().decode(plain)
    },
  }
}
