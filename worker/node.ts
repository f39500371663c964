import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { serve } from '@hono/node-server'
import { loadDemoData } from '../db/import/demo.ts'
import { loadReferenceData } from '../db/import/reference.ts'
import { migrateDatabase } from '../db/migrate.ts'
import { openFileDatabase, readPragmas } from '../db/open.ts'
import { folderFileStore } from './adapters/folder-files.ts'
import { startLocalClaveUnicaIfWanted } from './adapters/local-claveunica.ts'
import { generateVaultKey, localSecret } from './adapters/local-secrets.ts'
import { folderMailer, smtpMailer } from './adapters/smtp-mailer.ts'
import { serveBuiltPwa } from './adapters/static-files.ts'
import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import { importVault } from './crypto.ts'
import { loadElecciones } from './elecciones/service.ts'
import { generateSigningJwk, importSigningKeys } from './keys/signing-keys.ts'
import { consoleLogger } from './log.ts'
import { devOutboxRoute } from './mail/dev-outbox-route.ts'
import { runMaintenance } from './maintenance.ts'
import { loadPermisoRules } from './permisos/reglas.ts'
import { type Ports, systemClock } from './ports.ts'
import { tableRegistries } from './registries/index.ts'

/**
 * The embedded default: the whole portal in one Node process, on a libSQL file.
 * `npm start` runs it; see README.md for its settings.
 */
const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${port || 8787}`
const localClaveUnica = await startLocalClaveUnicaIfWanted(process.env, publicUrl)
const env: Record<string, string | undefined> = {
  ...process.env,
  PUBLIC_URL: publicUrl,
  ...localClaveUnica?.env,
}
const config = loadConfig(env)
const log = consoleLogger({ service: 'comisaria-virtual' })
const dataDir = env.DATA_DIR ?? 'data'
const databaseUrl = env.DATABASE_URL ?? `file:${join(dataDir, 'comisaria.db')}`
const production = config.env === 'production'
const mailFrom = env.MAIL_FROM ?? 'Comisaría Virtual <no-reply@comisariavirtual.localhost>'

await mkdir(dataDir, { recursive: true })
if (databaseUrl.startsWith('file:'))
  await mkdir(dirname(databaseUrl.slice('file:'.length)), { recursive: true })
const { client, db } = await openFileDatabase(databaseUrl)
await migrateDatabase(db)
await loadReferenceData(db)
if (config.demoData) await loadDemoData(db)
await loadElecciones(db, systemClock.now(), config.demoData)
await loadPermisoRules(db, systemClock.now(), config.demoData)
log.info('database ready', { url: databaseUrl, pragmas: await readPragmas(client) })

if (production && !env.SMTP_URL) throw new Error('SMTP_URL is required in production')
const ports: Ports = {
  db,
  mailer: env.SMTP_URL ? smtpMailer(env.SMTP_URL, mailFrom) : folderMailer(join(dataDir, 'mail'), mailFrom),
  files: folderFileStore(env.FILES_DIR ?? join(dataDir, 'files')),
  clock: systemClock,
  keys: await importSigningKeys(
    await localSecret('SIGNING_KEYS', dataDir, production, async () =>
      JSON.stringify([await generateSigningJwk(`local-${Date.now()}`)]),
    ),
  ),
  vault: await importVault(await localSecret('VAULT_KEY', dataDir, production, generateVaultKey)),
  registries: tableRegistries(db),
  config,
  log,
}
const app = createApp(ports)
if (!production) app.route('/dev/outbox', devOutboxRoute)
serveBuiltPwa(app, env.WEB_ROOT ?? 'dist')

// E-mail should leave within seconds of the change that wrote it; the rest is cheap to repeat.
let running = false
const maintenance = setInterval(
  () => {
    if (running) return
    running = true
    runMaintenance(ports)
      .catch((error: unknown) => log.error('maintenance failed', { error: String(error) }))
      .finally(() => {
        running = false
      })
  },
  Number(env.MAINTENANCE_INTERVAL_MS ?? 2000),
)
maintenance.unref()

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host
  log.info('listening', { url: `http://${shown}:${info.port}` })
  console.log(`Comisaría Virtual lista en http://${shown}:${info.port}`)
  if (localClaveUnica) {
    console.log(`ClaveÚnica local (solo desarrollo) en ${localClaveUnica.env.CLAVEUNICA_ISSUER}`)
    console.log(
      '  Ciudadanos de prueba, clave demo1234: 44.444.444-4, 55.555.555-5, 88.888.888-8, 99.999.999-9',
    )
  }
})

function shutdown(signal: string) {
  log.info('shutting down', { signal })
  clearInterval(maintenance)
  server.close(async () => {
    await localClaveUnica?.close()
    client.close()
    process.exit(0)
  })
}
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGTERM', () => shutdown('SIGTERM'))
