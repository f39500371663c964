import { join } from 'node:path'
import autocannon from 'autocannon'
import Database from 'libsql'
import { localDate, localDayWindow } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { startNodeServer } from '../../tests/support/node-server.ts'
import { NODE_ADMISSION } from '../../worker/adapters/admission.ts'
import { leerCifras } from '../../worker/cifras/leer.ts'
import { rebuildCifras } from '../../worker/cifras/recuento.ts'
import { constanciaRequest, seedCitizens, seedOfficer } from './seed-citizens.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
/** The real service's volumes (issue 24): a 2-million-permit day, as many before, the 2025 election. */
const PEAK = { today: 2_000_000, before: 2_000_000, constancias: 495_010 }
const SIZES = [
  { name: '10,000', today: 10_000, before: 10_000, constancias: 10_000 },
  { name: '100,000', today: 100_000, before: 100_000, constancias: 100_000 },
  { name: '1,000,000', today: 1_000_000, before: 1_000_000, constancias: 495_010 },
  { name: 'peak (2M + 2M + 495,010)', ...PEAK },
]

/**
 * Permits and constancias written straight into a prepared database, in one transaction a chunk:
 * spread over the day's hours and the comunas, the earlier ones over the 30 days before.
 */
function seed(file: string, size: (typeof SIZES)[number], day: string, eleccionId: string): void {
  const db = new Database(file)
  db.exec('PRAGMA synchronous = OFF')
  const comunas = (db.prepare('select cut from comunas').all() as { cut: string }[]).map((r) => r.cut)
  const { start } = localDayWindow(day)
  const permit = db.prepare(
    `insert into permisos (id, code, run, nombres, apellidos, tipo_id, comuna_cut, destino, campos, inicio, fin, semana, cupo, ordinal, token, created_at)
     values (?, ?, ?, 'Bench', 'Bench', 'compras', ?, 'Destino', '{}', ?, ?, ?, 2, 1, '', ?)`,
  )
  const constancia = db.prepare(
    `insert into constancias_voto (id, code, eleccion_id, run, nombres, apellidos, fecha_nacimiento, email, telefono, comuna_votacion_cut, canal, estado, declaracion_at, created_at, resolved_at)
     values (?, ?, ?, ?, 'Bench', 'Bench', '1980-01-01', 'b@example.cl', '+56912345678', ?, 'online', ?, ?, ?, ?)`,
  )
  const chunk = (total: number, write: (i: number) => void) => {
    for (let from = 0; from < total; from += 50_000) {
      db.exec('begin')
      for (let i = from; i < Math.min(total, from + 50_000); i += 1) write(i)
      db.exec('commit')
    }
  }
  const DAY_MS = 86_400_000
  chunk(size.today + size.before, (i) => {
    const at =
      i < size.today
        ? start.getTime() + (i % DAY_MS)
        : start.getTime() - (1 + (i % 30)) * DAY_MS + (i % DAY_MS)
    // One week's quota key per row: the week is unique per row, as the bench has no real people.
    permit.run(`p${i}`, `P${i}`, `b-${i}`, comunas[i % comunas.length], at, at + 3_600_000, `w${i}`, at)
  })
  chunk(size.constancias, (i) => {
    const at = start.getTime() + (i % DAY_MS)
    const estado = i % 3 === 0 ? 'validada' : i % 7 === 0 ? 'rechazada' : 'pendiente'
    constancia.run(
      `c${i}`,
      `C${i}`,
      eleccionId,
      `b-${i}`,
      comunas[i % comunas.length],
      estado,
      at,
      at,
      estado === 'pendiente' ? null : at + 60_000,
    )
  })
  db.close()
}

interface Row {
  size: string
  route: string
  p50: number
  p99: number
  rps: number
  rows: number
  scanMs: number
}

/** The rows a refresh reads: the rollup rows it selects (index ranges) and the names it joins. */
async function rowsPerRefresh(file: string, day: string, eleccionId: string) {
  const { client, db } = await openFileDatabase(`file:${file}`)
  const { start, end } = localDayWindow(day)
  const permits = await leerCifras(db, 'permisos', {
    desde: start,
    hasta: end,
    periodoComuna: start.getTime(),
  })
  const votes = await leerCifras(db, 'constancias_voto', {
    ambito: eleccionId,
    desde: start,
    hasta: end,
    periodoComuna: 0,
  })
  // What the figures cost before the rollups: the day's permits grouped by comuna, a full range scan.
  const before = performance.now()
  await client.execute({
    sql: 'select comuna_cut, count(*) from permisos where created_at between ? and ? group by comuna_cut',
    args: [start.getTime(), end.getTime()],
  })
  const scanMs = performance.now() - before
  client.close()
  return {
    // The comunas' names are read once per process, not per refresh.
    permisos: permits.porHora.length + permits.porComuna.length,
    constancias: votes.porHora.length + votes.porComuna.length,
    scanMs,
  }
}

