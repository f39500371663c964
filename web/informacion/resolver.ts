/**
 * The proof of work's solver, on WebCrypto alone so it runs the same in a browser's Web Worker and
 * in Node (tests): ALTCHA v2, SHA-256, exactly as altcha-lib 2.8's `verifySolution` expects
 * (v2/algorithms/sha.js, v2/pow.js): key = SHA-256(salt ‖ nonce ‖ counter as a big-endian uint32),
 * hashed again `cost − 1` times, cut to `keyLength` bytes; the answer is the counter whose key
 * starts with `keyPrefix`. Our own (≈ 0.5 kB gzipped) instead of altcha's widget (tens of kB): the
 * first visit's budget is 35 kB. Decision 0042.
 */

/** A challenge as GET /api/informacion/desafio hands it out (the fields the solver reads). */
export interface Desafio {
  parameters: {
    algorithm: string
    nonce: string
    salt: string
    cost: number
    keyLength?: number
    keyPrefix: string
  }
  signature: string
}

/** A challenge with its solution: the `desafio` of POST /api/informacion. */
export type DesafioResuelto<D extends Desafio = Desafio> = D & {
  solution: { counter: number; derivedKey: string }
}

const bytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
const hex = (buffer: Uint8Array) => Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('')

/** Digests in flight at once: one `await` per batch, not per hash (WebCrypto's digest is async). */
const LOTE = 64

/**
 * Finds the counter that solves a challenge, trying counters in order from 0 (the server's is
 * below DESAFIO_MAXIMO). Throws if the challenge is not one this solver knows, or after 2^32.
 *
 * @example
 * const desafio = await resolverDesafio(await (await fetch('/api/informacion/desafio')).json())
 * // → { ...challenge, solution: { counter: 41873, derivedKey: '9f…' } }
 */
export async function resolverDesafio<D extends Desafio>(desafio: D): Promise<DesafioResuelto<D>> {
  const { algorithm, nonce, salt, cost, keyLength = 32, keyPrefix } = desafio.parameters
  if (algorithm !== 'SHA-256' || keyPrefix.length % 2 !== 0) throw new Error(`desafio: ${algorithm}`)
  const prefijo = bytes(keyPrefix.toLowerCase())
  const cabeza = new Uint8Array([...bytes(salt), ...bytes(nonce)])
  for (let desde = 0; desde <= 0xffffffff; desde += LOTE) {
    const claves = await Promise.all(
      Array.from({ length: LOTE }, (_, i) => derivar(cabeza, desde + i, cost, keyLength)),
    )
    const i = claves.findIndex((clave) => prefijo.every((b, j) => clave[j] === b))
    const clave = claves[i]
    if (clave) return { ...desafio, solution: { counter: desde + i, derivedKey: hex(clave) } }
  }
  throw new Error('desafio: sin solución')
}

/** The key of one counter (altcha-lib's PasswordBuffer in 'uint32' mode, then its SHA deriveKey). */
async function derivar(cabeza: Uint8Array, counter: number, cost: number, keyLength: number) {
  const datos = new Uint8Array(cabeza.length + 4)
  datos.set(cabeza)
  new DataView(datos.buffer).setUint32(cabeza.length, counter, false)
  let clave: ArrayBuffer = await crypto.subtle.digest('SHA-256', datos)
  for (let i = 1; i < Math.max(1, cost); i++) clave = await crypto.subtle.digest('SHA-256', clave)
  return new Uint8Array(clave).subarray(0, keyLength)
}
