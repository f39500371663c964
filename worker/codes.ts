import type { Context } from 'hono'
import { randomBytes } from './random.ts'

/**
 * Document codes people read aloud and type: no 0/O nor 1/I/L (31 symbols, so 10 characters carry
 * about 49.5 bits), drawn from the system's CSPRNG without modulo bias. The seed's example,
 * WNDT7C4Z3T, is such a code.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/**
 * A random code, after `prefix` if one is given (at the edge, the character of the shard that
 * keeps the submission: decision 0023).
 *
 * @example
 * randomCode() // 'K7PXQ2MZ9A'
 */
export function randomCode(length = 10, prefix = ''): string {
  const n = CODE_ALPHABET.length
  const limit = 256 - (256 % n)
  let out = prefix
  while (out.length < length) {
    for (const byte of randomBytes(length - out.length)) {
      if (byte < limit) out += CODE_ALPHABET[byte % n]
    }
  }
  return out
}

/**
 * A code as a person typed it, upper-cased without spaces or dashes.
 *
 * @example
 * normaliseCode('wndt-7c4z 3t') // 'WNDT7C4Z3T'
 */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '')
}

/**
 * The path's `numero` as typed, normalised: for a request's reads too (they run before the caller
 * is admitted, so they do not refuse), where one that cannot be a número simply finds nothing.
 *
 * @example
 * numeroDeRuta(c) // 'WNDT7C4Z3T' for /api/denuncias/wndt-7c4z-3t
 */
export function numeroDeRuta(c: Context): string {
  return normaliseCode(c.req.param('numero') ?? '')
}
