import { createHmac } from 'node:crypto'

/** scrypt's cost: N (a power of two), the block size r and the parallelism p (RFC 7914). */
export interface ScryptParams {
  N: number
  r: number
  p: number
}

/**
 * The memory one derivation holds: its table of N blocks of 128·r bytes (the p lanes run one after
 * another and share it).
 *
 * @example
 * scryptMemory({ N: 2 ** 13, r: 8, p: 10 }) // 8 MiB
 */
export function scryptMemory({ N, r }: ScryptParams): number {
  return 128 * r * N
}

/**
 * PBKDF2-HMAC-SHA256 with one iteration: block i is HMAC(password, salt ‖ i), i from 1. Written
 * out because workerd's `pbkdf2Sync` refuses the 10 KiB that p=10, r=8 asks for ("derived key
 * length exceeds maximum for this hash").
 */
function pbkdf2Once(password: Uint8Array, salt: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(Math.ceil(length / 32) * 32)
  const index = new Uint8Array(4)
  for (let i = 1; (i - 1) * 32 < length; i += 1) {
    new DataView(index.buffer).setUint32(0, i)
    out.set(createHmac('sha256', password).update(salt).update(index).digest(), (i - 1) * 32)
  }
  return out.subarray(0, length)
}

/** About a millisecond of work between two pauses (8,192 Salsa20/8 cores; r=8: 512 BlockMix). */
const CORES_PER_SLICE = 8192

/**
 * Hands the event loop back: a timer, so that I/O and other requests of the isolate run between
 * two slices (a microtask would not let them in).
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

const rotl = (a: number, b: number) => (a << b) | (a >>> (32 - b))

/** x ← Salsa20/8(x ⊕ input[ii…ii+15]), also written to out[oi…oi+15]. */
function salsaXor(x: Uint32Array, input: Uint32Array, ii: number, out: Uint32Array, oi: number): void {
  const j0 = (x[0] ?? 0) ^ (input[ii] ?? 0)
  const j1 = (x[1] ?? 0) ^ (input[ii + 1] ?? 0)
  const j2 = (x[2] ?? 0) ^ (input[ii + 2] ?? 0)
  const j3 = (x[3] ?? 0) ^ (input[ii + 3] ?? 0)
  const j4 = (x[4] ?? 0) ^ (input[ii + 4] ?? 0)
  const j5 = (x[5] ?? 0) ^ (input[ii + 5] ?? 0)
  const j6 = (x[6] ?? 0) ^ (input[ii + 6] ?? 0)
  const j7 = (x[7] ?? 0) ^ (input[ii + 7] ?? 0)
  const j8 = (x[8] ?? 0) ^ (input[ii + 8] ?? 0)
  const j9 = (x[9] ?? 0) ^ (input[ii + 9] ?? 0)
  const j10 = (x[10] ?? 0) ^ (input[ii + 10] ?? 0)
  const j11 = (x[11] ?? 0) ^ (input[ii + 11] ?? 0)
  const j12 = (x[12] ?? 0) ^ (input[ii + 12] ?? 0)
  const j13 = (x[13] ?? 0) ^ (input[ii + 13] ?? 0)
  const j14 = (x[14] ?? 0) ^ (input[ii + 14] ?? 0)
  const j15 = (x[15] ?? 0) ^ (input[ii + 15] ?? 0)
  let x0 = j0
  let x1 = j1
  let x2 = j2
  let x3 = j3
  let x4 = j4
  let x5 = j5
  let x6 = j6
  let x7 = j7
  let x8 = j8
  let x9 = j9
  let x10 = j10
  let x11 = j11
  let x12 = j12
  let x13 = j13
  let x14 = j14
  let x15 = j15
  for (let round = 0; round < 8; round += 2) {
    // Columns.
    x4 ^= rotl((x0 + x12) | 0, 7)
    x8 ^= rotl((x4 + x0) | 0, 9)
    x12 ^= rotl((x8 + x4) | 0, 13)
    x0 ^= rotl((x12 + x8) | 0, 18)
    x9 ^= rotl((x5 + x1) | 0, 7)
    x13 ^= rotl((x9 + x5) | 0, 9)
    x1 ^= rotl((x13 + x9) | 0, 13)
    x5 ^= rotl((x1 + x13) | 0, 18)
    x14 ^= rotl((x10 + x6) | 0, 7)
    x2 ^= rotl((x14 + x10) | 0, 9)
    x6 ^= rotl((x2 + x14) | 0, 13)
    x10 ^= rotl((x6 + x2) | 0, 18)
    x3 ^= rotl((x15 + x11) | 0, 7)
    x7 ^= rotl((x3 + x15) | 0, 9)
    x11 ^= rotl((x7 + x3) | 0, 13)
    x15 ^= rotl((x11 + x7) | 0, 18)
    // Rows.
    x1 ^= rotl((x0 + x3) | 0, 7)
    x2 ^= rotl((x1 + x0) | 0, 9)
    x3 ^= rotl((x2 + x1) | 0, 13)
    x0 ^= rotl((x3 + x2) | 0, 18)
    x6 ^= rotl((x5 + x4) | 0, 7)
    x7 ^= rotl((x6 + x5) | 0, 9)
    x4 ^= rotl((x7 + x6) | 0, 13)
    x5 ^= rotl((x4 + x7) | 0, 18)
    x11 ^= rotl((x10 + x9) | 0, 7)
    x8 ^= rotl((x11 + x10) | 0, 9)
    x9 ^= rotl((x8 + x11) | 0, 13)
    x10 ^= rotl((x9 + x8) | 0, 18)
    x12 ^= rotl((x15 + x14) | 0, 7)
    x13 ^= rotl((x12 + x15) | 0, 9)
    x14 ^= rotl((x13 + x12) | 0, 13)
    x15 ^= rotl((x14 + x13) | 0, 18)
  }
  out[oi] = x[0] = (x0 + j0) | 0
  out[oi + 1] = x[1] = (x1 + j1) | 0
  out[oi + 2] = x[2] = (x2 + j2) | 0
  out[oi + 3] = x[3] = (x3 + j3) | 0
  out[oi + 4] = x[4] = (x4 + j4) | 0
  out[oi + 5] = x[5] = (x5 + j5) | 0
  out[oi + 6] = x[6] = (x6 + j6) | 0
  out[oi + 7] = x[7] = (x7 + j7) | 0
  out[oi + 8] = x[8] = (x8 + j8) | 0
  out[oi + 9] = x[9] = (x9 + j9) | 0
  out[oi + 10] = x[10] = (x10 + j10) | 0
  out[oi + 11] = x[11] = (x11 + j11) | 0
  out[oi + 12] = x[12] = (x12 + j12) | 0
  out[oi + 13] = x[13] = (x13 + j13) | 0
  out[oi + 14] = x[14] = (x14 + j14) | 0
  out[oi + 15] = x[15] = (x15 + j15) | 0
}

