import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkDigit } from '../../core/run.ts'
import { outbox } from '../../db/schema/index.ts'
import { type Edge, startEdge } from '../../tests/support/edge.ts'
import { enqueueMail } from '../../worker/mail/outbox.ts'

/**
 * `npm run bench -- edge-mail`: the Workers bundle in workerd (miniflare), as tests/support/edge.ts
 * runs it. Prints (1) what a login attempt and a password reset send to Turso — round trips and
 * statements, reads and writes — now that rate limits write nothing there, and (2) how fast the
 * mail queue drains 1,000 resets' e-mail, with the mail API answering at once and in 100 ms.
 * miniflare runs one consumer batch at a time; Cloudflare runs up to 250 (decision 0022).
 */

const RESETS = Number(process.env.BENCH_EDGE_RESETS ?? 1_000)
/** Requests at once: @libsql/client holds 20 statements at a time per isolate (tests/integration/edge-mail.test.ts). */
const IN_FLIGHT = 10
const PROBES = 20
const OPEN = { namespace_id: '1', simple: { limit: 1_000_000, period: 60 as const } }

interface Traffic {
  pipelines: number
  reads: number
  writes: number
}

type HranaRequest = {
  type: string
  sql?: string
  sql_id?: number
  stmt?: { sql?: string; sql_id?: number }
  batch?: { steps: { stmt: { sql?: string; sql_id?: number } }[] }
}

/**
 * A proxy before the Hrana server that counts what goes through it: round trips (pipelines) and
 * statements, reads and writes, apart for requests and for the mail queue's consumer (its reads
 * and updates of the outbox).
 */
