import { describe, expect, it } from 'vitest'
import {
  edgePasswords,
  nodePasswords,
  SCRYPT_PARAMS,
  scryptPasswords,
  TEST_SCRYPT_PARAMS,
} from '../../worker/identity/password.ts'

const PASSWORD = 'un cóndor sobre los Andes 1810'

// Each hash is a few hundred milliseconds of CPU, and the edge's pauses are 1 ms timers on Node.
// The one test of the production parameters: every other test and test server hashes at the test
// suite's (PASSWORD_HASHING=test, decision 0071).
describe('password hashes', { timeout: 60_000 }, () => {
  it('are the same on Node and at the edge: each verifies the other’s, and names its parameters', async () => {
    const edge = edgePasswords()
    const fromNode = await scryptPasswords.hash(PASSWORD)
    const fromEdge = await edge.hash(PASSWORD)
    expect(fromNode).toMatch(/^scrypt\$8192\$8\$10\$[\w-]{22}\$[\w-]{43}$/)
    expect(fromEdge).toMatch(/^scrypt\$8192\$8\$10\$/)
    expect(await edge.verify(PASSWORD, fromNode)).toBe(true)
    expect(await scryptPasswords.verify(PASSWORD, fromEdge)).toBe(true)
    expect(await edge.verify('otra clave cualquiera', fromNode)).toBe(false)
    // NFKC: the same password typed with a composed or a decomposed accent.
    expect(await scryptPasswords.verify(PASSWORD.normalize('NFD'), fromEdge)).toBe(true)
    expect(scryptPasswords.needsRehash(fromEdge)).toBe(false)
    expect(SCRYPT_PARAMS).toEqual({ N: 2 ** 13, r: 8, p: 10 })
  })

  it('name the parameters they were made with, so a hash verifies whichever the server hashes with', async () => {
    const cheap = nodePasswords(TEST_SCRYPT_PARAMS)
    const fromTests = await cheap.hash(PASSWORD)
    const fromProduction = await scryptPasswords.hash(PASSWORD)
    expect(fromTests).toMatch(/^scrypt\$64\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(fromProduction).toMatch(/^scrypt\$8192\$8\$10\$[\w-]{22}\$[\w-]{43}$/)
    // Node's and the edge's, at either cost (the edge's production verify: the test above).
    for (const hasher of [scryptPasswords, cheap, edgePasswords(undefined, TEST_SCRYPT_PARAMS)]) {
      expect(await hasher.verify(PASSWORD, fromTests)).toBe(true)
      expect(await hasher.verify('otra clave cualquiera', fromTests)).toBe(false)
    }
    expect(await cheap.verify(PASSWORD, fromProduction)).toBe(true)
    // Each hasher makes again what was not made with its own parameters.
    expect(scryptPasswords.needsRehash(fromTests)).toBe(true)
    expect(cheap.needsRehash(fromProduction)).toBe(true)
    expect(cheap.needsRehash(fromTests)).toBe(false)
  })

  it('verifies a hash made with other parameters, and says it is to be made again', async () => {
    const older = await nodePasswords({ N: 2 ** 15, r: 8, p: 3 }).hash(PASSWORD)
    expect(older).toMatch(/^scrypt\$32768\$8\$3\$/)
    for (const hasher of [scryptPasswords, edgePasswords()]) {
      expect(await hasher.verify(PASSWORD, older)).toBe(true)
      expect(hasher.needsRehash(older)).toBe(true)
    }
  })

  it('answers false for what is not a hash of its kind', async () => {
    for (const stored of [
      '',
      'bcrypt$2b$12$abc',
      'scrypt$8192$8$10$',
      'scrypt$x$8$10$c2Fs$a2V5',
      'scrypt$8192$8$10$a$b$c',
    ]) {
      expect(await scryptPasswords.verify(PASSWORD, stored)).toBe(false)
      expect(scryptPasswords.needsRehash(stored)).toBe(true)
    }
  })

  it('at the edge, refuses to verify a hash that needs more memory than the isolate gives to hashing, saying so', async () => {
    const edge = edgePasswords(16 * 2 ** 20)
    const older = await nodePasswords({ N: 2 ** 15, r: 8, p: 3 }).hash(PASSWORD)
    await expect(edge.verify(PASSWORD, older)).rejects.toThrow(/needs 32 MiB, more than the 16 MiB/)
  })
})
