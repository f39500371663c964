import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { type Edge, startEdge } from '../support/edge.ts'
import { claveUnicaSessionCookie, staffSessionCookie } from '../support/identity.ts'

const ORIGIN = 'http://localhost'

/**
 * The condolence book's public reads in the Workers bundle, in workerd (miniflare): kept in the
 * data centre's cache by the Worker itself (the Cache API, no Cache Rule: decision 0065) — a
 * second read is a hit — and a message published gives the memorial a new first-page URL that
 * is fresh, while the memorial itself stays at most its `s-maxage` behind.
 */
describe('the condolence book at the edge: the Cache API', () => {
  let edge: Edge
  const cookies = { citizen: '', admin: '' }

  beforeAll(async () => {
    edge = await startEdge({
      bindings: { PUBLIC_URL: ORIGIN },
      prepare: async (stand) => {
        const { client, db } = await openFileDatabase(`file:${stand.path}`)
        await prepareDatabase(db, { now: new Date(), demo: false })
        cookies.citizen = await claveUnicaSessionCookie(db, '12345678-5')
        // Administrators write memorials and moderate by default (decision 0065).
        cookies.admin = await staffSessionCookie(db, 'admin', null)
        client.close()
      },
    })
  }, 120_000)
  afterAll(async () => {
    await edge?.close()
  })

  const get = (path: string, cookie?: string) =>
    edge.mf.dispatchFetch(`${ORIGIN}${path}`, cookie ? { headers: { cookie } } : {})
  const post = (path: string, body: unknown, cookie: string) =>
    edge.mf.dispatchFetch(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        cookie,
        'idempotency-key': crypto.randomUUID(),
      },
      body: JSON.stringify(body),
    })

  /** Reads a path until the edge answers it from its cache (the put runs after the first answer). */
  async function hasta(path: string, estado: 'HIT') {
    for (let i = 0; i < 50; i++) {
      const response = await get(path)
      if (response.headers.get('x-cache') === estado) return response
      await response.arrayBuffer()
    }
    throw new Error(`${path} never ${estado}`)
  }

  it('answers a second read from the cache; a publish gives a new first-page URL that is not stale', async () => {
    const created = await post(
      '/api/admin/memoriales',
      {
        nombre: 'Cabo 1° Elena Ríos',
        grado: 'Cabo 1°',
        unidad: '2ª Comisaría de Valparaíso',
        fecha: '2026-11-20',
        texto: 'Cayó en servicio.',
        publicado: true,
      },
      cookies.admin,
    )
    expect(created.status, await created.clone().text()).toBe(201)
    const { slug } = (await created.json()) as { slug: string }
    const path = `/api/condolencias/memoriales/${slug}`

    const first = await get(path)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const antes = (await first.json()) as { primeraPagina: string; mensajes: number }
    const hit = await hasta(path, 'HIT')
    expect(hit.headers.get('cache-control')).toContain('s-maxage=300')
    expect(hit.headers.get('x-request-id')).toBeNull()
    expect(((await hit.json()) as typeof antes).primeraPagina).toBe(antes.primeraPagina)
    // The list and the first page too.
    await hasta('/api/condolencias/memoriales', 'HIT')
    const paginaVieja = await hasta(antes.primeraPagina, 'HIT')
    expect(((await paginaVieja.json()) as { items: unknown[] }).items).toEqual([])
    // A signed-in reader's cookie does not change what the edge answers, nor what it keeps.
    expect((await get(path, cookies.citizen)).headers.get('x-cache')).toBe('HIT')

    // A message, published early by a moderator.
    const escrito = await post(
      '/api/condolencias?lang=es',
      { memorial: slug, mensaje: 'Gracias por su entrega, Cabo Ríos.', firma: 'completa' },
      cookies.citizen,
    )
    expect(escrito.status, await escrito.clone().text()).toBe(201)
    const { id } = (await escrito.json()) as { id: string }
    await edge.flush()
    const decision = await post(
      `/api/funcionarios/condolencias/${id}/decision`,
      { decision: 'publicar' },
      cookies.admin,
    )
    expect(decision.status, await decision.clone().text()).toBe(200)

    // The memorial as this data centre keeps it is at most five minutes behind (bounded, by design);
    // the old first page is still the old version's, under the old version's URL.
    expect(((await (await get(path)).json()) as typeof antes).primeraPagina).toBe(antes.primeraPagina)
    expect(((await (await get(antes.primeraPagina)).json()) as { items: unknown[] }).items).toEqual([])
    // Read anew (another key: as once its five minutes pass), it names a new first page, fresh.
    const fresco = await get(`${path}?lang=es`)
    expect(fresco.headers.get('x-cache')).toBe('MISS')
    const despues = (await fresco.json()) as typeof antes
    expect(despues.primeraPagina).not.toBe(antes.primeraPagina)
    expect(despues.mensajes).toBe(1)
    const nueva = await get(despues.primeraPagina)
    expect(nueva.headers.get('x-cache')).toBe('MISS')
    expect(((await nueva.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([id])
    expect((await hasta(despues.primeraPagina, 'HIT')).status).toBe(200)

    // What is never kept: a staff queue, an answer marked no-cache (a made-up version).
    const rara = `/api/condolencias/memoriales/${slug}/mensajes?v=99.0`
    for (let i = 0; i < 3; i++) {
      const response = await get(rara)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(response.headers.get('x-cache')).toBeNull()
      await response.arrayBuffer()
    }
  })
})
