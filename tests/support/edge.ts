import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { Miniflare, type WorkerOptions } from 'miniflare'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { generateSigningJwk } from '../../worker/keys/signing-keys.ts'
import type { Database } from '../../worker/ports.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { SHARDS } from '../../worker/shards/protocol.ts'
import { type HranaServer, startHranaServer } from './hrana-server.ts'
import { claveUnicaSessionCookie } from './identity.ts'
import { type MailApi, startMailApi } from './mail-api.ts'
import { workerBundle } from './worker-bundle.ts'

const REPO_ROOT = resolve(import.meta.dirname, '../..')
const WRANGLER_TOML = join(REPO_ROOT, 'wrangler.toml')

/**
 * A fresh libSQL file behind the Hrana stand-in for Turso, prepared by `prepare` (by default the
 * migrations, written to the file directly).
 *
 * @example
 * const turso = await freshTurso()
 */
export async function freshTurso(prepare?: (turso: HranaServer) => Promise<void>): Promise<HranaServer> {
  const path = join(mkdtempSync(join(tmpdir(), 'cv-turso-')), 'turso.db')
  const turso = await startHranaServer(path)
  if (prepare) await prepare(turso)
  else {
    const { client, db } = await openFileDatabase(`file:${path}`)
    await migrateDatabase(db)
    await client.close()
  }
  return turso
}

/**
 * `npm run db:migrate` (scripts/db-migrate.ts) against the stand-in, as an operator prepares
 * Turso before a deploy; `env` adds settings (`DEMO_DATA: '1'`).
 *
 * @example
 * const turso = await freshTurso((turso) => dbMigrate(turso, { DEMO_DATA: '1' }))
 */
export async function dbMigrate(turso: HranaServer, env: Record<string, string> = {}): Promise<void> {
  // Not execFileSync: the stand-in answers from this process's event loop.
  await promisify(execFile)(process.execPath, ['scripts/db-migrate.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: turso.url, ...env },
  })
}

export interface EdgeWorkerOptions {
  /**
   * The built PWA, served as wrangler.toml's `[assets]` say (its `run_worker_first`, its
   * not-found handling, the folder's `_headers`). Without it, ASSETS is a stand-in answering
   * "static": the API alone is under test.
   */
  webRoot?: string
  /** The Worker's variables and secrets beyond the test's own (`PUBLIC_URL`, `CLAVEUNICA_*`…). */
  bindings?: Record<string, string>
  /** The mail API it sends through (default: an address nothing answers). */
  mail?: MailApi
  /** Rate-limit bindings that replace wrangler.toml's, by name. */
  ratelimits?: WorkerOptions['ratelimits']
  /** Put between the Worker and the Hrana server (a counting proxy), given the server's URL. */
  tursoUrl?: (url: string) => string
  /** Another build of the Worker (the bench compares with an earlier one). */
  script?: string
  /**
   * Durable Objects kept in memory rather than a SQLite file apiece (a test that makes a
   * thousand limit counters spends most of its time on their files otherwise).
   */
  ephemeralObjects?: boolean
}

/**
 * The Workers bundle exactly as `wrangler deploy` uploads it, as one worker of a Miniflare
 * (named `portal`), on `turso`, with test secrets.
 *
 * @example
 * const mf = new Miniflare({ workers: [await edgeWorker(turso)] })
 */
export async function edgeWorker(
  turso: HranaServer,
  options: EdgeWorkerOptions = {},
): Promise<WorkerOptions> {
  const { workerOptions } = deployed()
  const consumers = (workerOptions.queueConsumers ?? {}) as Record<string, object>
  const bindings = {
    ...workerOptions.bindings,
    APP_ENV: 'test',
    // Password hashes at the test suite's cost (decision 0071); the bench sets `production`.
    PASSWORD_HASHING: process.env.PASSWORD_HASHING ?? 'test',
    TURSO_DATABASE_URL: options.tursoUrl?.(turso.url) ?? turso.url,
    SIGNING_KEYS: JSON.stringify([await generateSigningJwk('edge-1')]),
    VAULT_KEY: await generateVaultKey(),
    MAIL_API_URL: options.mail?.url ?? 'http://127.0.0.1:9/unused',
    MAIL_API_TOKEN: options.mail?.token ?? 'unused',
    // Retries of e-mail at once: a test takes seconds, not the deployment's minutes.
    MAIL_RETRY_BASE_S: '0',
    ...options.bindings,
  }
  const base: WorkerOptions = {
    name: 'portal',
    modules: true,
    scriptPath: options.script ?? workerBundle(),
    compatibilityDate: workerOptions.compatibilityDate,
    compatibilityFlags: workerOptions.compatibilityFlags,
    bindings,
    r2Buckets: ['FILES'],
    // As deployed: the submission shards and limit counters (decisions 0022, 0023), the
    // rate-limit bindings, the mail queue and its consumer (a batch waits 100 ms at most here).
    durableObjects: workerOptions.durableObjects,
    ratelimits: { ...workerOptions.ratelimits, ...options.ratelimits },
    queueProducers: workerOptions.queueProducers,
    queueConsumers: Object.fromEntries(
      Object.entries(consumers).map(([queue, consumer]) => [queue, { ...consumer, maxBatchTimeout: 0.1 }]),
    ),
    ...(options.ephemeralObjects ? { unsafeEphemeralDurableObjects: true } : {}),
  }
  if (options.webRoot === undefined) {
    return { ...base, serviceBindings: { ASSETS: () => new Response('static', { status: 200 }) } }
  }
  if (!workerOptions.assets) throw new Error('wrangler.toml has no [assets]')
  return { ...base, assets: { ...workerOptions.assets, directory: options.webRoot } }
}

