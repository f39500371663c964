import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import Database from 'libsql'
import { startNodeServer } from '../../tests/support/node-server.ts'
import { NODE_ADMISSION } from '../../worker/adapters/admission.ts'
import { FLOOR_BODY, startFloor } from './floor.ts'
import { type OpenLoopRequest, openLoop } from './open-loop.ts'
import { constanciaRequest, seedCitizens } from './seed-citizens.ts'

const seconds = Number(process.env.BENCH_SPIKE_SECONDS ?? 5)
/** The real service's worst day: near two million permits (REFERENCES.md). */
const WORST_DAY = 2_000_000

interface Step {
  name: string
  submissions: number
  reads: number
  p50: number
  p99: number
  max: number
  shed: number
  errors: number
  /** CPU µs per answered request: the server's event loop, its other threads, the load generator. */
  cpu?: { loop: number; threads: number; generator: number }
}

/** CPU ms a process has used: its main thread, and all its threads (Linux /proc; zeros elsewhere). */
function processCpu(pid: number | undefined): { main: number; all: number } {
  const ms = (path: string) => {
    const stat = readFileSync(path, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10 // utime + stime, in 1/100 s
  }
  try {
    return { main: ms(`/proc/${pid}/task/${pid}/stat`), all: ms(`/proc/${pid}/stat`) }
  } catch {
    return { main: 0, all: 0 }
  }
}

/**
 * Runs a load against the server process `pid` and gives the CPU each answered request cost:
 * the server's event loop, its other threads (writer, GC), this process (the load generator).
 */
async function measured<T>(
  pid: number | undefined,
  load: () => Promise<T>,
  answered: (result: T) => number,
): Promise<{ result: T; cpu: NonNullable<Step['cpu']> }> {
  const server0 = processCpu(pid)
  const generator0 = process.cpuUsage()
  const result = await load()
  const server1 = processCpu(pid)
  const generator = process.cpuUsage(generator0)
  const n = Math.max(1, answered(result))
  const loop = server1.main - server0.main
  return {
    result,
    cpu: {
      loop: (loop * 1000) / n,
      threads: ((server1.all - server0.all - loop) * 1000) / n,
      generator: (generator.user + generator.system) / n,
    },
  }
}

const FLOOR_NAMES = {
  single: 'raw floor: node:http, one commit per request',
  group: 'raw floor: node:http, group-committed',
  hono: 'stack floor: Hono on @hono/node-server, group-committed',
}

async function floor(mode: keyof typeof FLOOR_NAMES): Promise<Step> {
  const server = await startFloor(mode)
  const { result, cpu } = await measured(
    server.pid,
    () =>
      autocannon({
        url: server.url,
        connections: 64,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: FLOOR_BODY,
      }),
    (r) => r['2xx'],
  )
  server.stop()
  return {
    name: `${FLOOR_NAMES[mode]} (64 conn.)`,
    submissions: result['2xx'] / seconds,
    reads: 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    shed: 0,
    errors: result.errors + result.timeouts + result.non2xx,
    cpu,
  }
}

export async function spike(): Promise<void> {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const eleccionId = `demo-${today}`
  // Admission control as the embedded default sets it (the test helper turns lag shedding off).
  const server = await startNodeServer({ env: { DEMO_DATA: '1', RATE_LIMITS: '0', ...NODE_ADMISSION } })
  const citizens = await seedCitizens(join(server.dataDir, 'comisaria.db'), eleccionId, 150_000)
  const codes: string[] = []
  let next = 0
  let sent = 0

  /**
   * The i-th request: four citizens submitting for one verification read. Each submission as the
   * PWA's outbox sends it: the citizen's own session, a fresh Idempotency-Key.
   */
  function mix(i: number): OpenLoopRequest {
    if (i % 5 === 4 && codes.length > 0) {
      return { method: 'GET', path: `/api/verificar/${codes[i % codes.length]}`, headers: {} }
    }
    return constanciaRequest(server.url, citizens[next++ % citizens.length], eleccionId)
  }

  async function step(name: string, options: Partial<autocannon.Options>): Promise<Step> {
    let submissions = 0
    let reads = 0
    let shed = 0
    const load = () =>
      autocannon({
        url: server.url,
        duration: seconds,
        ...options,
        requests: [
          {
            setupRequest: (request) => ({ ...request, ...mix(sent++) }) as autocannon.Request,
            onResponse: (status, responseBody, context) => {
              void context
              if (status === 503) shed += 1
              if (status === 201) {
                submissions += 1
                if (codes.length < 50_000) codes.push((JSON.parse(responseBody) as { code: string }).code)
              } else if (status === 200) reads += 1
            },
          },
        ],
      })
    const { result, cpu } = await measured(server.process.pid, load, () => submissions + reads + shed)
    return {
      name,
      submissions: submissions / seconds,
      reads: reads / seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      shed,
      errors: result.errors + result.timeouts,
      cpu,
    }
  }

  /** Open loop at a fixed rate, spread evenly, with the same 4:1 mix (scripts/bench/open-loop.ts). */
  async function overload(rate: number): Promise<Step> {
    const result = await openLoop(server.url, rate, seconds, (i) => mix(sent + i))
    sent += result.sent
    return {
      name: `overload: ${rate} req/s offered (2× capacity), open loop`,
      submissions: (result.statuses[201] ?? 0) / seconds,
      reads: (result.statuses[200] ?? 0) / seconds,
      p50: result.p50,
      p99: result.p99,
      max: result.max,
      shed: result.statuses[503] ?? 0,
      errors: result.errors,
    }
  }

  const steps: Step[] = []
  for (const connections of [4, 8, 16, 32, 64, 128]) {
    steps.push(await step(`ramp: ${connections} connections`, { connections }))
  }
  // Capacity: the best step whose p99 stayed under 50 ms (else the best step at all).
  const fast = steps.filter((s) => s.p99 < 50)
  const best = (fast.length > 0 ? fast : steps).reduce((a, b) =>
    a.submissions + a.reads >= b.submissions + b.reads ? a : b,
  )
  const capacity = Math.round(best.submissions + best.reads)
  steps.push(await overload(2 * capacity))
  // Each submission writes an e-mail; the outbox must keep up, not pile them up for later.
  const file = new Database(join(server.dataDir, 'comisaria.db'), { readonly: true })
  const mail = file.prepare('select count(*) as written, count(sent_at) as sent from outbox').get() as {
    written: number
    sent: number
  }
  file.close()
  await server.stop()
  steps.push(await floor('single'))
  steps.push(await floor('group'))
  const groupFloor = steps.at(-1)?.submissions ?? 0
  steps.push(await floor('hono'))

  console.log(
    `\nElection-day spike: ${seconds} s per step, loopback, this machine (2 cores, load generator included)\n`,
  )
  console.table(
    steps.map((s) => ({
      step: s.name,
      'submissions/s': Math.round(s.submissions),
      'reads/s': Math.round(s.reads),
      'p50 ms': s.p50,
      'p99 ms': s.p99,
      'max ms': s.max,
      'shed (503)': s.shed,
      errors: s.errors,
      'CPU µs/req: loop': s.cpu ? Math.round(s.cpu.loop) : '',
      'other threads': s.cpu ? Math.round(s.cpu.threads) : '',
      generator: s.cpu ? Math.round(s.cpu.generator) : '',
    })),
  )
  console.log(
    `capacity (p99 < 50 ms where reached): ${Math.round(best.submissions)} durable submissions/s + ${Math.round(best.reads)} reads/s, p99 ${best.p99} ms`,
  )
  console.log(`submissions / group-committed floor: ${((best.submissions / groupFloor) * 100).toFixed(0)} %`)
  if (best.cpu) {
    // Whatever runs where, every request costs this much CPU on this machine, generator included.
    const perRequest = best.cpu.loop + best.cpu.threads + best.cpu.generator
    console.log(
      `CPU per request at capacity: ${Math.round(best.cpu.loop)} µs event loop + ${Math.round(best.cpu.threads)} µs other server threads (writer, GC) + ${Math.round(best.cpu.generator)} µs load generator = ${Math.round(perRequest)} µs; ${availableParallelism()} cores allow at most ${Math.round((availableParallelism() * 1e6) / perRequest)} requests/s at that cost, however the work is spread`,
    )
  }
  console.log(
    `e-mail during the run: ${mail.written} written, ${mail.sent} delivered (${mail.written - mail.sent} still queued when the load stopped)`,
  )
  console.log(
    `one machine at that rate for 24 h (its e-mail queued behind the peak, see above): ${Math.round(best.submissions * 86_400).toLocaleString('en')} submissions a day = ${((best.submissions * 86_400) / WORST_DAY).toFixed(1)} of the real service's worst days (${WORST_DAY.toLocaleString('en')})`,
  )
}
