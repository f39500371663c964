import { describe, expect, it } from 'vitest'
import { rowId } from '../../worker/ids.ts'

describe('rowId', () => {
  it('gives distinct version-7 UUIDs whose time prefix grows in the order they were made', () => {
    const ids = Array.from({ length: 5000 }, () => rowId())
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    const times = ids.map((id) => id.slice(0, 13))
    expect([...times].sort()).toEqual(times)
  })

  it('starts with the time it was made', () => {
    const before = Date.now()
    const id = rowId()
    const millis = Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)
    expect(millis).toBeGreaterThanOrEqual(before)
    expect(millis).toBeLessThanOrEqual(Date.now())
  })
})