/** Miniflare's options as wrangler makes them from wrangler.toml, read once a process. */
let fromToml: { workerOptions: WorkerOptions } | undefined
function deployed(): { workerOptions: WorkerOptions } {
  // Its declaration names miniflare's own type, which does not resolve from this package.
  fromToml ??= unstable_getMiniflareWorkerOptions(WRANGLER_TOML) as { workerOptions: WorkerOptions }
  return fromToml
}

export const DEAD_LETTER_QUEUE = 'comisaria-virtual-mail-dlq'

/** Takes whatever reaches the dead-letter queue and posts it to the mail API stand-in's log. */
const DEAD_LETTER_READER = `
export default {
  async queue(batch, env) {
    for (const message of batch.messages) {
      await fetch(env.SINK, { method: 'POST', body: JSON.stringify({ body: message.body }) })
    }
    batch.ackAll()
  },
}`

/** A worker that reads the dead-letter queue into `api.deadLetters`. */
function deadLetterReader(api: MailApi): WorkerOptions {
  return {
    name: 'dead-letter-reader',
    modules: true,
    script: DEAD_LETTER_READER,
    compatibilityDate: deployed().workerOptions.compatibilityDate,
    bindings: { SINK: api.deadLetterUrl },
    queueConsumers: { [DEAD_LETTER_QUEUE]: { maxBatchTimeout: 0.1 } },
  }
}

/**
 * Has every submission shard of a Miniflare commit what it keeps to Turso now.
 *
 * @example
 * await flushShards(mf)
 */
export async function flushShards(mf: Miniflare): Promise<number> {
  const shards = await mf.getDurableObjectNamespace('SHARDS', 'portal')
  let committed = 0
  for (let shard = 0; shard < SHARDS; shard += 1) {
    const stub = shards.get(shards.idFromName(String(shard))) as unknown as { flush(): Promise<number> }
    committed += await stub.flush()
  }
  return committed
}

export interface Edge {
  mf: Miniflare
  turso: HranaServer
  /** The stand-in's file, opened from this process. */
  db: Database
  /** The loopback mail API it sends through (`mailApi` options say how it answers). */
  api: MailApi
  /**
   * Has every submission shard commit what it keeps to Turso now (the alarm would, within
   * FLUSH_DELAY_MS), and returns how many submissions went.
   */
  flush: () => Promise<number>
  /** The portal's origin on loopback (with `port`), else the one `dispatchFetch` takes. */
  origin: string
  close: () => Promise<void>
}

/**
 * The Worker in workerd (miniflare) on a fresh Turso stand-in, with wrangler.toml's bindings: what
 * an operator runs with `wrangler dev --local`, with the deploy artifact. With `port`, it listens
 * on that loopback port (a browser's, ClaveÚnica's `PUBLIC_URL` names it); else only
 * `dispatchFetch` reaches it. It sends e-mail to a loopback mail API (`mailApi`: `startMailApi`'s
 * options), and a reader posts what reaches the dead-letter queue to it.
 *
 * @example
 * const edge = await startEdge({ mailApi: { failEvery: 10 } })
 * await edge.mf.dispatchFetch(`${edge.origin}/api/health`)
 */
export async function startEdge(
  options: Omit<EdgeWorkerOptions, 'mail'> & {
    port?: number
    prepare?: (turso: HranaServer) => Promise<void>
    mailApi?: Parameters<typeof startMailApi>[0]
    /** Where the Durable Objects keep their SQLite files (else a folder miniflare removes on close). */
    persist?: string
    /** Takes what workerd writes — the Worker's console (else this process's own output). */
    stdio?: (stdout: Readable, stderr: Readable) => void
  } = {},
): Promise<Edge> {
  const turso = await freshTurso(options.prepare)
  const api = await startMailApi(options.mailApi)
  const listen = options.port === undefined ? {} : { host: '127.0.0.1', port: options.port }
  const { mailApi: _, persist: __, stdio: ___, ...rest } = options
  const portal = await edgeWorker(turso, { ...rest, mail: api })
  const mf = new Miniflare({
    ...listen,
    ...(options.persist ? { durableObjectsPersist: options.persist } : {}),
    ...(options.stdio ? { handleRuntimeStdio: options.stdio } : {}),
    workers: [portal, deadLetterReader(api)],
  })
  await mf.ready
  const { client, db } = await openFileDatabase(`file:${turso.path}`)
  return {
    mf,
    turso,
    db,
    api,
    flush: () => flushShards(mf),
    origin: options.port === undefined ? 'http://localhost' : `http://127.0.0.1:${options.port}`,
    close: async () => {
      await mf.dispose()
      await turso.close()
      await api.close()
      await client.close()
    },
  }
}

/**
 * The edge with the demo data (`npm run db:migrate` with DEMO_DATA) and the given demo citizens
 * signed in with ClaveÚnica (their `Cookie` headers, in order). Its shards commit only when the
 * test says (`edge.flush()`), so that it sees what they keep.
 *
 * @example
 * const { edge, cookies: [valentina] } = await startDemoEdge([DEMO.valentina], { PUBLIC_URL: origin })
 */
export async function startDemoEdge(
  citizens: { run: string; names: readonly string[] }[],
  bindings: Record<string, string>,
): Promise<{ edge: Edge; cookies: string[] }> {
  const cookies: string[] = []
  const edge = await startEdge({
    bindings: { FLUSH_DELAY_MS: '600000', ...bindings },
    prepare: async (stand) => {
      const { client, db } = await openFileDatabase(`file:${stand.path}`)
      await prepareDatabase(db, { now: new Date(), demo: true })
      for (const citizen of citizens)
        cookies.push(await claveUnicaSessionCookie(db, citizen.run, [...citizen.names]))
      await client.close()
    },
  })
  return { edge, cookies }
}
