import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { PasswordHasher } from '../ports.ts'
import { BREACHED_PASSWORDS } from './breached-passwords.gen.ts'

/**
 * scrypt at one of OWASP's equivalent settings: N=2^15, r=8, p=3 (32 MiB). OWASP's first choice,
 * N=2^17 with p=1, needs 128 MiB, the whole memory of a Workers isolate.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const
const KEY_LENGTH = 32
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { ...params, maxmem: 256 * params.N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    )
  })
}

/**
 * Hashes a password; the result names its scheme and parameters so that they can change later
 * without invalidating stored hashes: `scrypt$N$r$p$salt$hash` (base64url).
 *
 * @example
 * const stored = await hashPassword('correct horse battery staple')
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  )
}

/**
 * Checks a password against a stored hash in constant time.
 *
 * @example
 * await verifyPassword('correct horse battery staple', stored) // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/**
 * Passwords hashed with scrypt at the parameters above, the hasher both runtimes wire in.
 *
 * @example
 * const ports = { …, passwords: scryptPasswords }
 */
export const scryptPasswords: PasswordHasher = { hash: hashPassword, verify: verifyPassword }

/** Per hasher, a hash of a random password, checked when the account does not exist, so timing tells nothing. */
const decoys = new WeakMap<PasswordHasher, Promise<string>>()
export function decoyHash(passwords: PasswordHasher): Promise<string> {
  let decoy = decoys.get(passwords)
  if (!decoy) {
    decoy = passwords.hash(randomBytes(16).toString('hex'))
    decoys.set(passwords, decoy)
  }
  return decoy
}

let breached: Set<string> | undefined

/** Why a new password is refused, if it is (OWASP ASVS level 2). */
export type PasswordProblem =
  | 'password_too_short'
  | 'password_too_long'
  | 'password_breached'
  | 'password_personal'

/**
 * Checks a new password: at least 12 characters, at most 128, not in the list of breached
 * passwords, and not made of the user's own RUN, names or e-mail.
 *
 * @example
 * passwordProblem('carabineros123', ['12345678-5', 'ana@example.cl']) // null
 */
export function passwordProblem(password: string, personal: string[]): PasswordProblem | null {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) return 'password_too_short'
  if (length > MAX_PASSWORD_LENGTH) return 'password_too_long'
  const lower = password.toLowerCase()
  breached ??= new Set(BREACHED_PASSWORDS.split('\n'))
  if (breached.has(lower)) return 'password_breached'
  const words = personal
    .flatMap((value) => value.toLowerCase().split(/[\s@.,-]+/))
    .filter((word) => word.length >= 4)
  if (words.some((word) => lower.includes(word))) return 'password_personal'
  return null
}
