import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { createClient } from '@libsql/client/web'
import { like } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/libsql/web'
import { afterEach, describe, expect, it } from 'vitest'
import * as schema from '../../db/schema/index.ts'
import { condolencias } from '../../db/schema/index.ts'
import { type App, createApp } from '../../worker/app.ts'
import type { StorageFault } from '../../worker/errors.ts'
import { catalog, type Locale } from '../../worker/i18n/index.ts'
import type { Database } from '../../worker/ports.ts'
import {
  STORAGE_ALERT,
  STORAGE_RECOVERED,
  STORAGE_RETRY_AFTER_S,
  StorageHealth,
} from '../../worker/storage-health.ts'
import { memoryLogger, testApp } from '../support/app.ts'
import { startHranaServer } from '../support/hrana-server.ts'
import { cookieOf, signedInCitizen } from '../support/identity.ts'

/** The app on one of its two drivers, with a way to fill its database. */
interface Subject {
  app: App
  /** A signed-in citizen's cookie: condolences are theirs to write (decision 0065). */
  cookie: string
  log: ReturnType<typeof memoryLogger>
  db: Database
  pageCount(): Promise<number>
  /** Caps the database at this many pages, as a full disk would; undefined lifts the cap. */
  cap(pages: number | undefined): Promise<void>
  close(): Promise<void>
}

const closers: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const close of closers.splice(0)) await close()
})

async function readNumber(db: Database, pragma: string): Promise<number> {
  const result = await db.$client.execute(`PRAGMA ${pragma}`)
  return Number(result.rows[0]?.[0])
}

/** On Node: the libSQL file, written by the group-commit thread (the PRAGMA reaches both its connections). */
async function embedded(): Promise<Subject> {
  const t = await testApp()
  const cookie = cookieOf(await signedInCitizen(t))
  const uncapped = await readNumber(t.db, 'max_page_count')
  return {
    app: t.app,
    cookie,
    log: t.log,
    db: t.db,
    pageCount: () => readNumber(t.db, 'page_count'),
    cap: async (pages) => {
      await t.client.execute(`PRAGMA max_page_count = ${pages ?? uncapped}`)
    },
    // The group-commit client's close() waits for its writer thread; the Client type says void.
    close: async () => {
      await t.client.close()
    },
  }
}

/** At the edge: @libsql/client over HTTP, to the Hrana server that stands in for Turso (decision 0003). */
async function overHttp(): Promise<Subject> {
  const t = await testApp()
  const cookie = cookieOf(await signedInCitizen(t))
  await t.client.close()
  const turso = await startHranaServer(join(t.dir, 'test.db'))
  const client = createClient({ url: turso.url, intMode: 'number' })
  const db = drizzle(client, { schema })
  const log = memoryLogger()
  return {
    app: createApp({ ...t.ports, db, storage: new StorageHealth(log), log }),
    cookie,
    log,
    db,
    pageCount: () => readNumber(db, 'page_count'),
    cap: async (pages) => {
      turso.pragmas.splice(0, turso.pragmas.length, ...(pages ? [`PRAGMA max_page_count = ${pages}`] : []))
    },
    close: async () => {
      client.close()
      await turso.close()
    },
  }
}

const languages: Locale[] = ['es', 'en', 'ht']

interface Submission {
  lang: Locale
  mensaje: string
  key: string | undefined
}

/** Many condolences at once, in the three languages, half of them with an Idempotency-Key. */
function submissions(n: number): Submission[] {
  return Array.from({ length: n }, (_, i) => ({
    lang: languages[i % languages.length] ?? 'es',
    mensaje: `Mensaje ${i}. Mis condolencias a la familia y a sus compañeros de la unidad.`,
    key: i % 2 === 0 ? `storage-${i}` : undefined,
  }))
}

