import { createHash } from 'node:crypto'
import { BREACHED_FILTER } from './breached-filter.gen.ts'

/**
 * The shape of a binary fuse filter (Graf and Lemire, "Binary Fuse Filters: Fast and Smaller
 * Than Xor Filters", 2022) with 16-bit fingerprints and three slots a key: `segmentCount + 2`
 * segments of `segmentLength` slots; a key's three slots lie in three consecutive segments.
 */
export interface FuseLayout {
  seed: number
  segmentLength: number
  segmentCount: number
}

/**
 * A key's fingerprint and its three slots in a filter of this layout, from SHA-256 of the seed and
 * the key (the generator, scripts/generate-breached-passwords.ts, places keys with this too).
 *
 * @example
 * const { fingerprint, slots } = fuseSlots({ seed: 0, segmentLength: 2048, segmentCount: 24 }, 'qwerty123456')
 */
export function fuseSlots(
  layout: FuseLayout,
  key: string,
): { fingerprint: number; slots: [number, number, number] } {
  const digest = createHash('sha256').update(`${layout.seed}\n${key}`).digest()
  const mask = layout.segmentLength - 1
  // The first slot anywhere in the first segmentCount segments (a multiply-shift, exact in a double).
  const first = Math.floor((digest.readUInt32LE(4) * layout.segmentCount * layout.segmentLength) / 2 ** 32)
  return {
    fingerprint: digest.readUInt16LE(0),
    slots: [
      first,
      (first + layout.segmentLength) ^ (digest.readUInt32LE(8) & mask),
      (first + 2 * layout.segmentLength) ^ (digest.readUInt32LE(12) & mask),
    ],
  }
}

let fingerprints: Uint16Array | undefined

/**
 * Whether a password, lower-cased, is on the list of breached passwords (db/reference/
 * breached-passwords.txt). A 104 KiB filter stands in for the list, which was 331 kB of the
 * Worker's 743 kB gzipped: every listed password is found, and a password not on it is taken for
 * one with a chance of 1 in 65,536 (its 16-bit fingerprint matches by chance) — refused, never
 * admitted (docs/decisions/0020).
 *
 * @example
 * isBreached('Qwerty123456') // true
 */
export function isBreached(password: string): boolean {
  if (!fingerprints) {
    const bytes = Buffer.from(BREACHED_FILTER.fingerprints, 'base64')
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    fingerprints = new Uint16Array(bytes.length / 2)
    for (let i = 0; i < fingerprints.length; i += 1) fingerprints[i] = view.getUint16(2 * i, true)
  }
  const { fingerprint, slots } = fuseSlots(BREACHED_FILTER, password.toLowerCase())
  const found = slots.reduce((xor, slot) => xor ^ (fingerprints?.[slot] ?? 0), 0)
  return found === fingerprint
}
