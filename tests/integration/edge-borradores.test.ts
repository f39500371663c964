import { eq } from 'drizzle-orm'
import type { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { borradores } from '../../db/schema/index.ts'
import { DEMO } from '../support/demo.ts'
import { type Edge, startDemoEdge } from '../support/edge.ts'

const ORIGIN = 'http://localhost:8787'
const PERMISO = { tipoId: 'compras', destino: 'Supermercado, Av. Matta 1200' }

/**
 * Drafts at the edge (decision 0034): the real bundle in workerd, Turso's stand-in behind it. A
 * save is kept by the owner's shard and read back from it at once; Turso gets the latest save
 * when the shard flushes (here, when the test says), in one round trip for all of them.
 */
describe('drafts on the account, through the Workers bundle', () => {
  let edge: Edge
  let mf: Miniflare
  const cookies = { valentina: '', maria: '' }

  beforeAll(async () => {
    const started = await startDemoEdge([DEMO.valentina, DEMO.maria], { PUBLIC_URL: ORIGIN })
    edge = started.edge
    mf = edge.mf
    ;[cookies.valentina = '', cookies.maria = ''] = started.cookies
    await mf.dispatchFetch(`${ORIGIN}/api/health`)
  })
  afterAll(() => edge?.close())

  const call = async (method: string, path: string, cookie: string, body?: unknown) => {
    const before = edge.turso.pipelines
    const response = await mf.dispatchFetch(`${ORIGIN}${path}`, {
      method,
      headers: { origin: ORIGIN, cookie, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const text = await response.text()
    return {
      status: response.status,
      json: text ? (JSON.parse(text) as unknown) : null,
      trips: edge.turso.pipelines - before,
    }
  }
  const inTurso = () => edge.db.select().from(borradores).where(eq(borradores.formulario, 'permisos'))

  it('keeps a save in the shard, reads it back from there, and commits the latest to Turso', async () => {
    const saved = await call('PUT', '/api/borradores/permisos', cookies.valentina, { respuestas: PERMISO })
    expect(saved.status).toBe(200)
    // The session's read: the write itself goes to the shard, not to Turso.
    expect(saved.trips).toBe(1)
    const first = saved.json as { version: number; updatedAt: string }
    const again = await call('PUT', '/api/borradores/permisos', cookies.valentina, {
      respuestas: { ...PERMISO, destino: 'Farmacia, Av. Matta 1300' },
    })
    const second = again.json as { version: number; updatedAt: string }
    expect(second.version).toBeGreaterThan(first.version)
    expect(await inTurso()).toEqual([])

    // Another device of hers, before Turso has it.
    const read = await call('GET', '/api/borradores/permisos', cookies.valentina)
    expect(read.status).toBe(200)
    expect(read.json).toEqual({
      formulario: 'permisos',
      respuestas: { ...PERMISO, destino: 'Farmacia, Av. Matta 1300' },
      updatedAt: second.updatedAt,
      version: second.version,
    })
    const list = await call('GET', '/api/borradores', cookies.valentina)
    expect(list.json).toEqual({
      borradores: [{ formulario: 'permisos', updatedAt: second.updatedAt, version: second.version }],
    })
    // Not María's.
    expect((await call('GET', '/api/borradores/permisos', cookies.maria)).status).toBe(404)
    expect((await call('GET', '/api/borradores', cookies.maria)).json).toEqual({ borradores: [] })

    // Two saves, one write to Turso: the latest.
    const before = edge.turso.pipelines
    expect(await edge.flush()).toBe(1)
    expect(edge.turso.pipelines - before).toBe(1)
    const [row] = await inTurso()
    expect(row).toMatchObject({
      respuestas: { ...PERMISO, destino: 'Farmacia, Av. Matta 1300' },
      version: second.version,
      updatedAt: new Date(second.updatedAt),
    })
    // From Turso now, the same.
    expect((await call('GET', '/api/borradores/permisos', cookies.valentina)).json).toEqual(read.json)
  })

  it('discards at once for its owner, and in Turso at the next flush', async () => {
    expect((await call('DELETE', '/api/borradores/permisos', cookies.valentina)).status).toBe(204)
    expect((await call('GET', '/api/borradores/permisos', cookies.valentina)).status).toBe(404)
    expect((await call('GET', '/api/borradores', cookies.valentina)).json).toEqual({ borradores: [] })
    expect(await inTurso()).toHaveLength(1)
    await edge.flush()
    expect(await inTurso()).toEqual([])
    expect(await edge.flush()).toBe(0)
  })
})

describe('drafts at the edge, left to the shard’s alarm', () => {
  let edge: Edge
  let cookie = ''

  beforeAll(async () => {
    // Submissions flush after 50 ms here; drafts keep their own delay (seconds).
    const started = await startDemoEdge([DEMO.valentina], { PUBLIC_URL: ORIGIN, FLUSH_DELAY_MS: '50' })
    edge = started.edge
    cookie = started.cookies[0] ?? ''
  })
  afterAll(() => edge?.close())

  it('commits a save to Turso by itself, a few seconds later, not with the next quarter second', async () => {
    const saved = await edge.mf.dispatchFetch(`${ORIGIN}/api/borradores/permisos`, {
      method: 'PUT',
      headers: { origin: ORIGIN, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ respuestas: PERMISO }),
    })
    expect(saved.status).toBe(200)
    const inTurso = () => edge.db.select().from(borradores)
    expect(await inTurso()).toEqual([])
    await expect.poll(inTurso, { timeout: 20_000, interval: 250 }).toHaveLength(1)
  }, 30_000)
})