async function submit(subject: Pick<Subject, 'app' | 'cookie'>, submission: Submission) {
  const response = await subject.app.request('/api/condolencias', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': `${submission.lang},es;q=0.5`,
      cookie: subject.cookie,
      origin: 'http://localhost:8787',
      ...(submission.key ? { 'idempotency-key': submission.key } : {}),
    },
    body: JSON.stringify({ memorial: 'general', mensaje: submission.mensaje, firma: 'completa' }),
  })
  return {
    ...submission,
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

async function health(app: App) {
  const response = await app.request('/api/health')
  return { status: response.status, body: await response.json() }
}

/** The messages of this test that the database holds. */
async function stored(db: Database): Promise<string[]> {
  const rows = await db
    .select({ mensaje: condolencias.mensaje })
    .from(condolencias)
    .where(like(condolencias.mensaje, 'Mensaje %'))
  return rows.map((row) => row.mensaje).sort()
}

type Answer = Awaited<ReturnType<typeof submit>>

/** Every refusal is the fault's 503, in the one error shape and the caller's language. */
function expectRefusals(answers: Answer[], fault: StorageFault): void {
  for (const answer of answers) {
    expect(answer.body).toEqual({
      status: 503,
      code: fault,
      message: catalog(answer.lang).errors[fault],
      requestId: expect.any(String),
    })
    expect(answer.retryAfter).toBe(String(STORAGE_RETRY_AFTER_S[fault]))
  }
}

/** One alert for the fault, no unhandled error, and (once recovered) one line of recovery. */
function expectOneAlert(log: Subject['log'], fault: StorageFault, recovered: boolean): void {
  const alerts = log.lines.flatMap((line, i) => (line.message === STORAGE_ALERT ? [{ line, i }] : []))
  expect(alerts.map(({ line }) => line.level)).toEqual(['error'])
  expect(log.fields[alerts[0]?.i ?? -1]).toMatchObject({ alert: 'storage', reason: fault })
  expect(log.lines.filter((line) => line.message === 'unhandled error')).toEqual([])
  const recoveries = log.lines.filter((line) => line.message === STORAGE_RECOVERED)
  expect(recoveries).toEqual(recovered ? [{ level: 'info', message: STORAGE_RECOVERED }] : [])
}

/** After the fault: a write succeeds, health is ok again, the recovery is logged, the file is sound. */
async function expectRecovery(subject: Subject, fault: StorageFault, retry: Submission) {
  // A refused request stored nothing, its key included: the same request goes through now.
  const again = await submit(subject, retry)
  expect(again.status).toBe(201)
  expect(await health(subject.app)).toEqual({ status: 200, body: { status: 'ok' } })
  expectOneAlert(subject.log, fault, true)
  const integrity = await subject.db.$client.execute('PRAGMA integrity_check')
  expect(integrity.rows.map((row) => row[0])).toEqual(['ok'])
}

/** Whether this machine can set the test process's own file size limit (Linux, util-linux). */
const canLimitFileSize = process.platform === 'linux' && spawnSync('prlimit', ['--version']).status === 0

/**
 * Runs `during` with this process unable to write any file past its first 4 KiB: every write of
 * the database (its WAL is larger) then fails in the kernel with EFBIG, which SQLite reports as
 * SQLITE_IOERR_WRITE. A real I/O error, of the same driver and files, undone afterwards.
 */
async function withFileSizeLimit<T>(during: () => Promise<T>): Promise<T> {
  const ignore = () => undefined
  // Past the limit the kernel also sends SIGXFSZ, which would end the process.
  process.on('SIGXFSZ', ignore)
  spawnSync('prlimit', ['--pid', String(process.pid), '--fsize=4096:unlimited'])
  try {
    return await during()
  } finally {
    spawnSync('prlimit', ['--pid', String(process.pid), '--fsize=unlimited:unlimited'])
    process.off('SIGXFSZ', ignore)
  }
}

describe.each([
  ['the embedded libSQL file (group commit)', embedded],
  ['@libsql/client over HTTP (the edge)', overHttp],
])('storage faults on %s', (_driver, open) => {
  it('a full disk under concurrent writes: 201 or 503 storage_full, one alert, health degraded, nothing acknowledged lost, recovery without a restart', async () => {
    const subject = await open()
    closers.push(subject.close)
    await subject.cap((await subject.pageCount()) + 2)

    const answers = await Promise.all(submissions(150).map((submission) => submit(subject, submission)))

    const accepted = answers.filter((answer) => answer.status === 201)
    const refused = answers.filter((answer) => answer.status !== 201)
    expect(accepted.length).toBeGreaterThan(0)
    expect(refused.length).toBeGreaterThan(0)
    expectRefusals(refused, 'storage_full')
    expectOneAlert(subject.log, 'storage_full', false)
    expect(await health(subject.app)).toEqual({
      status: 503,
      body: { status: 'degraded', reason: 'storage_full' },
    })
    // Every acknowledged message is in the database, and no refused one.
    expect(await stored(subject.db)).toEqual(accepted.map((answer) => answer.mensaje).sort())

    await subject.cap(undefined)
    const retried = refused.find((answer) => answer.key !== undefined) ?? refused[0]
    if (!retried) throw new Error('no refusal to retry')
    await expectRecovery(subject, 'storage_full', retried)
    expect(await stored(subject.db)).toEqual([...accepted, retried].map((answer) => answer.mensaje).sort())
  })

  it.runIf(canLimitFileSize)(
    'an I/O error (a real SQLITE_IOERR_WRITE): 503 storage_error, one alert, health degraded, nothing stored, recovery without a restart',
    async () => {
      const subject = await open()
      closers.push(subject.close)
      // The files are open and sized before the limit: what fails is writing, not opening.
      expect(await health(subject.app)).toEqual({ status: 200, body: { status: 'ok' } })

      const refused = await withFileSizeLimit(async () => {
        const answers = await Promise.all(submissions(30).map((submission) => submit(subject, submission)))
        expect(await health(subject.app)).toEqual({
          status: 503,
          body: { status: 'degraded', reason: 'storage_error' },
        })
        return answers
      })

      expect(refused.map((answer) => answer.status)).toEqual(refused.map(() => 503))
      expectRefusals(refused, 'storage_error')
      expectOneAlert(subject.log, 'storage_error', false)
      expect(await stored(subject.db)).toEqual([])
      const [first] = refused
      if (!first) throw new Error('no refusal to retry')
      await expectRecovery(subject, 'storage_error', first)
      expect(await stored(subject.db)).toEqual([first.mensaje])
    },
  )
})

describe('storage health', () => {
  it('is kept per app: a fault of one is not another’s', async () => {
    const full = await embedded()
    const other = await embedded()
    closers.push(full.close, other.close)
    await full.cap(await full.pageCount())
    const answers = await Promise.all(submissions(150).map((submission) => submit(full, submission)))
    expect(answers.some((answer) => answer.status === 503)).toBe(true)
    expect((await health(full.app)).status).toBe(503)
    expect(await health(other.app)).toEqual({ status: 200, body: { status: 'ok' } })
  })
})
