import { randomInt } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildFuseFilter } from '../../scripts/breached/fuse-filter.ts'
import {
  breachedList,
  FILTER_FILE,
  filterModule,
  LIST_FILE,
} from '../../scripts/generate-breached-passwords.ts'
import { isBreached } from '../../worker/identity/breached.ts'
import { BREACHED_FILTER } from '../../worker/identity/breached-filter.gen.ts'
import { passwordProblem } from '../../worker/identity/password.ts'

const list = readFileSync(LIST_FILE, 'utf8').trimEnd().split('\n')

/** 16 characters from 62: about 95 bits, never on any list. */
function strongPassword(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('')
}

describe('the breached-password filter', () => {
  it('refuses every password on the list, in any case', () => {
    expect(list).toHaveLength(BREACHED_FILTER.entries)
    expect(list.filter((password) => !isBreached(password))).toEqual([])
    expect(list.filter((password) => !isBreached(password.toUpperCase()))).toEqual([])
    expect(passwordProblem('Qwerty123456', [])).toBe('password_breached')
    expect(passwordProblem(list.at(-1) ?? '', [])).toBe('password_breached')
  })

  it('admits random strong passwords, but for about 1 in 65,536 (16-bit fingerprints)', () => {
    const tries = 30_000
    let refused = 0
    for (let i = 0; i < tries; i += 1) if (isBreached(strongPassword())) refused += 1
    // 0.46 expected; more than 8 has a chance under 1 in 10^8 (Poisson) unless the rate is wrong:
    // 8-bit fingerprints, say, would refuse about 117.
    expect(refused).toBeLessThanOrEqual(8)
    expect(passwordProblem('gT4vQz9LmP2xWc7K', [])).toBeNull()
  })

  it('is the filter the committed list gives, and the list is what the generator keeps of a source', () => {
    expect(filterModule(buildFuseFilter(list), list.length)).toBe(readFileSync(FILTER_FILE, 'utf8'))
    expect(breachedList('123456\nQwerty123456\r\nqwerty123456\ncontraseña12\ncontraseña1\n')).toEqual([
      'qwerty123456',
      'contraseña12',
    ])
  })
})
