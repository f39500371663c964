import { randomInt } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDigit } from '../../core/run.ts'
import { DURABILITY_PRAGMAS, openFileDatabase, readPragmas } from '../../db/open.ts'
import { condolencias, idempotencyKeys, outbox, users } from '../../db/schema/index.ts'
import type { Database } from '../../worker/ports.ts'
import { DEVICE_SECRET } from '../support/client.ts'
import { cookieOf, signedInCitizenAt } from '../support/identity.ts'
import { loggedPragmas, type RunningServer, startNodeServer } from '../support/node-server.ts'
import { mailHeader, smtpReceiver } from '../support/smtp.ts'

/**
 * The embedded default killed with SIGKILL at random moments under write load, and restarted on
 * the same file each time. A request counts as acknowledged once its whole response was read;
 * after every restart each acknowledged one must be in the database exactly once and replay
 * identically without writing, with no repair but the server's own start-up; at the end every
 * e-mail must have left, each delivery of one under its one Message-ID. `CRASH_SEED` repeats
 * the kill moments of a run.
 */
/** Kills in `npm test`: each run checks every row and replay; `npm run bench -- proof` makes 20 (decision 0071). */
const RUNS = Number(process.env.CRASH_RUNS ?? 3)
const SEED = Number(process.env.CRASH_SEED ?? randomInt(2 ** 31))
const CONDOLENCE_CLIENTS = 5
/**
 * Each registration client registers its one person again and again (registered once before the
 * first kill, which hashes a password and mails a verification link): each time, quickly, the
 * owner is mailed a reset link. That is the e-mail load; one client makes ~5 a run, about what
 * the outbox (~10 a second here, one SMTP connection each) delivers in a run's life.
 */
const REGISTRATION_CLIENTS = 1
/** Counted from the first answer of a run, so that the kill lands in the writes, not in the warm-up. */
const KILL_AFTER_MS = { min: 50, max: 400 }