/**
 * scryptBlockMix (RFC 7914 §4): the 2r sub-blocks of input[ii…] through Salsa20/8 in a chain,
 * even results first, then odd, into out[oi…] (which must not overlap the input).
 */
function blockMix(input: Uint32Array, ii: number, out: Uint32Array, oi: number, r: number, x: Uint32Array) {
  const last = ii + (2 * r - 1) * 16
  for (let i = 0; i < 16; i += 1) x[i] = input[last + i] ?? 0 // not subarray(): no garbage a call
  for (let i = 0; i < 2 * r; i += 1) salsaXor(x, input, ii + i * 16, out, oi + ((i >> 1) + (i & 1) * r) * 16)
}

/**
 * scrypt (RFC 7914) that hands the event loop back about every millisecond of work, so that a
 * hash in a Workers isolate does not hold up the isolate's other requests for its whole time. It
 * counts work, not time: deployed Workers do not advance `Date.now()` or `performance.now()`
 * while code runs (a Spectre mitigation), so a library that yields after so many milliseconds
 * (@noble/hashes' `scryptAsync`) never yields there, though it does in local workerd. The two
 * one-round PBKDF2-SHA256 steps are node:crypto's HMAC. docs/decisions/0020 has the figures.
 *
 * @example
 * const key = await scryptYielding(new TextEncoder().encode('password'), salt, { N: 2 ** 13, r: 8, p: 10 }, 32)
 */
export async function scryptYielding(
  password: Uint8Array,
  salt: Uint8Array,
  params: ScryptParams,
  keyLength: number,
  options: {
    /** How to hand the event loop back; a timer unless told. */
    pause?: () => Promise<void>
    /** Room for the table, 32·r·N words or more, to use instead of a new one (zeroed after). */
    table?: Uint32Array
  } = {},
): Promise<Uint8Array> {
  const { pause = nextTask } = options
  const { N, r, p } = params
  if (!Number.isInteger(N) || N < 2 || N > 2 ** 24 || (N & (N - 1)) !== 0)
    throw new RangeError('scrypt: N must be a power of two from 2 to 2^24')
  if (!Number.isInteger(r) || r < 1 || r > 64)
    throw new RangeError('scrypt: r must be an integer from 1 to 64')
  if (!Number.isInteger(p) || p < 1 || p > 64)
    throw new RangeError('scrypt: p must be an integer from 1 to 64')
  const words = 32 * r // one block of 128·r bytes
  const bytes = pbkdf2Once(password, salt, p * 4 * words)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (options.table && options.table.length < words * N)
    throw new RangeError('scrypt: the table given is too small')
  const table = options.table ?? new Uint32Array(words * N)
  const block = new Uint32Array(words)
  const mixed = new Uint32Array(words)
  const x = new Uint32Array(16)
  const perSlice = Math.max(1, Math.floor(CORES_PER_SLICE / (2 * r)))
  let mixes = 0
  const sliceDone = () => ++mixes % perSlice === 0
  for (let lane = 0; lane < p; lane += 1) {
    for (let w = 0; w < words; w += 1) table[w] = view.getUint32((lane * words + w) * 4, true)
    for (let i = 0; i < N - 1; i += 1) {
      blockMix(table, i * words, table, (i + 1) * words, r, x)
      if (sliceDone()) await pause()
    }
    blockMix(table, (N - 1) * words, block, 0, r, x)
    if (sliceDone()) await pause()
    for (let i = 0; i < N; i += 1) {
      // Integerify: the first word of the last 64-byte sub-block, modulo N (a power of two).
      const j = (block[words - 16] ?? 0) & (N - 1)
      for (let w = 0; w < words; w += 1) mixed[w] = (block[w] ?? 0) ^ (table[j * words + w] ?? 0)
      blockMix(mixed, 0, block, 0, r, x)
      if (sliceDone()) await pause()
    }
    for (let w = 0; w < words; w += 1) view.setUint32((lane * words + w) * 4, block[w] ?? 0, true)
  }
  const key = pbkdf2Once(password, bytes, keyLength)
  // Nothing derived from the password outlives the call (the table may be lent again).
  for (const scratch of [table.subarray(0, words * N), block, mixed, x, bytes]) scratch.fill(0)
  return key
}
