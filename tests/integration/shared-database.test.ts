import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { and, eq, isNotNull, isNull, not } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate } from '../../core/time.ts'
import { openRemoteDatabase } from '../../db/open.ts'
import { condolencias, outbox } from '../../db/schema/index.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { requireSharedDatabaseReady } from '../../worker/adapters/shared-database.ts'
import { generateSigningJwk } from '../../worker/keys/signing-keys.ts'
import { enqueueMail } from '../../worker/mail/outbox.ts'
import { providerBrowser, testClaveUnica } from '../support/claveunica.ts'
import { condolenciaInit, testClient } from '../support/client.ts'
import { type HranaServer, startHranaServer } from '../support/hrana-server.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { loggedDatabase, type RunningServer, startNodeServer } from '../support/node-server.ts'
import { mailHeader, smtpReceiver } from '../support/smtp.ts'

/**
 * Several Node servers behind one load balancer, on one libSQL server's database: the Hrana
 * stand-in for Turso (tests/support/hrana-server.ts), reached over HTTP with a token. Each test
 * sends its requests to both servers, as a load balancer would, and checks that nothing held in
 * one process's memory was meant to be shared.
 */
const TOKEN = 'token-de-prueba'
/** Both servers answer for one public address, as behind a load balancer. */
const PUBLIC_URL = 'http://localhost:8787'
/** A message a live server is delivering (its lease runs ten minutes more). */
const leased = eq(outbox.subject, 'En curso')
const leasedUntil = new Date(Date.now() + 10 * 60_000)

