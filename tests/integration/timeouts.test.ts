import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import { createServer as createTcpServer, type Server as TcpServer } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { httpMailer } from '../../worker/adapters/http-mailer.ts'
import { smtpMailer } from '../../worker/adapters/smtp-mailer.ts'
import { tableRegistries } from '../../worker/registries/index.ts'
import { TimeoutError } from '../../worker/timeout.ts'
import { fixedClock, testApp } from '../support/app.ts'
import { signedInWithClaveUnica, testClaveUnica } from '../support/claveunica.ts'
import { comprasRequest, DEMO } from '../support/demo.ts'

/** A peer that takes connections (and requests) and never says a word. */
async function silentPeer<T extends HttpServer | TcpServer>(server: T): Promise<{ port: number; server: T }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { port: typeof address === 'object' && address ? address.port : 0, server }
}

const opened: (HttpServer | TcpServer)[] = []
afterEach(async () => {
  for (const server of opened.splice(0)) {
    if ('closeAllConnections' in server) server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

const message = { messageId: '<t@comisaria.test>', to: 'ana@example.cl', subject: 'Hola', text: 'Cuerpo' }

describe('outbound calls are bounded', () => {
  let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
  beforeAll(async () => {
    claveunica = await testClaveUnica()
  })
  afterAll(() => claveunica.provider.close())

  it('answers 503 with Retry-After when a registry does not answer, and frees the key for a retry', async () => {
    let silent = true
    const t = await testApp({
      clock: fixedClock(new Date('2026-11-23T12:00:00Z')),
      env: { ...claveunica.env, REGISTRY_TIMEOUT_MS: '200' },
      registries: (db) => {
        const tables = tableRegistries(db)
        return {
          ...tables,
          civil: {
            lookup: (run) => (silent ? { call: () => new Promise(() => {}) } : tables.civil.lookup(run)),
          },
        }
      },
    })
    const citizen = await signedInWithClaveUnica(t.app, '88.888.888-8')
    const request = comprasRequest('2026-11-23', DEMO.valentina.serie)
    const started = performance.now()
    const refused = await citizen.post('/api/permisos', request, { 'Idempotency-Key': 'lento-1' })
    expect(performance.now() - started).toBeLessThan(2000)
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(await refused.json()).toMatchObject({ status: 503, code: 'unavailable' })
    expect(t.log.lines).toContainEqual({ level: 'warn', message: 'registry did not answer' })

    silent = false
    const issued = await citizen.post('/api/permisos', request, { 'Idempotency-Key': 'lento-1' })
    expect(issued.status).toBe(201)
  })

  it('gives up on an SMTP server that never greets', async () => {
    const peer = await silentPeer(createTcpServer(() => {}))
    opened.push(peer.server)
    const mailer = smtpMailer(`smtp://127.0.0.1:${peer.port}`, 'no-reply@comisaria.test', {
      connect: 200,
      mail: 1000,
    })
    const started = performance.now()
    await expect(mailer.send(message)).rejects.toThrow(/greeting/i)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('aborts a call to a mail API that never answers', async () => {
    const peer = await silentPeer(createHttpServer(() => {}))
    opened.push(peer.server)
    const mailer = httpMailer({
      url: `http://127.0.0.1:${peer.port}/send`,
      token: 't',
      from: 'no-reply@comisaria.test',
      timeoutMs: 200,
    })
    await expect(mailer.send(message)).rejects.toBeInstanceOf(TimeoutError)
  })
})
