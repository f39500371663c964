import { type FuseLayout, fuseSlots } from '../../worker/identity/breached.ts'

/** A built filter: its layout and one 16-bit fingerprint a slot. */
export interface FuseFilter extends FuseLayout {
  fingerprints: Uint16Array
}

/**
 * Builds a binary fuse filter of distinct keys (Graf and Lemire 2022: sizes as their reference
 * code computes them for three slots a key). Each key's slots are found with `fuseSlots`; the
 * keys are "peeled" — a slot that only one key uses is that key's own, and the key is taken out
 * of its other slots, until none is left — then each key's own slot gets the fingerprint that
 * makes the XOR of its three slots equal to the key's fingerprint. When the peeling stalls, the
 * next seed is tried: the result depends on the keys alone.
 *
 * @example
 * const filter = buildFuseFilter(['qwerty123456', 'password1234'])
 */
export function buildFuseFilter(keys: string[], tries = 100): FuseFilter {
  if (new Set(keys).size !== keys.length) throw new Error('a fuse filter takes distinct keys')
  const size = Math.max(keys.length, 2)
  const segmentLength = Math.min(2 ** Math.floor(Math.log(size) / Math.log(3.33) + 2.25), 2 ** 18)
  const sizeFactor = Math.max(1.125, 0.875 + (0.25 * Math.log(1_000_000)) / Math.log(size))
  const segmentCount = Math.max(1, Math.ceil(Math.round(size * sizeFactor) / segmentLength) - 2)
  const length = (segmentCount + 2) * segmentLength
  for (let seed = 0; seed < tries; seed += 1) {
    const layout = { seed, segmentLength, segmentCount }
    const placed = keys.map((key) => fuseSlots(layout, key))
    const users = new Uint32Array(length)
    const xorOfKeys = new Uint32Array(length) // the XOR of the indices of the keys using a slot
    placed.forEach(({ slots }, key) => {
      for (const slot of slots) {
        users[slot] = (users[slot] ?? 0) + 1
        xorOfKeys[slot] = (xorOfKeys[slot] ?? 0) ^ key
      }
    })
    const alone: number[] = []
    for (let slot = 0; slot < length; slot += 1) if (users[slot] === 1) alone.push(slot)
    const peeled: { key: number; slot: number }[] = []
    for (let slot = alone.pop(); slot !== undefined; slot = alone.pop()) {
      if (users[slot] !== 1) continue
      const key = xorOfKeys[slot] ?? 0
      peeled.push({ key, slot })
      for (const other of placed[key]?.slots ?? []) {
        users[other] = (users[other] ?? 0) - 1
        xorOfKeys[other] = (xorOfKeys[other] ?? 0) ^ key
        if (users[other] === 1) alone.push(other)
      }
    }
    if (peeled.length !== keys.length) continue
    const fingerprints = new Uint16Array(length)
    for (const { key, slot } of peeled.reverse()) {
      const { fingerprint, slots } = placed[key] ?? { fingerprint: 0, slots: [] }
      fingerprints[slot] = slots.reduce(
        (xor, s) => (s === slot ? xor : xor ^ (fingerprints[s] ?? 0)),
        fingerprint,
      )
    }
    return { ...layout, fingerprints }
  }
  throw new Error(`no seed under ${tries} gave a filter: are there two keys with the same hash?`)
}