describe('several Node servers on one shared libSQL database', () => {
  let turso: HranaServer
  let remote: ReturnType<typeof openRemoteDatabase>
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>
  let claveunica: Awaited<ReturnType<typeof testClaveUnica>>
  let env: Record<string, string>
  let a: RunningServer
  let b: RunningServer

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cv-shared-'))
    turso = await startHranaServer(join(dir, 'turso.db'), { authToken: TOKEN })
    remote = openRemoteDatabase(turso.url, TOKEN)
    smtp = await smtpReceiver()
    claveunica = await testClaveUnica()
    env = {
      TURSO_AUTH_TOKEN: TOKEN,
      SIGNING_KEYS: JSON.stringify([await generateSigningJwk('shared-1')]),
      VAULT_KEY: await generateVaultKey(),
      FILES_DIR: join(dir, 'files'),
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      DEMO_DATA: '1',
      MAINTENANCE_INTERVAL_MS: '500',
      ...claveunica.env,
    }
  })

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    remote?.client.close()
    await Promise.all([turso?.close(), smtp?.close(), claveunica?.provider.close()])
  })

  it('refuses to start on a database that lacks migrations, and says to run npm run db:migrate once', async () => {
    await expect(requireSharedDatabaseReady(remote.db, {}, turso.url)).rejects.toThrow(
      /SIGNING_KEYS .*VAULT_KEY .*FILES_DIR/,
    )
    const refused = startNodeServer({ env: { ...env, DATABASE_URL: turso.url } })
    await expect(refused).rejects.toThrow(/lacks \d+ migration\(s\) \(0000_init, .*npm run db:migrate/)
  })

  it('is migrated by the operator’s npm run db:migrate, over HTTP with the token (a wrong one gets 401)', async () => {
    await promisify(execFile)(process.execPath, ['scripts/db-migrate.ts'], {
      env: { ...process.env, DATABASE_URL: turso.url, TURSO_AUTH_TOKEN: TOKEN },
    })
    await expect(requireSharedDatabaseReady(remote.db, env, turso.url)).resolves.toBeUndefined()
    const intruder = openRemoteDatabase(turso.url, 'not-the-token')
    const refusal = await requireSharedDatabaseReady(intruder.db, env, turso.url).catch(
      (error: unknown) => error,
    )
    expect(String((refusal as { cause?: unknown }).cause)).toMatch(/HTTP status 401/)
    intruder.client.close()
  })

  it('starts two servers at once, each saying it is on a remote database', async () => {
    // A message mid-send, as a live server's delivery loop would hold it while these start.
    await remote.client.batch([
      enqueueMail(new Date(), 'comisaria.test', { to: 'ana@example.cl', subject: 'En curso', text: '…' }),
    ])
    await remote.db.update(outbox).set({ nextAttemptAt: leasedUntil }).where(leased)
    const { port } = new URL(turso.url)
    // Turso's URL form (libsql://, TLS off for the loopback stand-in) and a self-hosted server's.
    const urls = [`libsql://127.0.0.1:${port}`, turso.url]
    ;[a, b] = await Promise.all([
      startNodeServer({ env: { ...env, DATABASE_URL: `${urls[0]}?tls=0`, MAIL_FROM: 'a@a.test' } }),
      startNodeServer({ env: { ...env, DATABASE_URL: turso.url, MAIL_FROM: 'b@b.test' } }),
    ])
    for (const [i, server] of [a, b].entries()) {
      expect(loggedDatabase(server.output())).toMatchObject({ kind: 'remote', over: 'HTTP', url: urls[i] })
      expect(server.output()).not.toContain(TOKEN)
      const health = await fetch(`${server.url}/api/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok' })
    }
  })

  /** A load balancer's round robin: each request goes to the next server. */
  function roundRobin() {
    let next = 0
    return {
      request: (path: string, init: RequestInit) => {
        const server = next++ % 2 === 0 ? a : b
        return fetch(`${server.url}${path}`, init)
      },
    }
  }

  /** A signed-in citizen's session, valid on both servers (one database): condolences are theirs (decision 0065). */
  let cookie = ''
  const condolencia = (key: string) => condolenciaInit(key, cookie, `Fuerza a sus familias (${key}).`)

  it('replays through one server the answer another stored, and reads there what the other wrote', async () => {
    cookie = cookieOf(await signedInCitizenAt(a.url, remote.db))
    const created = await fetch(`${a.url}/api/condolencias`, condolencia('shared-1'))
    expect(created.status).toBe(201)
    const replay = await fetch(`${b.url}/api/condolencias`, condolencia('shared-1'))
    expect(replay.headers.get('idempotent-replayed')).toBe('true')
    expect(await replay.text()).toBe(await created.text())
    // The message waits its delay (decision 0065): b reads it, published by time, on the memorial's page
    // only later; here b answers the same session that a opened, and the row is the one a wrote.
    expect((await fetch(`${b.url}/api/me`, { headers: { cookie } })).status).toBe(200)
    const rows = await remote.db.select().from(condolencias)
    expect(rows.map((row) => row.mensaje)).toEqual(['Fuerza a sus familias (shared-1).'])
  })

  it('records once each submission sent to both servers at the same moment; a copy that lost the race, sent again, is answered alike', async () => {
    const keys = Array.from({ length: 10 }, (_, i) => `both-${i}`)
    const answers = await Promise.all(
      keys.map((key) =>
        Promise.all(
          [a, b].map(async (server) => {
            const response = await fetch(`${server.url}/api/condolencias`, condolencia(key))
            return { status: response.status, body: await response.text() }
          }),
        ),
      ),
    )
    for (const [index, pair] of answers.entries()) {
      const created = pair.filter((answer) => answer.status === 201)
      expect(created.length, JSON.stringify(pair)).toBeGreaterThan(0)
      for (const copy of pair.filter((answer) => answer.status !== 201)) {
        // Ran beside the other and lost on the key (decision 0083): sent again, the same answer.
        expect(JSON.parse(copy.body)).toMatchObject({ code: 'idempotency_key_in_use' })
        const again = await fetch(`${a.url}/api/condolencias`, condolencia(keys[index] ?? ''))
        expect({ status: again.status, body: await again.text() }).toEqual(created[0])
      }
      if (created.length === 2) expect(created[1]).toEqual(created[0])
    }
    const rows = await remote.db.select().from(condolencias)
    expect(rows).toHaveLength(1 + keys.length)
  })

  it('counts a per-account limit across both servers: the fourth reset request for one address is refused', async () => {
    const balanced = roundRobin()
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const response = await testClient(balanced.request, PUBLIC_URL).post('/api/auth/password-reset', {
        email: 'olvido@example.cl',
      })
      statuses.push(response.status)
    }
    // Three a window per address. Counted in each server's memory, all four would pass (two at each).
    expect(statuses).toEqual([202, 202, 202, 429])
  })

  it('signs a citizen in through one server and back through the other, and holds the weekly permit quota across both', async () => {
    const balanced = roundRobin()
    const citizen = testClient(balanced.request, PUBLIC_URL)
    const person = providerBrowser()
    const start = await citizen.get('/auth/claveunica/login') // server a
    const page = await person.open(start.headers.get('location') ?? '')
    const callback = new URL(await person.login(page.url, '88.888.888-8', 'demo1234'))
    const landed = await citizen.get(callback.pathname + callback.search) // server b
    expect(landed.headers.get('location')).toBe('/mis-tramites')
    for (let i = 0; i < 2; i++) expect((await citizen.get('/api/me')).status).toBe(200)

    // Six requests at once, three to each server, for a type with a quota of two a week.
    const fecha = localDate(new Date(Date.now() + 86_400_000))
    const horas = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00']
    const answers = await Promise.all(
      horas.map(async (hora) => {
        const response = await citizen.post(
          '/api/permisos',
          {
            tipoId: 'compras',
            comunaCut: '13101',
            fecha,
            hora,
            destino: 'Feria Lo Valledor',
            serieCedula: 'A034567890',
          },
          { 'Idempotency-Key': `permiso-${hora}` },
        )
        return response.ok ? 201 : `${response.status} ${((await response.json()) as { code: string }).code}`
      }),
    )
    expect(answers.filter((answer) => answer === 201)).toHaveLength(2)
    expect(answers.filter((answer) => answer === '409 quota_exceeded')).toHaveLength(4)
    const ficha = (await (await citizen.get('/api/permisos/ficha')).json()) as {
      tipos: { id: string; usadosSemana: number }[]
    }
    expect(ficha.tipos.find((tipo) => tipo.id === 'compras')?.usadosSemana).toBe(2)
  })

  it('delivers each e-mail once, whichever server leases it', async () => {
    const now = new Date()
    const writes = Array.from({ length: 80 }, (_, i) =>
      enqueueMail(now, 'comisaria.test', {
        to: `vecino${i}@example.cl`,
        subject: `Aviso ${i}`,
        text: 'Cuerpo',
      }),
    )
    await remote.client.batch(writes)
    const deadline = Date.now() + 20_000
    const unsent = and(isNull(outbox.sentAt), not(leased))
    while ((await remote.db.select().from(outbox).where(unsent)).length > 0) {
      if (Date.now() > deadline) throw new Error('the outbox did not drain')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const sent = await remote.db
      .select({ messageId: outbox.messageId })
      .from(outbox)
      .where(isNotNull(outbox.sentAt))
    expect(sent.length).toBeGreaterThanOrEqual(80)
    const received = smtp.received.map((raw) => mailHeader(raw, 'Message-ID'))
    expect(received.toSorted()).toEqual(sent.map((row) => row.messageId).toSorted())
  })

  it('leaves a live server’s lease alone at start-up (the one taken before they started)', async () => {
    const [row] = await remote.db.select().from(outbox).where(leased)
    expect(row).toMatchObject({ sentAt: null, nextAttemptAt: leasedUntil })
  })
})
