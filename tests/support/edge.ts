import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare, type WorkerOptions } from 'miniflare'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { generateSigningJwk } from '../../worker/keys/signing-keys.ts'
import type { Database } from '../../worker/ports.ts'
import { type HranaServer, startHranaServer } from './hrana-server.ts'
import { type MailApi, startMailApi } from './mail-api.ts'
import { workerBundle } from './worker-bundle.ts'

/** The parts of a Worker's miniflare options that wrangler.toml declares and the tests keep. */
export type EdgeBindings = Pick<
  WorkerOptions,
  | 'ratelimits'
  | 'durableObjects'
  | 'queueProducers'
  | 'queueConsumers'
  | 'compatibilityDate'
  | 'compatibilityFlags'
>

/**
 * The rate-limit bindings, the limit counters, the mail queue and its consumer exactly as
 * wrangler.toml declares them, as miniflare takes them (wrangler's own translation): a test of the
 * bundle runs with the deployment's wiring, and changes only what it must (a limit, a batch wait).
 *
 * @example
 * const edge = await edgeBindings()
 * new Miniflare({ modules: true, scriptPath, ...edge, bindings })
 */
export async function edgeBindings(): Promise<EdgeBindings> {
  const { unstable_getMiniflareWorkerOptions } = await import('wrangler')
  const { workerOptions } = unstable_getMiniflareWorkerOptions('wrangler.toml')
  const {
    ratelimits,
    durableObjects,
    queueProducers,
    queueConsumers,
    compatibilityDate,
    compatibilityFlags,
  } = workerOptions
  return { ratelimits, durableObjects, queueProducers, queueConsumers, compatibilityDate, compatibilityFlags }
}

export const MAIL_QUEUE = 'comisaria-virtual-mail'
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

export interface Edge {
  mf: Miniflare
  /** The Turso stand-in's file, opened from Node. */
  db: Database
  turso: HranaServer
  api: MailApi
  close(): Promise<void>
}

/**
 * The Workers bundle in workerd (miniflare) with wrangler.toml's bindings, against the Hrana
 * stand-in for Turso (a fresh migrated file) and a loopback mail API (`startMailApi`), plus a
 * reader of the dead-letter queue that posts what reaches it to `api.deadLetters`. Retries wait
 * `retryBaseS` (0 by default) and a batch at most 100 ms; `ratelimits` replaces bindings by name.
 *
 * @example
 * const edge = await startEdge({ mailApi: { failEvery: 10 } })
 * await edge.mf.dispatchFetch('http://localhost/api/health')
 */
export async function startEdge(
  options: {
    mailApi?: Parameters<typeof startMailApi>[0]
    ratelimits?: EdgeBindings['ratelimits']
    retryBaseS?: number
    /** Put between the Worker and the Hrana server (a counting proxy), given the server's URL. */
    tursoUrl?: (url: string) => string
    /** Another build of the Worker (the bench compares with an earlier one). */
    script?: string | undefined
  } = {},
): Promise<Edge> {
  const script = options.script ?? workerBundle()
  const path = join(mkdtempSync(join(tmpdir(), 'cv-edge-')), 'turso.db')
  const { client, db } = await openFileDatabase(`file:${path}`)
  await migrateDatabase(db)
  const turso = await startHranaServer(path)
  const api = await startMailApi(options.mailApi)
  const edge = await edgeBindings()
  const consumers = edge.queueConsumers as Record<string, object>
  const mf = new Miniflare({
    workers: [
      {
        name: 'comisaria-virtual',
        modules: true,
        scriptPath: script,
        ...edge,
        ratelimits: { ...edge.ratelimits, ...options.ratelimits },
        queueConsumers: { [MAIL_QUEUE]: { ...consumers[MAIL_QUEUE], maxBatchTimeout: 0.1 } },
        bindings: {
          APP_ENV: 'test',
          PUBLIC_URL: 'https://comisaria.test',
          TURSO_DATABASE_URL: options.tursoUrl?.(turso.url) ?? turso.url,
          SIGNING_KEYS: JSON.stringify([await generateSigningJwk('edge-1')]),
          VAULT_KEY: await generateVaultKey(),
          MAIL_API_URL: api.url,
          MAIL_API_TOKEN: api.token,
          MAIL_RETRY_BASE_S: String(options.retryBaseS ?? 0),
        },
        // One limit counter per account: kept in memory, not in a SQLite file apiece as miniflare
        // otherwise does (with 1,000 addresses, that alone took two thirds of a test's time).
        unsafeEphemeralDurableObjects: true,
        r2Buckets: ['FILES'],
        serviceBindings: { ASSETS: () => new Response('static', { status: 200 }) },
      },
      {
        name: 'dead-letter-reader',
        modules: true,
        script: DEAD_LETTER_READER,
        compatibilityDate: edge.compatibilityDate,
        bindings: { SINK: api.deadLetterUrl },
        queueConsumers: { [DEAD_LETTER_QUEUE]: { maxBatchTimeout: 0.1 } },
      },
    ],
  })
  return {
    mf,
    db,
    turso,
    api,
    async close() {
      await mf.dispose()
      await turso.close()
      await api.close()
      client.close()
    },
  }
}