async function countingProxy() {
  const requests: Traffic = { pipelines: 0, reads: 0, writes: 0 }
  const consumer: Traffic = { pipelines: 0, reads: 0, writes: 0 }
  let target = ''
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', async () => {
      const body = Buffer.concat(chunks)
      const pipeline = JSON.parse(body.toString('utf8')) as { requests: HranaRequest[] }
      const stored = new Map<number, string>()
      const statements: string[] = []
      for (const request of pipeline.requests) {
        if (request.type === 'store_sql' && request.sql_id !== undefined)
          stored.set(request.sql_id, request.sql ?? '')
        const stmts =
          request.type === 'execute' && request.stmt
            ? [request.stmt]
            : (request.batch?.steps ?? []).map((step) => step.stmt)
        for (const stmt of stmts) statements.push(stmt.sql ?? stored.get(stmt.sql_id ?? -1) ?? '')
      }
      const work = statements.filter((sql) => !/^(begin|commit|rollback)\b/i.test(sql.trim()))
      const traffic = work.some((sql) => /^(select .* from "outbox"|update "outbox")/i.test(sql))
        ? consumer
        : requests
      traffic.pipelines += 1
      for (const sql of work) {
        if (/^\s*(insert|update|delete|replace)\b/i.test(sql)) traffic.writes += 1
        else traffic.reads += 1
      }
      const answer = await fetch(`${target}${req.url}`, {
        method: req.method,
        body,
        headers: { 'content-type': 'application/json' },
      })
      res
        .writeHead(answer.status, { 'content-type': 'application/json' })
        .end(Buffer.from(await answer.arrayBuffer()))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    requests,
    consumer,
    front: (url: string) => {
      target = url
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

const post = (edge: Edge, path: string, body: unknown) =>
  edge.mf.dispatchFetch(`http://localhost${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

/** Turso traffic per request of each kind, averaged over PROBES requests sent one after the other. */
async function trafficPerRequest() {
  const proxy = await countingProxy()
  const edge = await startEdge({
    script: process.env.BENCH_EDGE_BUNDLE,
    tursoUrl: proxy.front,
    ratelimits: { LOGIN_CLIENT_LIMIT: OPEN, RESET_CLIENT_LIMIT: OPEN },
  })
  await (await edge.mf.dispatchFetch('http://localhost/api/health')).arrayBuffer()
  const rows = []
  const run = (i: number) => `${30_000_000 + i}-${checkDigit(30_000_000 + i)}`
  const probes: [string, (i: number) => ReturnType<typeof post>][] = [
    [
      'POST /api/auth/login (no such RUN)',
      (i) => post(edge, '/api/auth/login', { run: run(i), password: 'no es la clave 1234' }),
    ],
    [
      'POST /api/auth/password-reset',
      (i) => post(edge, '/api/auth/password-reset', { email: `sonda${i}@example.cl` }),
    ],
  ]
  for (const [name, send] of probes) {
    const before = { requests: { ...proxy.requests }, consumer: { ...proxy.consumer } }
    const statuses = new Set<number>()
    for (let i = 0; i < PROBES; i++) {
      const response = await send(i)
      statuses.add(response.status)
      await response.arrayBuffer()
    }
    // The e-mail of the last ones: its consumer's batch may still be on its way.
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const per = (side: 'requests' | 'consumer', key: keyof Traffic) =>
      (proxy[side][key] - before[side][key]) / PROBES
    rows.push({
      request: name,
      answers: [...statuses].join(' '),
      'round trips': per('requests', 'pipelines'),
      reads: per('requests', 'reads'),
      writes: per('requests', 'writes'),
      'mail consumer: round trips': per('consumer', 'pipelines'),
      'its writes': per('consumer', 'writes'),
    })
  }
  await edge.close()
  await proxy.close()
  return rows
}

const seconds = (ms: number) => Math.round(ms) / 1000

async function allSent(edge: Edge, count: number) {
  while (edge.api.calls.filter((call) => call.accepted).length < count) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Submits RESETS password resets, IN_FLIGHT at a time, and times the submissions and their e-mail. */
async function submissions() {
  const edge = await startEdge({ ratelimits: { RESET_CLIENT_LIMIT: OPEN } })
  await (await edge.mf.dispatchFetch('http://localhost/api/health')).arrayBuffer()
  const started = performance.now()
  for (let i = 0; i < RESETS; i += IN_FLIGHT) {
    const answers = await Promise.all(
      Array.from({ length: Math.min(IN_FLIGHT, RESETS - i) }, (_, j) =>
        post(edge, '/api/auth/password-reset', { email: `persona${i + j}@example.cl` }),
      ),
    )
    for (const answer of answers) await answer.arrayBuffer()
  }
  const submitted = performance.now()
  const sentMeanwhile = edge.api.calls.length
  await allSent(edge, RESETS)
  const done = performance.now()
  const written = (await edge.db.select({ id: outbox.id }).from(outbox)).length
  await edge.close()
  return {
    resets: RESETS,
    'outbox rows': written,
    'submissions/s': Math.round(RESETS / ((submitted - started) / 1000)),
    'sent while submitting': sentMeanwhile,
    'the rest sent within (s)': seconds(done - submitted),
  }
}

/**
 * The consumer alone: RESETS rows written as if their hand-off had been lost, queued by one cron
 * sweep, drained by the consumer; the mail API answering after `latencyMs`.
 */
async function consumerDrain(latencyMs: number) {
  const edge = await startEdge({ mailApi: { latencyMs } })
  const long = new Date(Date.now() - 10 * 60_000)
  const rows = Array.from({ length: RESETS }, (_, i) =>
    enqueueMail(long, 'comisaria.test', { to: `cola${i}@example.cl`, subject: 'Cola', text: 'Texto' }),
  )
  await edge.db.$client.batch(rows)
  const worker = await edge.mf.getWorker('portal')
  const started = performance.now()
  await worker.scheduled({ cron: '* * * * *' })
  await allSent(edge, RESETS)
  const done = performance.now()
  await edge.close()
  return {
    'mail API': `${latencyMs} ms a call`,
    'e-mails': RESETS,
    'drained in (s)': seconds(done - started),
    'e-mails/s (one consumer at a time)': Math.round(RESETS / ((done - started) / 1000)),
  }
}

/**
 * The `edge` section of `npm run bench`.
 *
 * @example
 * await edgeBench()
 */
export async function edgeMail(): Promise<void> {
  console.log('\nTurso traffic per request at the edge (miniflare, one request at a time):')
  console.table(await trafficPerRequest())
  console.log(`\nPassword resets at the edge, ${IN_FLIGHT} at a time, and their e-mail (miniflare):`)
  console.table([await submissions()])
  console.log('\nThe mail queue’s consumer alone (miniflare: one batch at a time; Cloudflare: up to 250):')
  console.table([await consumerDrain(0), await consumerDrain(100)])
}
