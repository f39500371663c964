/**
 * The system's CSPRNG drawn 4 KiB at a time, each byte used once: Web Crypto's getRandomValues
 * costs ~5 µs a call here whatever the size, more than the rest of making a code or an id.
 */
const pool = new Uint8Array(4096)
let used = pool.length

/**
 * `n` random bytes (n ≤ 4096), never handed out twice.
 *
 * @example
 * randomBytes(16) // Uint8Array(16) [ 201, 7, … ]
 */
export function randomBytes(n: number): Uint8Array {
  if (used + n > pool.length) {
    crypto.getRandomValues(pool)
    used = 0
  }
  used += n
  return pool.slice(used - n, used)
}
