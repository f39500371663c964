import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { like } from 'drizzle-orm'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFileDatabase } from '../../db/open.ts'
import { condolencias } from '../../db/schema/index.ts'
import type { Database } from '../../worker/ports.ts'
import { condolenciaInit } from '../support/client.ts'
import { edgeWorker, freshTurso } from '../support/edge.ts'
import type { HranaServer } from '../support/hrana-server.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'

/**
 * No request can wedge an isolate (docs/decisions/0019). One isolate of the Workers bundle serves
 * every request here, as one does in production until it is evicted. With one database client
 * per isolate, 21 requests at once wedged it for good: a call queued behind the client's limit
 * of 20 ran in another request's context and never settled, and neither did the call of a
 * request cancelled by its client; each kept its slot, and after twenty every call hung.
 */
describe('one isolate of the Worker under concurrency and cancellation', () => {
  let turso: HranaServer
  let mf: Miniflare
  /** Answers every request it holds once `open()` is called: the signal to cancel. */
  let gate: { url: string; open: () => void; close: () => Promise<void> }

  /** A signed-in citizen's cookie and the stand-in's file: condolences are theirs (decision 0065). */
  let cookie = ''
  let db: Database
  const condolencia = (key: string, mensaje: string) => condolenciaInit(key, cookie, mensaje)

  beforeAll(async () => {
    turso = await freshTurso()
    ;({ db } = await openFileDatabase(`file:${turso.path}`))
    // PUBLIC_URL is wrangler.toml's, https: the cookies carry their __Host- names.
    cookie = (await claveUnicaSessionCookie(db, '12345678-5')).replace(/(^|; )cv_/g, '$1__Host-cv_')
    gate = await startGate()
    mf = new Miniflare({
      workers: [
        {
          // A client that goes away: it calls the portal through a service binding and aborts the
          // call when the gate opens. workerd cancels the portal's request then, as Cloudflare does
          // when a visitor disconnects (a plain socket closed on miniflare's port is not passed on).
          name: 'client',
          modules: true,
          compatibilityDate: '2026-07-01',
          bindings: { GATE: gate.url },
          serviceBindings: { PORTAL: 'portal' },
          script: `export default {
            async fetch(request, env) {
              if (request.headers.get('x-cancel') !== 'at-gate') return env.PORTAL.fetch(request)
              const controller = new AbortController()
              fetch(env.GATE).then(() => controller.abort())
              try {
                return await env.PORTAL.fetch(request, { signal: controller.signal })
              } catch {
                return new Response(null, { status: 499 })
              }
            },
          }`,
        },
        await edgeWorker(turso),
      ],
    })
  })

  afterAll(async () => {
    await mf?.dispose()
    await turso?.close()
    await gate?.close()
  })

  const health = async () => (await mf.dispatchFetch('http://localhost/api/health')).status

  it('answers 64 requests at once, reads and writes, each as it should, twice over, and stays healthy', async () => {
    const requests = Array.from({ length: 64 }, (_, i) => {
      switch (i % 4) {
        case 0:
          return { path: '/api/health', status: 200 }
        case 1:
          return { path: '/api/condolencias/memoriales', status: 200 }
        case 2:
          // A prepared statement (worker/prepared.ts) and a rate-limit write.
          return { path: '/api/verificar/ABCDEFGHJK', status: 404 }
        default:
          return {
            path: '/api/condolencias',
            status: 201,
            init: condolencia(`burst-${i}`, `Honor y gloria (${i}).`),
          }
      }
    })
    for (const round of [1, 2]) {
      // Each answer as `path → status`, with the body when it is not the expected one.
      const answered = await Promise.all(
        requests.map(async ({ path, init, status }) => {
          const response = await mf.dispatchFetch(`http://localhost${path}`, init)
          const body = response.status === status ? '' : ` ${await response.text()}`
          return `${path} → ${response.status}${body}`
        }),
      )
      expect(answered, `round ${round}`).toEqual(requests.map(({ path, status }) => `${path} → ${status}`))
    }
    expect(await health()).toBe(200)
    const written = async () =>
      (await db.select().from(condolencias).where(like(condolencias.mensaje, 'Honor y gloria (%'))).length
    await expect.poll(written, { timeout: 10_000 }).toBe(16)
  })

  it('serves on after 24 requests are cancelled while their statements are in flight', async () => {
    const held = turso.hold()
    const cancelled = Array.from({ length: 24 }, () =>
      mf.dispatchFetch('http://localhost/api/health', { headers: { 'x-cancel': 'at-gate' } }),
    )
    // Every request has reached the database (none waits behind another) before any is cancelled.
    await expect.poll(held.parked, { timeout: 10_000 }).toBe(24)
    gate.open()
    expect((await Promise.all(cancelled)).map((response) => response.status)).toEqual(Array(24).fill(499))
    held.release()
    expect(await health()).toBe(200)
    const write = await mf.dispatchFetch(
      'http://localhost/api/condolencias',
      condolencia('after-cancel', 'Presente, siempre.'),
    )
    expect(write.status).toBe(201)
  })
})

/** A loopback server that holds every request until `open()`, then answers them all. */
async function startGate() {
  const waiting: ServerResponse[] = []
  let opened = false
  const server = createServer((_request: IncomingMessage, response: ServerResponse) => {
    if (opened) response.end('open')
    else waiting.push(response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    open: () => {
      opened = true
      for (const response of waiting.splice(0)) response.end('open')
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
