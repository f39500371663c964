/**
 * `npm run bench -- edge-hash`: password hashing in the real Workers bundle, run in workerd through
 * miniflare against the loopback Hrana server (as tests/integration/workerd.test.ts does). One
 * isolate serves every request here, as one Cloudflare isolate serves many at once: while eight
 * citizens register or sign in together, `/api/health` is asked again and again, and its latency
 * says whether hashing stalls the other requests of the isolate. Memory is workerd's resident size
 * (see workerd-memory.ts), a fresh workerd for each row.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { Miniflare } from 'miniflare'
import { checkDigit } from '../../core/run.ts'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { startHranaServer } from '../../tests/support/hrana-server.ts'
import { workerBundle } from '../../tests/support/worker-bundle.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { nodePasswords, scryptPasswords } from '../../worker/identity/password.ts'
import { generateSigningJwk } from '../../worker/keys/signing-keys.ts'
import { seedPasswordCitizens } from './seed-citizens.ts'
import { workerdProcess } from './workerd-memory.ts'

const PASSWORD = 'una clave de prueba bastante larga'
const AT_ONCE = 8
const run = (numero: number) => `${numero}-${checkDigit(numero)}`
const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN

/**
 * Accounts for one row: enough that each login of it (warm-up, five one at a time, eight at once)
 * has its own, for a login re-hashes an older hash.
 */
async function seedAccounts(path: string, first: number, hash: string) {
  const runs = Array.from({ length: 2 * AT_ONCE + 1 }, (_, i) => run(first + i))
  await seedPasswordCitizens(path, runs, hash)
  return runs
}

const workerdOptions = {
  modules: true,
  compatibilityDate: '2026-07-01',
  compatibilityFlags: ['nodejs_compat'],
}

export interface HashRow {
  name: string
  /** One hash alone: the median of five, ms. */
  oneMs: number
  /** Eight at once: until the last, ms. */
  wallMs: number
  /** How late a 1 ms timer ran while the eight ran: the longest the isolate served nothing else. */
  lateMaxMs: number
  lateP50Ms: number
  idleRssMb: number
  peakRssMb: number
}

/**
 * The hashers alone in workerd (edge-hash-probe.ts): node:crypto's scrypt as the edge had it, the
 * same at today's parameters, and the edge's hasher now (yielding, within its memory budget),
 * making today's hashes and checking older ones.
 */
