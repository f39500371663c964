import { describe, expect, it } from 'vitest'
import { isDefinitive } from '../../web/offline/replay.ts'

const answer = (status: number, headers: Record<string, string> = {}) =>
  new Response(null, { status, headers })

describe('what settles an outbox item (web/offline/replay.ts)', () => {
  it('keeps it pending on a copy still committing (409 with Retry-After), settles it on any other 409', () => {
    expect(isDefinitive(answer(409, { 'retry-after': '1' }))).toBe(false)
    expect(isDefinitive(answer(409))).toBe(true)
  })

  it('settles it on 2xx and on a refusal; keeps it on a timeout, a slow-down and a server fault', () => {
    expect(isDefinitive(answer(201))).toBe(true)
    expect(isDefinitive(answer(422))).toBe(true)
    for (const status of [408, 429, 500, 503])
      expect(isDefinitive(answer(status)), String(status)).toBe(false)
  })
})
