import { randomBytes, scryptSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { scryptMemory, scryptYielding } from '../../worker/identity/scrypt.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex')
const noPause = async () => {}

describe('scryptYielding', () => {
  it('gives RFC 7914’s test vectors (§12)', async () => {
    expect(hex(await scryptYielding(utf8(''), utf8(''), { N: 16, r: 1, p: 1 }, 64, { pause: noPause }))).toBe(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
    )
    expect(
      hex(
        await scryptYielding(utf8('password'), utf8('NaCl'), { N: 1024, r: 8, p: 16 }, 64, {
          pause: noPause,
        }),
      ),
    ).toBe(
      'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
    )
  })

  it('agrees with node:crypto’s scrypt on other passwords, salts and parameters', async () => {
    for (const [N, r, p] of [
      [2, 1, 1],
      [256, 3, 2],
      [1024, 8, 10],
      [4096, 2, 1],
    ] as const) {
      const password = randomBytes(1 + (N % 40))
      const salt = randomBytes(16)
      const key = await scryptYielding(password, salt, { N, r, p }, 32, { pause: noPause })
      expect(hex(key)).toBe(scryptSync(password, salt, 32, { N, r, p, maxmem: 2 ** 26 }).toString('hex'))
    }
  })

  it('hands the event loop back as it works, about every 8,192 Salsa20/8 cores', async () => {
    let pauses = 0
    await scryptYielding(utf8('password'), utf8('salt'), { N: 1024, r: 8, p: 4 }, 32, {
      pause: async () => {
        pauses += 1
      },
    })
    // 2·N BlockMix a lane, 2r cores each: 4 lanes × 2048 × 16 = 131,072 cores.
    expect(pauses).toBe(16)
    let timers = 0
    const ticking = setInterval(() => {
      timers += 1
    }, 0)
    await scryptYielding(utf8('password'), utf8('salt'), { N: 1024, r: 8, p: 4 }, 32)
    clearInterval(ticking)
    expect(timers).toBeGreaterThan(0)
  })

  it('refuses parameters that are not scrypt’s, and says what it holds', async () => {
    for (const params of [
      { N: 1000, r: 8, p: 1 },
      { N: 1, r: 8, p: 1 },
      { N: 1024, r: 0, p: 1 },
      { N: 1024, r: 8, p: 0.5 },
    ]) {
      await expect(scryptYielding(utf8('x'), utf8('y'), params, 32)).rejects.toThrow(RangeError)
    }
    expect(scryptMemory({ N: 2 ** 13, r: 8, p: 10 })).toBe(8 * 2 ** 20)
  })
})
