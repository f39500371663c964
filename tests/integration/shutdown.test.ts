import { connect } from 'node:net'
import { join } from 'node:path'
import { like } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDigit } from '../../core/run.ts'
import { openFileDatabase } from '../../db/open.ts'
import { condolencias, idempotencyKeys, outbox, users } from '../../db/schema/index.ts'
import { anonymousPost } from '../support/client.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { type RunningServer, startNodeServer } from '../support/node-server.ts'

/**
 * Registrations are slow on purpose (scrypt, 32 MiB, four at a time on libuv's threads): 24 take
 * six rounds, so the last are still hashing when the signal comes, however loaded the machine
 * (with four, then twelve, a full suite running end-to-end files beside it had finished them all
 * before the condolences committed). The condolences are quick company.
 */
const REGISTRATIONS = 24
const CONDOLENCES = 32

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 20_000) {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Whether a new TCP connection to the port is refused. */
function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'))
  })
}

let server: RunningServer | undefined
afterAll(async () => {
  await server?.stop('SIGKILL')
})

describe('the embedded default on SIGTERM', () => {
  it('stops taking connections, answers every request it had taken, with its writes, and exits 0', async () => {
    // Production's hashing cost: the slow registrations above are what is in flight (decision 0071).
    server = await startNodeServer({
      env: { RATE_LIMITS: '0', MAX_IN_FLIGHT: '0', PASSWORD_HASHING: 'production' },
    })
    const { url, dataDir } = server
    const { client, db } = await openFileDatabase(`file:${join(dataDir, 'comisaria.db')}`)
    // Condolences are a signed-in citizen's (decision 0065): signed in before the load.
    const cookie = cookieOf(await signedInCitizenAt(url, db))
    const post = async (path: string, key: string, body: unknown) => {
      const init = anonymousPost(key, body)
      if (path === '/api/condolencias') {
        init.headers = {
          'content-type': 'application/json',
          'idempotency-key': key,
          cookie,
          'sec-fetch-site': 'same-origin',
        }
      }
      const response = await fetch(`${url}${path}`, init)
      return { status: response.status, body: await response.text(), at: performance.now() }
    }
    const registrations = Array.from({ length: REGISTRATIONS }, (_, i) => {
      const numero = 40_000_000 + i
      return post('/api/auth/register', `shutdown-r${i}`, {
        run: `${numero}-${checkDigit(numero)}`,
        nombres: 'Persona',
        apellidos: `En Vuelo ${i}`,
        email: `vuelo${i}@shutdown.example.cl`,
        password: 'un cóndor sobre los Andes 1810',
      })
    })
    const condolences = Array.from({ length: CONDOLENCES }, (_, i) =>
      post('/api/condolencias', `shutdown-c${i}`, {
        memorial: 'general',
        mensaje: `Antes del cierre ${i}`,
        firma: 'completa',
      }),
    )

    // The condolences, sent last, are quick: once they are all committed, every registration (sent
    // first, on its own connection) has been read by the server and is still hashing its password.
    const stored = () => db.select().from(idempotencyKeys).where(like(idempotencyKeys.key, 'shutdown-%'))
    await until(
      async () => (await db.select().from(condolencias)).length === CONDOLENCES,
      'every condolence to be committed',
    )
    const signalledAt = performance.now()
    const exited = server.stop('SIGTERM')
    await until(() => server?.output().includes('"shutting down"') ?? false, 'the shutdown to begin')
    expect(await refused(Number(new URL(url).port))).toBe(true)

    const registered = await Promise.all(registrations)
    expect(registered.map(({ status, body }) => ({ status, body }))).toEqual(
      Array.from({ length: REGISTRATIONS }, () => ({ status: 202, body: '{"status":"check_email"}' })),
    )
    expect(registered.filter((a) => a.at > signalledAt).length).toBeGreaterThan(0)
    expect((await Promise.all(condolences)).map((a) => a.status)).toEqual(
      Array.from({ length: CONDOLENCES }, () => 201),
    )
    expect(await exited).toBe(0)
    // Connections kept alive after their answer do not hold the exit up (close() alone waits for them).
    const lastAnswer = Math.max(...registered.map((a) => a.at))
    expect(performance.now() - lastAnswer).toBeLessThan(2500)
    expect(server.output()).toContain('"stopped"')

    // Each answered request's writes are on disk, with its response stored for a replay.
    expect(await stored()).toHaveLength(REGISTRATIONS + CONDOLENCES)
    expect(await db.select().from(users).where(like(users.email, '%@shutdown.example.cl'))).toHaveLength(
      REGISTRATIONS,
    )
    expect(await db.select().from(outbox).where(like(outbox.to, '%@shutdown.example.cl'))).toHaveLength(
      REGISTRATIONS,
    )
    expect(
      await db.select().from(condolencias).where(like(condolencias.mensaje, 'Antes del cierre %')),
    ).toHaveLength(CONDOLENCES)
    await client.close()
  })
})