export async function hashAlone(): Promise<HashRow[]> {
  // Within the project: workerd refuses a module path that climbs out of the working directory.
  const script = join('.tmp', 'edge-hash-probe', 'probe.js')
  await build({
    entryPoints: ['scripts/bench/edge-hash-probe.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['node:*'],
    outfile: script,
    logLevel: 'warning',
  })
  const rows: HashRow[] = []
  for (const [name, query] of [
    ['node:crypto, N=2^15 r=8 p=3 (the edge before)', 'hasher=node&logN=15&p=3'],
    ['node:crypto, N=2^13 r=8 p=10', 'hasher=node&logN=13&p=10'],
    ['edge, N=2^13 r=8 p=10 (now)', 'hasher=edge&logN=13&p=10'],
    ['edge, verifying an N=2^15 p=3 hash', 'hasher=edge&logN=15&p=3&verify=1'],
  ] as const) {
    const mf = new Miniflare({ ...workerdOptions, scriptPath: script })
    try {
      const derive = async (n: number) =>
        (await (await mf.dispatchFetch(`http://localhost/?${query}&n=${n}`)).json()) as {
          ms: number
          lateP50: number
          lateMax: number
        }
      await derive(1)
      const one: number[] = []
      for (let i = 0; i < 5; i += 1) one.push((await derive(1)).ms)
      const workerd = workerdProcess()
      const idleRssMb = workerd.rssMb()
      workerd.resetPeak()
      const eight = await derive(AT_ONCE)
      rows.push({
        name,
        oneMs: median(one),
        wallMs: eight.ms,
        lateMaxMs: eight.lateMax,
        lateP50Ms: eight.lateP50,
        idleRssMb,
        peakRssMb: workerd.peakMb(),
      })
    } finally {
      await mf.dispose()
    }
  }
  return rows
}

export interface EdgeRow {
  name: string
  /** One request at a time: the median, ms. */
  oneMs: number
  /** Eight sent at once: until the last answer, ms. */
  wallMs: number
  health: { n: number; p50: number; max: number }
  idleRssMb: number
  peakRssMb: number
}

/** Runs the rows; each in a fresh workerd on one database. */
export async function edgeHash(): Promise<{ idleHealthMs: number; bundleGzip: number; rows: EdgeRow[] }> {
  // wrangler wants the static assets' folder to exist.
  if (!existsSync('dist')) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
    })
  }
  const script = workerBundle({ rebuild: true })
  const bundleGzip = gzipSync(readFileSync(script)).length
  const path = join(mkdtempSync(join(tmpdir(), 'cv-edge-hash-')), 'turso.db')
  const opened = await openFileDatabase(`file:${path}`)
  await migrateDatabase(opened.db)
  await opened.client.close()
  const turso = await startHranaServer(path)
  const bindings = {
    APP_ENV: 'test',
    RATE_LIMITS: '0',
    TURSO_DATABASE_URL: turso.url,
    SIGNING_KEYS: JSON.stringify([await generateSigningJwk('edge-1')]),
    VAULT_KEY: await generateVaultKey(),
    MAIL_API_URL: 'http://127.0.0.1:9/unused',
    MAIL_API_TOKEN: 'unused',
  }
  const current = await seedAccounts(path, 41_000_000, await scryptPasswords.hash(PASSWORD))
  // As a Node deployment stored them before decision 0020.
  const legacy = await seedAccounts(
    path,
    42_000_000,
    await nodePasswords({ N: 2 ** 15, r: 8, p: 3 }).hash(PASSWORD),
  )
  let registered = 43_000_000
  const register = () => {
    registered += 1
    return {
      path: '/api/auth/register',
      status: 202,
      body: {
        run: run(registered),
        nombres: 'Bench',
        apellidos: 'Edge',
        email: `${registered}@bench.example`,
        password: PASSWORD,
      },
    }
  }
  const login = (runs: string[]) => (i: number) => ({
    path: '/api/auth/login',
    status: 200,
    body: { run: runs[i % runs.length], password: PASSWORD },
  })

  let idleHealthMs = Number.NaN
  const rows: EdgeRow[] = []
  const measure = async (
    name: string,
    request: (i: number) => { path: string; status: number; body: unknown },
  ): Promise<EdgeRow> => {
    const mf = new Miniflare({
      ...workerdOptions,
      scriptPath: script,
      bindings,
      r2Buckets: ['FILES'],
      serviceBindings: { ASSETS: () => new Response('static', { status: 200 }) },
    })
    try {
      const send = async (i: number) => {
        const { path, status, body } = request(i)
        const started = performance.now()
        const response = await mf.dispatchFetch(`http://localhost${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost' },
          body: JSON.stringify(body),
        })
        const text = await response.text()
        if (response.status !== status) throw new Error(`${path} answered ${response.status}: ${text}`)
        return performance.now() - started
      }
      const health = async () => {
        const started = performance.now()
        const response = await mf.dispatchFetch('http://localhost/api/health')
        await response.arrayBuffer()
        if (response.status !== 200) throw new Error(`/api/health answered ${response.status}`)
        return performance.now() - started
      }
      // Warm: the app built, the decoy hash made, the code compiled.
      await health()
      await send(2 * AT_ONCE)
      const idle: number[] = []
      for (let i = 0; i < 20; i += 1) idle.push(await health())
      idleHealthMs = median(idle)
      const one: number[] = []
      for (let i = 0; i < 5; i += 1) one.push(await send(AT_ONCE + i))
      const workerd = workerdProcess()
      const idleRssMb = workerd.rssMb()
      workerd.resetPeak()
      let done = false
      const probes: number[] = []
      const probing = (async () => {
        while (!done) {
          probes.push(await health())
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
      })()
      const started = performance.now()
      await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => send(i)))
      const wallMs = performance.now() - started
      done = true
      await probing
      return {
        name,
        oneMs: median(one),
        wallMs,
        health: { n: probes.length, p50: median(probes), max: Math.max(...probes) },
        idleRssMb,
        peakRssMb: workerd.peakMb(),
      }
    } finally {
      await mf.dispose()
    }
  }
  try {
    rows.push(await measure('registration (hash)', register))
    rows.push(await measure('login (verify)', login(current)))
    rows.push(await measure('login, hash of N=2^15 p=3', login(legacy)))
  } finally {
    await turso.close()
  }
  return { idleHealthMs, bundleGzip, rows }
}

/** Prints both tables. */
export function printEdgeHash(alone: HashRow[], figures: Awaited<ReturnType<typeof edgeHash>>) {
  console.log(`\nThe password hash alone in workerd, ${AT_ONCE} at once beside a 1 ms timer`)
  console.table(
    alone.map((row) => ({
      hash: row.name,
      'one, ms': Math.round(row.oneMs),
      [`${AT_ONCE} at once, ms`]: Math.round(row.wallMs),
      'timer late p50 ms': Math.round(row.lateP50Ms),
      'timer late max ms': Math.round(row.lateMaxMs),
      'idle RSS MB': Math.round(row.idleRssMb),
      'peak RSS MB': Math.round(row.peakRssMb),
    })),
  )
  console.log(
    `\nPassword hashing in workerd (the real bundle, ${(figures.bundleGzip / 1000).toFixed(0)} kB gz, one isolate), ` +
      `${AT_ONCE} at once; /api/health idle p50 ${figures.idleHealthMs.toFixed(1)} ms`,
  )
  console.table(
    figures.rows.map((row) => ({
      request: row.name,
      'one at a time, ms': Math.round(row.oneMs),
      [`${AT_ONCE} at once, ms`]: Math.round(row.wallMs),
      'health probes': row.health.n,
      'health p50 ms': Math.round(row.health.p50),
      'health max ms': Math.round(row.health.max),
      'idle RSS MB': Math.round(row.idleRssMb),
      'peak RSS MB': Math.round(row.peakRssMb),
    })),
  )
}
