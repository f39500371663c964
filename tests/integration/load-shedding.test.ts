import { count } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { condolencias } from '../../db/schema/index.ts'
import { testApp } from '../support/app.ts'

describe('load shedding', () => {
  it('answers past capacity at once with 503 and Retry-After, and serves the rest', async () => {
    const t = await testApp({ env: { MAX_IN_FLIGHT: '3' } })
    const post = () =>
      t.app.request('/api/condolencias', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ nombre: 'Ana', mensaje: 'Mis condolencias a la familia.' }),
      })
    const responses = await Promise.all(Array.from({ length: 10 }, post))
    const shed = responses.filter((r) => r.status === 503)
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3)
    expect(shed).toHaveLength(7)
    for (const response of shed) {
      expect(response.headers.get('Retry-After')).toBe('1')
      expect(await response.json()).toMatchObject({ status: 503, code: 'unavailable' })
    }
    const [rows] = await t.db.select({ n: count() }).from(condolencias)
    expect(rows?.n).toBe(3)
    // Once those are served, capacity is back.
    expect((await post()).status).toBe(201)
  })
})
