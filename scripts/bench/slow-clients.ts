import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { startNodeServer } from '../../tests/support/node-server.ts'
import { type SlowAttack, slowAttack, standInPwa } from '../../tests/support/slow-clients.ts'
import { NODE_ADMISSION } from '../../worker/adapters/admission.ts'
import { NODE_CONNECTION_CAP } from '../../worker/adapters/connection-cap.ts'
import { condolenciaRequests, seedCitizens } from './seed-citizens.ts'

const seconds = Number(process.env.BENCH_SLOW_SECONDS ?? 5)
/** Slow sockets of each kind; spread over addresses so that each stays under the per-address cap. */
const sockets = Number(process.env.BENCH_SLOW_SOCKETS ?? 500)
const PER_ADDRESS = 32
/** Probers: a handful of citizens at once, from 127.0.0.1, apart from the attack's addresses. */
const PROBERS = 8

interface Probe {
  name: string
  options: autocannon.Options
}

interface Figures {
  rps: number
  p50: number
  p99: number
  /** Answers other than the probe's usual one, and failed requests. */
  wrong: number
}

async function measure(probe: Probe, duration = seconds): Promise<Figures> {
  const result = await autocannon({ connections: PROBERS, duration, ...probe.options })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    wrong: result.non2xx + result.errors + result.timeouts,
  }
}

/** A process's resident memory in MB (Linux /proc; 0 elsewhere). */
function residentMb(pid: number | undefined): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return Number(kb ?? 0) / 1024
  } catch {
    return 0
  }
}

/**
 * `npm run bench -- slow`: the API, a page and a write measured with no attack, then again while
 * slow clients (sockets dribbling headers, sockets holding half a body, each replaced as soon as
 * the server's deadlines end it) hold a thousand sockets open, on the embedded default's settings.
 */
export async function slowClients(): Promise<void> {
  const webRoot = existsSync('dist/index.html') ? 'dist' : standInPwa()
  const server = await startNodeServer({
    env: { ...NODE_ADMISSION, ...NODE_CONNECTION_CAP, WEB_ROOT: webRoot, DEMO_DATA: '1' },
  })
  // Condolences are written by signed-in citizens (decision 0065): 200 of them, seeded with sessions.
  const day = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Santiago' })
  const writers = await seedCitizens(join(server.dataDir, 'comisaria.db'), `demo-${day}`, 200)
  const probes: Probe[] = [
    { name: 'GET /api/health', options: { url: `${server.url}/api/health` } },
    {
      name: `GET / (${webRoot === 'dist' ? 'the built PWA' : 'a stand-in page'})`,
      options: { url: `${server.url}/` },
    },
    {
      name: 'POST /api/condolencias (signed in, durable)',
      options: { url: `${server.url}/api/condolencias`, requests: condolenciaRequests(server.url, writers) },
    },
  ]
  // A second of each first, so that the first row does not pay for the server's warm-up alone.
  for (const probe of probes) await measure(probe, 1)
  const runProbes = async () => {
    const figures: Figures[] = []
    for (const probe of probes) figures.push(await measure(probe))
    return figures
  }
  const before = await runProbes()
  const calmMb = residentMb(server.process.pid)
  const addresses = Array.from(
    { length: Math.ceil((2 * sockets) / PER_ADDRESS) },
    (_, i) => `127.0.${2 + Math.floor(i / 250)}.${1 + (i % 250)}`,
  )
  const attack: SlowAttack = await slowAttack(server.url, {
    dribbling: sockets,
    partialBodies: sockets,
    addresses,
  })
  const held = attack.open()
  const attacked = await runProbes()
  const stillHeld = attack.open()
  const attackedMb = residentMb(server.process.pid)
  attack.stop()
  // Measured again with no attack: how far apart two calm runs are on this machine.
  const after = await runProbes()
  await server.stop()

  console.log(
    `\nSlow clients: ${seconds} s per row, ${PROBERS} probing connections; the attack: ${sockets} sockets dribbling headers + ${sockets} holding half a body, from ${addresses.length} addresses, replaced as they are closed\n`,
  )
  const phases = [
    ['no attack (before)', before],
    ['under attack', attacked],
    ['no attack (after)', after],
  ] as const
  console.table(
    probes.flatMap((probe, i) =>
      phases.map(([phase, figures]) => ({
        probe: probe.name,
        phase,
        'req/s': Math.round(figures[i]?.rps ?? 0),
        'p50 ms': figures[i]?.p50,
        'p99 ms': figures[i]?.p99,
        'wrong answers': figures[i]?.wrong,
      })),
    ),
  )
  console.log(
    `attack sockets open: ${held} at the start, ${stillHeld} at the end; ended by the server's deadlines meanwhile: ${attack.timedOut.dribbling} dribbling, ${attack.timedOut.partialBodies} half bodies; refused by the per-address cap: ${attack.refused}; answered (should be 0): ${attack.answered}`,
  )
  console.log(
    `server resident memory: ${calmMb.toFixed(0)} MB with no attack, ${attackedMb.toFixed(0)} MB under attack`,
  )
}
