import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import type { PasswordHasher } from '../ports.ts'
import { isBreached } from './breached.ts'
import { MemoryArena } from './memory-arena.ts'
import { type ScryptParams, scryptMemory, scryptYielding } from './scrypt.ts'

/**
 * scrypt at the lightest of OWASP's equivalent settings: N=2^13, r=8, p=10, 8 MiB a hash, so that
 * eight at once fit a Workers isolate (docs/decisions/0020; 0006 chose N=2^15, p=3, 32 MiB).
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 2 ** 13, r: 8, p: 10 }
/**
 * The test suite's cost (`PASSWORD_HASHING=test`, which the configuration refuses unless
 * APP_ENV is `test`): the same scheme at about a thousandth of the work, so that a staff test is
 * not seconds of hashing. One test keeps SCRYPT_PARAMS (tests/unit/password.test.ts; decision 0071).
 */
export const TEST_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 6, r: 8, p: 1 }

/**
 * The parameters new hashes get under a configuration: SCRYPT_PARAMS unless it says `test`.
 *
 * @example
 * const passwords = nodePasswords(scryptParamsOf(config))
 */
export function scryptParamsOf(config: { passwordHashing: 'production' | 'test' }): ScryptParams {
  return config.passwordHashing === 'test' ? TEST_SCRYPT_PARAMS : SCRYPT_PARAMS
}
const KEY_LENGTH = 32
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128
/** What one isolate gives to password hashes at once: eight of 8 MiB, or two older ones of 32 MiB. */
export const EDGE_HASHING_MEMORY = 64 * 2 ** 20

/** Derives KEY_LENGTH bytes from a password's UTF-8 bytes. */
type Derive = (password: Buffer, salt: Buffer, params: ScryptParams) => Promise<Uint8Array>

/** node:crypto's scrypt: on Node it runs on libuv's thread pool, off the event loop. */
const nativeScrypt: Derive = (password, salt, params) =>
  new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { ...params, maxmem: 2 * scryptMemory(params) }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })

/** `scrypt$N$r$p$salt$hash` (base64url), or null for anything else. */
function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, hash, ...rest] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash || rest.length > 0) return null
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  if (![params.N, params.r, params.p].every((v) => Number.isSafeInteger(v) && v > 0)) return null
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(hash, 'base64url') }
}

/**
 * A hasher over one scrypt implementation. A hash names its scheme and parameters,
 * `scrypt$N$r$p$salt$hash`, so that hashes made with other parameters still verify, and are
 * made again at the next sign-in (`needsRehash`).
 */
function scryptHasher(derive: Derive, params: ScryptParams): PasswordHasher {
  const utf8 = (password: string) => Buffer.from(password.normalize('NFKC'), 'utf8')
  return {
    async hash(password) {
      const salt = randomBytes(16)
      const key = Buffer.from(await derive(utf8(password), salt, params))
      return [
        'scrypt',
        params.N,
        params.r,
        params.p,
        salt.toString('base64url'),
        key.toString('base64url'),
      ].join('$')
    },
    async verify(password, stored) {
      const parsed = parseHash(stored)
      if (!parsed) return false
      const key = await derive(utf8(password), parsed.salt, parsed.params)
      return key.length === parsed.key.length && timingSafeEqual(key, parsed.key)
    },
    needsRehash(stored) {
      const parsed = parseHash(stored)
      if (!parsed) return true
      const { N, r, p } = parsed.params
      return N !== params.N || r !== params.r || p !== params.p || parsed.key.length !== KEY_LENGTH
    },
  }
}

/**
 * Passwords hashed with node:crypto's scrypt, at SCRYPT_PARAMS unless told otherwise (a test, or
 * the bench, making the hashes an older deployment stored).
 *
 * @example
 * const older = nodePasswords({ N: 2 ** 15, r: 8, p: 3 })
 */
export function nodePasswords(params: ScryptParams = SCRYPT_PARAMS): PasswordHasher {
  return scryptHasher(nativeScrypt, params)
}

/**
 * The hasher at today's parameters on Node; the server wires in `nodePasswords(scryptParamsOf(config))`.
 *
 * @example
 * const stored = await scryptPasswords.hash('correct horse battery staple')
 * await scryptPasswords.verify('correct horse battery staple', stored) // true
 */
export const scryptPasswords: PasswordHasher = nodePasswords()

/**
 * The same hashes, for the Workers isolate: in workerd node:crypto's scrypt runs on the isolate's
 * only thread and holds up every other request for its whole time (190–340 ms), so the edge
 * derives them with `scryptYielding`, which hands the isolate back about every millisecond, and
 * within a block of memory of its own (64 MiB: eight of today's tables, two older ones), so that
 * many at once can neither exceed the isolate's 128 MB nor leave garbage behind.
 *
 * New hashes at `params` (SCRYPT_PARAMS unless told: the test suite's, from the configuration).
 *
 * @example
 * const ports = { …, passwords: edgePasswords(EDGE_HASHING_MEMORY, scryptParamsOf(config)) }
 */
export function edgePasswords(
  memoryBytes = EDGE_HASHING_MEMORY,
  params: ScryptParams = SCRYPT_PARAMS,
): PasswordHasher {
  const arena = new MemoryArena(memoryBytes, scryptMemory(SCRYPT_PARAMS))
  return scryptHasher((password, salt, cost) => {
    const bytes = scryptMemory(cost)
    if (bytes > memoryBytes) {
      const mib = (n: number) => `${n / 2 ** 20} MiB`
      throw new RangeError(
        `a stored password hash (scrypt N=${cost.N}, r=${cost.r}) needs ${mib(bytes)}, more than the ${mib(memoryBytes)} an isolate gives to hashing`,
      )
    }
    return arena.use(bytes, (table) => scryptYielding(password, salt, cost, KEY_LENGTH, { table }))
  }, params)
}

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
  if (isBreached(lower)) return 'password_breached'
  const words = personal
    .flatMap((value) => value.toLowerCase().split(/[\s@.,-]+/))
    .filter((word) => word.length >= 4)
  if (words.some((word) => lower.includes(word))) return 'password_personal'
  return null
}