/** A small seeded generator (mulberry32), so that a failing run's kill moments can be repeated. */
function seeded(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

interface Submission {
  path: '/api/condolencias' | '/api/auth/register'
  key: string
  body: string
  /** Whose row it is: the condolence's own message, the registered person's e-mail. */
  mark: string
}

interface Acknowledged extends Submission {
  status: number
  response: string
}

let serial = 0
const nextKey = () => `crash-${SEED}-${++serial}`

function condolence(): Submission {
  const key = nextKey()
  const mensaje = `Mensaje ${key}`
  return {
    path: '/api/condolencias',
    key,
    mark: mensaje,
    body: JSON.stringify({ memorial: 'general', mensaje, firma: 'completa' }),
  }
}

/** The signed-in citizen who writes the condolences (writing needs an account: decision 0065). */
let citizenCookie = ''

function registration(person: number): Submission {
  const numero = 30_000_000 + person
  const email = `persona${person}@crash.example.cl`
  const body = {
    run: `${numero}-${checkDigit(numero)}`,
    nombres: 'Persona',
    apellidos: `De Prueba ${person}`,
    email,
    password: 'un cóndor sobre los Andes 1810',
  }
  return { path: '/api/auth/register', key: nextKey(), mark: email, body: JSON.stringify(body) }
}

function send(url: string, s: Submission) {
  return fetch(`${url}${s.path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': s.key,
      ...(s.path === '/api/condolencias'
        ? { cookie: citizenCookie, 'sec-fetch-site': 'same-origin' }
        : { 'idempotency-secret': DEVICE_SECRET }),
    },
    body: s.body,
  })
}

const acknowledges = (status: number) => status === 201 || status === 202
/** Not acknowledged and not a failure: load shed (503), a key still claimed by the dead process (409). */
const NOT_ACKNOWLEDGED = new Set([409, 503])

interface Load {
  acknowledged: Acknowledged[]
  /** In flight at the kill: committed or not, nobody knows yet. */
  unanswered: Submission[]
  unexpected: string[]
  /** Every registration key sent, by e-mail: the most outbox rows each address may have. */
  sent: Map<string, Set<string>>
  /** Called at each answer: the kill's clock starts at the first, when the writes are flowing. */
  answered: () => void
}

/** Sends one submission and records what came of it; false if the server died under it. */
async function submit(url: string, s: Submission, load: Load): Promise<boolean> {
  if (s.path === '/api/auth/register') load.sent.set(s.mark, (load.sent.get(s.mark) ?? new Set()).add(s.key))
  let response: Response
  let text: string
  try {
    response = await send(url, s)
    text = await response.text()
  } catch {
    load.unanswered.push(s)
    return false
  }
  load.answered()
  if (acknowledges(response.status)) load.acknowledged.push({ ...s, status: response.status, response: text })
  else if (!NOT_ACKNOWLEDGED.has(response.status))
    load.unexpected.push(`${s.path} ${response.status} ${text}`)
  return true
}

/** One client: new submissions one after another until the server dies under it. */
async function client(url: string, make: () => Submission, load: Load) {
  while (await submit(url, make(), load)) {}
}

async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]
      if (item !== undefined) await work(item)
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
}

/** Acknowledged requests sent again with their keys: the same status and body, marked replayed. */
async function replay(url: string, acknowledged: Acknowledged[]) {
  const differing: string[] = []
  await inParallel(acknowledged, 8, async (a) => {
    const response = await send(url, a)
    const text = await response.text()
    if (
      response.status !== a.status ||
      text !== a.response ||
      response.headers.get('idempotent-replayed') !== 'true'
    ) {
      differing.push(`${a.key}: ${a.status} ${a.response} then ${response.status} ${text}`)
    }
  })
  expect(differing).toEqual([])
}

/**
 * What was in flight at the kill, sent again as a client would: it was committed (its stored
 * response comes back) or not (it runs now); either way it is acknowledged now.
 */
async function retryUnanswered(url: string, unanswered: Submission[]): Promise<Acknowledged[]> {
  const acknowledged: Acknowledged[] = []
  await inParallel(unanswered, 8, async (s) => {
    const response = await send(url, s)
    const text = await response.text()
    expect(acknowledges(response.status), `${response.status} ${text}`).toBe(true)
    acknowledged.push({ ...s, status: response.status, response: text })
  })
  return acknowledged
}

async function rowCounts(db: Database) {
  const of = async (table: typeof condolencias | typeof users | typeof outbox | typeof idempotencyKeys) =>
    (await db.select({ n: count() }).from(table))[0]?.n
  return {
    condolencias: await of(condolencias),
    users: await of(users),
    outbox: await of(outbox),
    idempotencyKeys: await of(idempotencyKeys),
  }
}

function tally(values: string[]) {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

/**
 * The file as the restarted server left it: intact, and each acknowledged submission there
 * exactly once (and no submission at all twice). Returns the number of submissions checked.
 */
async function checkRows(db: Database, acknowledged: Acknowledged[], sent: Load['sent']): Promise<number> {
  const rows = await db.select({ id: condolencias.id, mensaje: condolencias.mensaje }).from(condolencias)
  const messages = tally(rows.map((row) => row.mensaje))
  const ids = new Set(rows.map((row) => row.id))
  const accounts = tally((await db.select({ email: users.email }).from(users)).flatMap((u) => u.email ?? []))
  const mails = tally((await db.select({ to: outbox.to }).from(outbox)).map((m) => m.to))
  expect([...messages, ...accounts].filter(([, n]) => n > 1)).toEqual([])
  const registrations = tally(acknowledged.filter((a) => a.path === '/api/auth/register').map((a) => a.mark))
  const wrong: string[] = []
  for (const a of acknowledged) {
    if (a.path === '/api/condolencias') {
      const { id } = JSON.parse(a.response) as { id: string }
      if (!ids.has(id) || messages.get(a.mark) !== 1) wrong.push(`${a.key}: condolence missing`)
    } else if (accounts.get(a.mark) !== 1) {
      wrong.push(`${a.key}: account missing`)
    }
  }
  // Each registration writes one e-mail: at least one per acknowledged, at most one per key sent.
  for (const [email, acked] of registrations) {
    const written = mails.get(email) ?? 0
    if (written < acked || written > (sent.get(email)?.size ?? 0)) wrong.push(`${email}: ${written} e-mails`)
  }
  expect(wrong).toEqual([])
  return acknowledged.length
}

/**
 * Every outbox message delivered at least once, and every delivery of a message (known by the
 * one-time link in it) under the Message-ID fixed when it was written, so a receiver can drop
 * the repeats.
 */
async function checkMail(db: Database, received: string[]) {
  const deadline = Date.now() + 30_000
  let messages = await db.select().from(outbox)
  while (messages.some((m) => m.sentAt === null) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    messages = await db.select().from(outbox)
  }
  expect(messages.filter((m) => m.sentAt === null).map((m) => m.messageId)).toEqual([])
  const linkOf = (text: string) => /#([\w-]{20,})/.exec(text)?.[1]
  const byLink = new Map(messages.map((m) => [linkOf(m.text), m.messageId]))
  const deliveries = received.map((raw) => ({
    // Quoted-printable may break a long line (and the link) with a soft line break.
    link: linkOf(raw.replace(/=\r?\n/g, '')),
    messageId: mailHeader(raw, 'Message-ID'),
  }))
  expect(deliveries.filter((d) => d.link === undefined || byLink.get(d.link) !== d.messageId)).toEqual([])
  const delivered = new Set(deliveries.map((d) => d.messageId))
  expect(messages.filter((m) => !delivered.has(m.messageId)).map((m) => m.messageId)).toEqual([])
  return { checked: messages.length, repeats: deliveries.length - delivered.size }
}

const smtp = await smtpReceiver()
/** The server of the moment, killed if the test fails half-way. */
let current: RunningServer | undefined
afterAll(async () => {
  await current?.stop('SIGKILL')
  await smtp.close()
})

describe('the embedded default killed under write load', () => {
  it(
    `keeps every acknowledged request exactly once and replays it, mails at least once (${RUNS} kills)`,
    async () => {
      console.log(`crash test: seed ${SEED} (CRASH_SEED=${SEED} repeats the kill moments)`)
      const random = seeded(SEED)
      const dataDir = mkdtempSync(join(tmpdir(), 'cv-crash-'))
      const env = { RATE_LIMITS: '0', SMTP_URL: smtp.url, MAINTENANCE_INTERVAL_MS: '50' }
      const load: Load = {
        acknowledged: [],
        unanswered: [],
        unexpected: [],
        sent: new Map(),
        answered: () => {},
      }
      let previous: Acknowledged[] = []
      let checked = 0
      let mail = { checked: 0, repeats: 0 }
      const startTimes: number[] = []
      const began = performance.now()

      for (let run = 0; run <= RUNS; run += 1) {
        const starting = performance.now()
        const server = await startNodeServer({ dataDir, env })
        current = server
        startTimes.push(performance.now() - starting)
        expect(loggedPragmas(server.output())).toEqual(DURABILITY_PRAGMAS)
        const { client: connection, db } = await openFileDatabase(`file:${join(dataDir, 'comisaria.db')}`)
        expect(await readPragmas(connection)).toEqual(DURABILITY_PRAGMAS)
        expect((await connection.execute('PRAGMA integrity_check')).rows.map((row) => row[0])).toEqual(['ok'])

        if (run === 0) {
          citizenCookie = cookieOf(await signedInCitizenAt(server.url, db))
        }
        const before = await rowCounts(db)
        const replayed = run === RUNS ? load.acknowledged : previous
        await replay(server.url, replayed)
        expect(await rowCounts(db)).toEqual(before)
        const retried = await retryUnanswered(server.url, load.unanswered)
        load.acknowledged.push(...retried)
        checked += await checkRows(db, load.acknowledged, load.sent)
        if (run === RUNS) {
          const draining = performance.now()
          mail = await checkMail(db, smtp.received)
          console.log(
            `final run: every e-mail out ${Math.round(performance.now() - draining)} ms after the checks`,
          )
          await connection.close()
          expect(await server.stop('SIGTERM')).toBe(0)
          break
        }
        await connection.close()

        const acknowledgedBefore = load.acknowledged.length
        load.unanswered = []
        if (run === 0) {
          // The people exist before the first kill, so that registering them again is quick mail.
          await Promise.all(
            Array.from({ length: REGISTRATION_CLIENTS }, (_, i) => submit(server.url, registration(i), load)),
          )
          expect(load.acknowledged).toHaveLength(REGISTRATION_CLIENTS)
        }
        const flowing = new Promise<void>((resolve) => {
          load.answered = resolve
        })
        const clients = [
          ...Array.from({ length: CONDOLENCE_CLIENTS }, () => client(server.url, condolence, load)),
          ...Array.from({ length: REGISTRATION_CLIENTS }, (_, i) =>
            client(server.url, () => registration(i), load),
          ),
        ]
        const killAfter = KILL_AFTER_MS.min + random() * (KILL_AFTER_MS.max - KILL_AFTER_MS.min)
        await Promise.race([flowing, Promise.all(clients)])
        await new Promise((resolve) => setTimeout(resolve, killAfter))
        await server.stop('SIGKILL')
        await Promise.all(clients)
        expect(load.unexpected).toEqual([])
        previous = [...retried, ...load.acknowledged.slice(acknowledgedBefore)]
        console.log(
          `run ${run + 1}: started in ${Math.round(startTimes.at(-1) ?? 0)} ms, killed ${Math.round(killAfter)} ms into the load ` +
            `with ${previous.length - retried.length} acknowledged and ${load.unanswered.length} unanswered`,
        )
      }

      const mean = startTimes.reduce((a, b) => a + b, 0) / startTimes.length
      const registered = load.acknowledged.filter((a) => a.path === '/api/auth/register').length
      console.log(
        `crash test: ${RUNS} kills and restarts, ${load.acknowledged.length} acknowledged requests ` +
          `(${registered} registrations), ${checked} acknowledged rows checked, ${mail.checked} e-mails checked ` +
          `(${mail.repeats} deliveries repeated); start-up ${Math.round(mean)} ms on average, ` +
          `${Math.round((performance.now() - began) / 1000)} s in all`,
      )
    },
    Math.max(300_000, RUNS * 30_000),
  ) // a hang guard, longer for the proof's 20 kills
})
