/**
 * `npm run bench -- edge`: election constancias submitted to the Workers bundle in workerd
 * (miniflare: one process, the isolate and the submission shards of wrangler.toml) against the
 * Turso stand-in on a libSQL file, with a latency added to every round trip and a wait to every
 * commit — commits queued behind each other, as behind Turso's one writer — at rising
 * concurrency; then the Node path, on its own file, in the same run.
 *
 * What a local run can tell: how many round trips a submission makes and which wait on what, how
 * the shards batch commits as they slow, whether anything fails or piles up, and how each path
 * behaves as the waits grow. What it cannot: Cloudflare's latencies between a Worker, its shards
 * and Turso, how many isolates and objects production spreads the load over (here one workerd
 * process on two cores also runs the stand-in and the load generator), Turso's real commit times.
 */
import { join } from 'node:path'
import autocannon from 'autocannon'
import type { Miniflare } from 'miniflare'
import { localDate } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { startEdge } from '../../tests/support/edge.ts'
import { freePort, startNodeServer } from '../../tests/support/node-server.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { SHARDS } from '../../worker/shards/protocol.ts'
import { type BenchCitizen, constanciaRequest, seedCitizens } from './seed-citizens.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const CONCURRENCY = [8, 32, 64]
/** A round trip's added latency and a commit's wait, in ms: none, a Turso in the region, one in the US. */
const CONDITIONS = [
  { latency: 0, commitWait: 0 },
  { latency: 20, commitWait: 25 },
  { latency: 120, commitWait: 100 },
]
/** Every submission is a citizen's first of the election: enough citizens for every step. */
const CITIZENS = 30_000

interface Row {
  path: string
  'latency ms': number
  'commit wait ms': number
  connections: number
  'submissions/s': number
  'p50 ms': number
  'p99 ms': number
  'failed or non-2xx': number
  'reads/submission': string
  commits: number
  'submissions/commit': string
  'kept at end': number | string
  'drained in s': string
}

function submit(url: string, citizens: BenchCitizen[], next: { i: number }, eleccionId: string) {
  return {
    url: `${url}/api/constancias-voto`,
    requests: [
      {
        method: 'POST' as const,
        setupRequest: (request: autocannon.Request) => {
          // Without its Idempotency-Key: the figures of decision 0023 were taken so.
          const { headers, body } = constanciaRequest(url, citizens[next.i++ % citizens.length], eleccionId)
          const { 'idempotency-key': _, ...unkeyed } = headers
          return { ...request, headers: unkeyed, body }
        },
      },
    ],
  }
}

/** What the shards keep for Turso right now. */
async function kept(mf: Miniflare): Promise<number> {
  const shards = await mf.getDurableObjectNamespace('SHARDS', 'portal')
  let depth = 0
  for (let shard = 0; shard < SHARDS; shard += 1) {
    depth += await (
      shards.get(shards.idFromName(String(shard))) as unknown as { depth(): Promise<number> }
    ).depth()
  }
  return depth
}

/**
 * How long the shards take, by their own alarms, to commit what they keep (ms): a backlog a
 * step left behind clears before the next step starts.
 */
async function drained(mf: Miniflare): Promise<number> {
  const started = performance.now()
  while ((await kept(mf)) > 0) await new Promise((resolve) => setTimeout(resolve, 200))
  return performance.now() - started
}

async function load(options: autocannon.Options) {
  const result = await autocannon({ duration: seconds, ...options })
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    done: result.requests.total - result.non2xx,
  }
}

async function edgeRows(eleccionId: string): Promise<Row[]> {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  let citizens: BenchCitizen[] = []
  const edge = await startEdge({
    port,
    bindings: { PUBLIC_URL: origin },
    prepare: async (stand) => {
      const { client, db } = await openFileDatabase(`file:${stand.path}`)
      await prepareDatabase(db, { now: new Date(), demo: true })
      await client.close()
      citizens = await seedCitizens(stand.path, eleccionId, CITIZENS)
    },
  })
  // What reaches Turso, by who sent it: a submission's reads, the shards' commits, and the mail
  // queue's consumer (its reads and marks of the outbox), which is not the submissions' cost.
  const seen = { reads: 0, flushes: 0, mail: 0 }
  edge.turso.observe = (statements, wrote) => {
    if (statements.some((sql) => sql.includes('edge_commits'))) seen.flushes += 1
    else if (statements.some((sql) => /\boutbox\b/.test(sql))) seen.mail += 1
    else if (!wrote) seen.reads += 1
  }
  const rows: Row[] = []
  const next = { i: 0 }
  for (const { latency, commitWait } of CONDITIONS) {
    edge.turso.latencyMs = latency
    edge.turso.commitWaitMs = commitWait
    for (const connections of CONCURRENCY) {
      const before = { ...seen, sent: next.i }
      const figures = await load({ ...submit(origin, citizens, next, eleccionId), connections })
      // Per request sent: those still in flight when the step ends have read already.
      const sent = next.i - before.sent
      const keptAtEnd = await kept(edge.mf)
      const commits = seen.flushes - before.flushes
      const reads = seen.reads - before.reads
      rows.push({
        path: 'edge',
        'latency ms': latency,
        'commit wait ms': commitWait,
        connections,
        'submissions/s': figures.rps,
        'p50 ms': figures.p50,
        'p99 ms': figures.p99,
        'failed or non-2xx': figures.failed,
        'reads/submission': (reads / Math.max(1, sent)).toFixed(2),
        commits,
        'submissions/commit': ((figures.done - keptAtEnd) / Math.max(1, commits)).toFixed(1),
        'kept at end': keptAtEnd,
        'drained in s': ((await drained(edge.mf)) / 1000).toFixed(1),
      })
    }
  }
  await edge.close()
  return rows
}

async function nodeRows(eleccionId: string): Promise<Row[]> {
  const server = await startNodeServer({ env: { DEMO_DATA: '1', RATE_LIMITS: '0' } })
  const citizens = await seedCitizens(join(server.dataDir, 'comisaria.db'), eleccionId, CITIZENS)
  const rows: Row[] = []
  const next = { i: 0 }
  for (const connections of CONCURRENCY) {
    const figures = await load({ ...submit(server.url, citizens, next, eleccionId), connections })
    rows.push({
      path: 'node (file, group commit)',
      'latency ms': 0,
      'commit wait ms': 0,
      connections,
      'submissions/s': figures.rps,
      'p50 ms': figures.p50,
      'p99 ms': figures.p99,
      'failed or non-2xx': figures.failed,
      'reads/submission': 'local',
      commits: 0,
      'submissions/commit': 'group',
      'kept at end': '—',
      'drained in s': '—',
    })
  }
  await server.stop()
  return rows
}

/** Runs both paths and prints one table. */
export async function edgeBench(): Promise<void> {
  const eleccionId = `demo-${localDate(new Date())}`
  const rows = [...(await edgeRows(eleccionId)), ...(await nodeRows(eleccionId))]
  console.log(
    `\nEdge: election constancias, ${seconds} s a row, the Worker and its shards in workerd, the Turso stand-in with added waits; Node beside it`,
  )
  console.table(rows)
}
