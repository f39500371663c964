import type {
  DurableObjectNamespace,
  ExecutionContext,
  Fetcher,
  MessageBatch,
  Queue,
  R2Bucket,
  ScheduledController,
} from '@cloudflare/workers-types'
import { drizzle } from 'drizzle-orm/libsql/web'
import * as schema from '../db/schema/index.ts'
import { cloudflareIdQueue, cloudflareMailQueue } from './adapters/cloudflare-mail-queue.ts'
import { edgeRateLimiter, type LimitBindings } from './adapters/edge-limits.ts'
import { httpFiscalia } from './adapters/http-fiscalia.ts'
import { httpMailer } from './adapters/http-mailer.ts'
import { r2FileStore } from './adapters/r2-files.ts'
import { tursoClient } from './adapters/turso-client.ts'
import { type App, createApp } from './app.ts'
import { deliverQueuedFiscalia, FISCALIA_QUEUE_NAME, type FiscaliaTask } from './casos/fiscalia/borde.ts'
import { loadConfig } from './config.ts'
import { importVault } from './crypto.ts'
import { EDGE_HASHING_MEMORY, edgePasswords, scryptParamsOf } from './identity/password.ts'
import { importSigningKeys } from './keys/signing-keys.ts'
import { consoleLogger } from './log.ts'
import { deliverQueuedMail, retryBaseS } from './mail/consumer.ts'
import type { MailTask } from './mail/queue.ts'
import { runMaintenance } from './maintenance.ts'
import type { EdgeCache } from './middleware/edge-cache.ts'
import { type Ports, systemClock } from './ports.ts'
import { tableRegistries } from './registries/index.ts'
import { durableShards } from './shards/port.ts'
import { SubmissionShard } from './shards/shard.ts'
import { StorageHealth } from './storage-health.ts'

export { LimitCounter } from './adapters/limit-counter.ts'

/** The queue of denuncias on their way to the Fiscalía (wrangler.toml; this Worker consumes it too). */
interface FiscaliaBindings {
  FISCALIA_QUEUE: Queue<FiscaliaTask>
  /** The Fiscalía's reception of denuncias (https). */
  FISCALIA_URL?: string
}

/** The bindings and secrets of the Worker (see wrangler.toml for which are which). */
export interface WorkerEnv extends LimitBindings, MailBindings, FiscaliaBindings {
  ASSETS: Fetcher
  FILES: R2Bucket
  APP_ENV?: string
  PUBLIC_URL?: string
  DEMO_DATA?: string
  TURSO_DATABASE_URL: string
  TURSO_AUTH_TOKEN?: string
  SIGNING_KEYS: string
  VAULT_KEY: string
  CLAVEUNICA_CLIENT_ID?: string
  CLAVEUNICA_CLIENT_SECRET?: string
  CLAVEUNICA_ISSUER?: string
  CLAVEUNICA_AUTHORIZE_URL?: string
  CLAVEUNICA_TOKEN_URL?: string
  CLAVEUNICA_USERINFO_URL?: string
  CLAVEUNICA_JWKS_URL?: string
  CLAVEUNICA_LOGOUT_URL?: string
  CLAVEUNICA_TOKEN_AUTH?: string
  MAIL_API_URL: string
  MAIL_API_TOKEN: string
  MAIL_FROM?: string
  /** The submission shards (decision 0023). */
  SHARDS?: DurableObjectNamespace<SubmissionShard>
  /** How long a shard waits to gather submissions before it commits them to Turso (default 250 ms). */
  FLUSH_DELAY_MS?: string
  /** The most submissions a shard commits in one transaction (default 200). */
  FLUSH_BATCH?: string
}

/** The mail queue (wrangler.toml `[[queues.producers]]`; this Worker is also its consumer). */
interface MailBindings {
  MAIL_QUEUE: Queue<MailTask>
  /** Seconds before a failed e-mail's first retry, four times longer each retry after (default 10). */
  MAIL_RETRY_BASE_S?: string
}

/** The Worker's variables and secrets: the text values of its environment, bindings left out. */
function textVars(env: WorkerEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

let built: Promise<{ app: App; ports: Ports }> | undefined

/** The app is built once per isolate, on its first request, and reused by the requests after. */
async function build(env: WorkerEnv) {
  const config = loadConfig(textVars(env), 'edge')
  // A client per call, never one per isolate: a shared one wedged the isolate (see tursoClient).
  const db = drizzle(tursoClient({ url: env.TURSO_DATABASE_URL, authToken: env.TURSO_AUTH_TOKEN }), {
    schema,
  })
  const log = consoleLogger({ service: 'comisaria-virtual', runtime: 'workers' })
  const keys = await importSigningKeys(env.SIGNING_KEYS)
  const ports: Ports = {
    db,
    // Per isolate: each learns of a fault from its own writes, and alerts once.
    storage: new StorageHealth(log),
    mailer: httpMailer({
      url: env.MAIL_API_URL,
      token: env.MAIL_API_TOKEN,
      from: env.MAIL_FROM ?? 'Comisaría Virtual <no-reply@comisariavirtual.cl>',
    }),
    files: r2FileStore(env.FILES),
    clock: systemClock,
    keys,
    vault: await importVault(env.VAULT_KEY),
    // Per isolate: hashes that yield to its other requests, within a share of its memory.
    passwords: edgePasswords(EDGE_HASHING_MEMORY, scryptParamsOf(config)),
    registries: tableRegistries(db),
    ...(env.SHARDS ? { shards: durableShards(env.SHARDS) } : {}),
    limiter: edgeRateLimiter(env),
    mailQueue: cloudflareMailQueue(env.MAIL_QUEUE),
    // Without FISCALIA_URL (refused in production), deliveries wait and retry until one is set.
    fiscalia: httpFiscalia({ url: config.fiscaliaUrl ?? 'http://127.0.0.1:9/sin-fiscalia', keys }),
    fiscaliaQueue: cloudflareIdQueue(env.FISCALIA_QUEUE, 'envioId'),
    config,
    log,
  }
  // The data centre's cache (the Cache API): the condolence book's public reads (decision 0065).
  const edgeCache = (globalThis.caches as unknown as { default: EdgeCache }).default
  return { app: createApp(ports, { edgeCache }), ports }
}

function instance(env: WorkerEnv) {
  built ??= build(env).catch((error: unknown) => {
    built = undefined // a bad secret must not poison the isolate for good
    throw error
  })
  return built
}

/** The Cloudflare Workers entry: the same app as on Node, on Turso, R2 and static assets. */
export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const { app } = await instance(env)
    return app.fetch(request, env, ctx)
  },
  async scheduled(_controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const { ports } = await instance(env)
    ctx.waitUntil(runMaintenance(ports))
  },
  /**
   * The consumer of the mail queue and of the Fiscalía's (their dead-letter queues have none: they
   * keep what failed for operators).
   */
  async queue(batch: MessageBatch<unknown>, env: WorkerEnv): Promise<void> {
    const { ports } = await instance(env)
    if (batch.queue === FISCALIA_QUEUE_NAME) await deliverQueuedFiscalia(ports, batch.messages)
    else await deliverQueuedMail(ports, batch.messages, retryBaseS(env.MAIL_RETRY_BASE_S))
  },
}

/** The submission shards' class, which workerd finds among the Worker's exports (wrangler.toml). */
export { SubmissionShard }
