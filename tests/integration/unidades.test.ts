import { describe, expect, it } from 'vitest'
import { distanceKm } from '../../worker/geo.ts'
import { testApp } from '../support/app.ts'

describe('police units near the citizen', () => {
  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: -33.4496, lon: -70.6535 }, { lat: -53.1544, lon: -70.9226 })).toBeCloseTo(
      2191,
      -1,
    )
    expect(distanceKm({ lat: -33.4496, lon: -70.6535 }, { lat: -33.4496, lon: -70.6535 })).toBe(0)
  })

  it('lists the nearest units to a position, nearest first, with their distance', async () => {
    const { app } = await testApp()
    const response = await app.request('/api/unidades?cerca=-33.44,-70.65&limite=3')
    const { items } = (await response.json()) as { items: { name: string; distanceKm: number }[] }
    expect(items).toHaveLength(3)
    expect(items[0]?.name).toBe('1ª Comisaría Santiago Central')
    expect(items.map((u) => u.distanceKm)).toEqual([...items.map((u) => u.distanceKm)].sort((a, b) => a - b))
  })

  it('lists the nearest units to a comuna', async () => {
    const { app } = await testApp()
    const { items } = (await (await app.request('/api/unidades?comuna=12101&limite=1')).json()) as {
      items: { comuna: string }[]
    }
    expect(items).toEqual([expect.objectContaining({ comuna: 'Punta Arenas' })])
  })

  it('refuses a malformed position, naming the parameter', async () => {
    const { app } = await testApp()
    const response = await app.request('/api/unidades?cerca=norte')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ fields: [{ field: 'cerca' }] })
  })
})
