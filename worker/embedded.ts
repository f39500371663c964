import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:http'
import { dirname, join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { openDatabase, readPragmas, redactedUrl } from '../db/open.ts'
import { admissionControl, NODE_ADMISSION } from './adapters/admission.ts'
import { capConnectionsPerClient, NODE_CONNECTION_CAP } from './adapters/connection-cap.ts'
import { folderFileStore } from './adapters/folder-files.ts'
import { httpFiscalia } from './adapters/http-fiscalia.ts'
import { startLocalClaveUnicaIfWanted } from './adapters/local-claveunica.ts'
import { startLocalFiscaliaIfWanted } from './adapters/local-fiscalia.ts'
import { generateVaultKey, localSecret } from './adapters/local-secrets.ts'
import { requireSharedDatabaseReady } from './adapters/shared-database.ts'
import { serveBuiltPwa } from './adapters/static-files.ts'
import { threadedMailer } from './adapters/threaded-mailer.ts'
import { createApp, MAX_JSON_BODY } from './app.ts'
import { loadConfig } from './config.ts'
import { importVault } from './crypto.ts'
import { nodePasswords, scryptParamsOf } from './identity/password.ts'
import { generateSigningJwk, importSigningKeys } from './keys/signing-keys.ts'
import { consoleLogger } from './log.ts'
import { devOutboxRoute } from './mail/dev-outbox-route.ts'
import { retryUnsentMail } from './mail/outbox.ts'
import { runMaintenance } from './maintenance.ts'
import { databaseRateLimiter, memoryRateLimiter } from './middleware/rate-limit.ts'
import { type Ports, type SigningKeys, systemClock } from './ports.ts'
import { prepareDatabase } from './prepare-database.ts'
import { tableRegistries } from './registries/index.ts'
import { StorageHealth } from './storage-health.ts'

/**
 * The embedded default: the whole portal in one Node process, on a libSQL file — or one of
 * several Node servers sharing a libSQL server's database (`DATABASE_URL=libsql://…`).
 * `npm start` runs it; see README.md for its settings.
 */
const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port || 8787}`
const localClaveUnica = await startLocalClaveUnicaIfWanted(process.env, publicUrl)
// The local Fiscalía verifies with the portal's keys, read below: it is called only once serving.
let signingKeys: SigningKeys | undefined
const localFiscalia = await startLocalFiscaliaIfWanted(process.env, process.env.DATA_DIR ?? 'data', () => {
  if (!signingKeys) throw new Error('the signing keys are not loaded yet')
  return signingKeys
})
const env: Record<string, string | undefined> = {
  ...NODE_ADMISSION,
  ...NODE_CONNECTION_CAP,
  ...process.env,
  PUBLIC_URL: publicUrl,
  ...localClaveUnica?.env,
  ...localFiscalia?.env,
}
const config = loadConfig(env, 'node')
const log = consoleLogger({ service: 'comisaria-virtual' })
const dataDir = env.DATA_DIR ?? 'data'
const databaseUrl = env.DATABASE_URL ?? `file:${join(dataDir, 'comisaria.db')}`
const production = config.env === 'production'
const mailFrom = env.MAIL_FROM ?? 'Comisaría Virtual <no-reply@comisariavirtual.localhost>'

await mkdir(dataDir, { recursive: true })
if (databaseUrl.startsWith('file:'))
  await mkdir(dirname(databaseUrl.slice('file:'.length)), { recursive: true })
const database = await openDatabase(databaseUrl, env.TURSO_AUTH_TOKEN)
const { client, db } = database
// A file is this process's alone; a shared database is migrated once by an operator (decision 0021).
const shared = database.kind === 'remote'
if (shared) await requireSharedDatabaseReady(db, env, databaseUrl)
await prepareDatabase(db, { now: systemClock.now(), demo: config.demoData, migrate: !shared })
log.info(
  'database ready',
  shared
    ? { kind: 'remote', over: 'HTTP', shared: true, url: redactedUrl(databaseUrl) }
    : { kind: 'file', url: databaseUrl, pragmas: await readPragmas(client) },
)

if (production && !env.SMTP_URL) throw new Error('SMTP_URL is required in production')
const mailer = threadedMailer({ smtpUrl: env.SMTP_URL, folder: join(dataDir, 'mail'), from: mailFrom })
signingKeys = await importSigningKeys(
  await localSecret('SIGNING_KEYS', dataDir, production, async () =>
    JSON.stringify([await generateSigningJwk(`local-${Date.now()}`)]),
  ),
)
const ports: Ports = {
  db,
  storage: new StorageHealth(log),
  mailer,
  files: folderFileStore(env.FILES_DIR ?? join(dataDir, 'files')),
  clock: systemClock,
  keys: signingKeys,
  vault: await importVault(await localSecret('VAULT_KEY', dataDir, production, generateVaultKey)),
  passwords: nodePasswords(scryptParamsOf(config)),
  registries: tableRegistries(db),
  // Several servers on one database count each client's attempts together, as the edge does.
  limiter: shared ? databaseRateLimiter(db) : memoryRateLimiter(),
  // Without a FISCALIA_URL (outside development), deliveries wait and retry until one is set.
  fiscalia: httpFiscalia({ url: config.fiscaliaUrl ?? 'http://127.0.0.1:9/sin-fiscalia', keys: signingKeys }),
  config,
  log,
}
const app = createApp(ports)
if (!production) app.route('/dev/outbox', devOutboxRoute)
serveBuiltPwa(app, env.WEB_ROOT ?? 'dist')

// A message leased by a process that was killed would wait out its lease: none runs here now.
// On a shared database the other servers' leases are live, and are left to run out.
if (!shared) await retryUnsentMail(db, systemClock.now())
// E-mail should leave within seconds of the change that wrote it; the rest is cheap to repeat.
// The data catalog's clocks count in days: once a minute is plenty (a run is a few index probes).
const RETENTION_EVERY_MS = 60_000
let retentionAt = 0
let maintenanceRun: Promise<void> | undefined
const maintenance = setInterval(
  () => {
    if (maintenanceRun) return
    const retention = Date.now() - retentionAt >= RETENTION_EVERY_MS
    if (retention) retentionAt = Date.now()
    maintenanceRun = runMaintenance(ports, { retention })
      .catch((error: unknown) => {
        // A full disk is alerted once by the storage's health, not every two seconds from here.
        if (!ports.storage.refusal(error)) log.error('maintenance failed', { error: String(error) })
      })
      .finally(() => {
        maintenanceRun = undefined
      })
  },
  Number(env.MAINTENANCE_INTERVAL_MS ?? 2000),
)
maintenance.unref()

const limits = { maxInFlight: config.maxInFlight, maxLagMs: config.maxLagMs, maxBodyBytes: MAX_JSON_BODY }
// Slow clients: deadlines end the sockets they hold, the cap bounds how many one address holds.
const server = createServer(
  config.deadlines,
  admissionControl(limits, getRequestListener(app.fetch, { hostname: host })),
)
capConnectionsPerClient(server, config.maxConnectionsPerClient, config.trustProxy)
server.listen(port, host, () => {
  const address = server.address()
  const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host
  const url = `http://${shown}:${typeof address === 'object' && address ? address.port : port}`
  log.info('listening', { url })
  console.log(`Comisaría Virtual lista en ${url}`)
  if (localClaveUnica) {
    console.log(`ClaveÚnica local (solo desarrollo) en ${localClaveUnica.env.CLAVEUNICA_ISSUER}`)
    console.log(
      '  Ciudadanos de prueba, clave demo1234: 44.444.444-4, 55.555.555-5, 88.888.888-8, 99.999.999-9',
    )
  }
  if (localFiscalia) console.log(`Fiscalía local (solo desarrollo) en ${localFiscalia.env.FISCALIA_URL}`)
})

/** How long a shutdown waits for the requests in flight before it exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000
let stopping = false

/**
 * SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish (each answers
 * only once its writes are committed) and the maintenance run in progress end, close the
 * database, exit 0. Past the deadline, or on a second signal, exit 1 at once: whatever was
 * acknowledged is on disk already, and a request cut off was committed with its stored response
 * (a retry with its key replays it) or not written at all.
 */
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) {
    log.warn('second signal: exiting now', { signal })
    process.exit(1)
  }
  stopping = true
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  log.info('shutting down', { signal, deadlineMs: SHUTDOWN_DEADLINE_MS })
  setTimeout(() => {
    log.error('shutdown deadline passed: exiting with work in flight', { signal })
    process.exit(1)
  }, SHUTDOWN_DEADLINE_MS).unref()
  clearInterval(maintenance)
  // close() waits for every connection: end the kept-alive ones as soon as they fall idle.
  const idle = setInterval(() => {
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }, 50)
  await Promise.all([closed, maintenanceRun])
  clearInterval(idle)
  await localClaveUnica?.close()
  await localFiscalia?.close()
  await mailer.close()
  await client.close()
  log.info('stopped', { signal })
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