async function figuresAtSize(size: (typeof SIZES)[number]): Promise<Row[]> {
  const day = localDate(new Date())
  const eleccionId = `demo-${day}`
  const prepared = await startNodeServer({ env: { DEMO_DATA: '1' } })
  await prepared.stop()
  const file = join(prepared.dataDir, 'comisaria.db')
  const seeding = performance.now()
  seed(file, size, day, eleccionId)
  const { client, db } = await openFileDatabase(`file:${file}`)
  const counted = await rebuildCifras(db)
  client.close()
  console.log(
    `  ${size.name}: seeded and counted (${counted} counters) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  )
  const token = await seedOfficer(file, 'supervisor')
  const server = await startNodeServer({
    dataDir: prepared.dataDir,
    env: { DEMO_DATA: '1', RATE_LIMITS: '0' },
  })
  const read = await rowsPerRefresh(file, day, eleccionId)
  const rows: Row[] = []
  for (const [route, path, n] of [
    ['permits by hour and comuna', `/api/supervisor/permisos/cifras?fecha=${day}`, read.permisos],
    [
      'constancias by hour and region',
      `/api/supervisor/constancias-voto/cifras?eleccion=${eleccionId}`,
      read.constancias,
    ],
  ] as const) {
    const result = await autocannon({
      url: server.url + path,
      // One supervisor refreshing: the latency of a refresh, not a queue of them.
      connections: 1,
      duration: Math.max(3, seconds / 2),
      headers: { cookie: `cv_session=${token}` },
    })
    rows.push({
      size: size.name,
      route,
      p50: result.latency.p50,
      p99: result.latency.p99,
      rps: result.requests.average,
      rows: n,
      scanMs: route.startsWith('permits') ? read.scanMs : Number.NaN,
    })
  }
  await server.stop()
  return rows
}

/** Durable constancia submissions per second on a fresh server, counters on or off. */
async function submissionsPerSecond(mode: 'on' | 'off'): Promise<number> {
  const day = localDate(new Date())
  const server = await startNodeServer({
    env: { DEMO_DATA: '1', RATE_LIMITS: '0', CIFRAS: mode === 'on' ? '1' : '0', ...NODE_ADMISSION },
  })
  const citizens = await seedCitizens(join(server.dataDir, 'comisaria.db'), `demo-${day}`, 60_000)
  let next = 0
  let created = 0
  await autocannon({
    url: server.url,
    connections: 32,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/constancias-voto',
        setupRequest: (request) =>
          ({
            ...request,
            ...constanciaRequest(server.url, citizens[next++ % citizens.length], `demo-${day}`),
          }) as autocannon.Request,
        onResponse: (status) => {
          if (status === 201) created += 1
        },
      },
    ],
  })
  await server.stop()
  return created / seconds
}

/**
 * The counters' cost to the write path: runs alternated on, off, on, off… (a disk's fsync time
 * drifts over minutes on this machine), the median of each.
 */
async function writeCost(): Promise<{ on: number[]; off: number[] }> {
  const runs = { on: [] as number[], off: [] as number[] }
  for (let round = 0; round < 3; round += 1) {
    for (const mode of ['on', 'off'] as const) runs[mode].push(await submissionsPerSecond(mode))
  }
  return runs
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0

/**
 * `npm run bench -- cifras`: the figures routes at 10,000 rows to the real service's peak (p50/p99
 * as a signed-in supervisor, the rows a refresh reads, and what the old scan took), and the
 * write path's submissions/s with the counters on and off.
 */
export async function cifrasBench(): Promise<void> {
  console.log('\n## Figures at national scale (rollups)\n')
  const rows: Row[] = []
  // BENCH_CIFRAS_MAX=100000 stops at that size (a quick run); the closing figures use all four.
  const max = Number(process.env.BENCH_CIFRAS_MAX ?? Number.POSITIVE_INFINITY)
  for (const size of SIZES.filter((s) => s.today <= max)) rows.push(...(await figuresAtSize(size)))
  console.log(
    '\n| rows seeded | figures route | p50 ms | p99 ms | req/s | rows read per refresh | old scan, permits by comuna (ms) |',
  )
  console.log('|---|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.route} | ${r.p50} | ${r.p99} | ${Math.round(r.rps)} | ${r.rows} | ${Number.isNaN(r.scanMs) ? '—' : r.scanMs.toFixed(0)} |`,
    )
  }
  const cost = await writeCost()
  const on = median(cost.on)
  const off = median(cost.off)
  console.log(
    `\nDurable constancia submissions/s (32 connections, ${seconds} s a run, 3 runs each, alternated): counters on ${cost.on.map((n) => n.toFixed(0)).join(' / ')} (median ${on.toFixed(0)}), off ${cost.off.map((n) => n.toFixed(0)).join(' / ')} (median ${off.toFixed(0)}): the counters cost ${(((off - on) / off) * 100).toFixed(1)} %`,
  )
}
