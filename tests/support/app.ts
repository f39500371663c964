import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openFileDatabase } from '../../db/open.ts'
import { folderFileStore } from '../../worker/adapters/folder-files.ts'
import { httpFiscalia } from '../../worker/adapters/http-fiscalia.ts'
import { generateVaultKey } from '../../worker/adapters/local-secrets.ts'
import { folderMailer } from '../../worker/adapters/smtp-mailer.ts'
import { createApp } from '../../worker/app.ts'
import { loadConfig } from '../../worker/config.ts'
import { importVault } from '../../worker/crypto.ts'
import { nodePasswords, scryptParamsOf } from '../../worker/identity/password.ts'
import { generateSigningJwk, importSigningKeys } from '../../worker/keys/signing-keys.ts'
import type { Logger } from '../../worker/log.ts'
import { memoryRateLimiter } from '../../worker/middleware/rate-limit.ts'
import type { Clock, Database, PasswordHasher, Ports } from '../../worker/ports.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { type Registries, tableRegistries } from '../../worker/registries/index.ts'
import { StorageHealth } from '../../worker/storage-health.ts'

/** A clock the test moves by hand. */
export function fixedClock(start: Date): Clock & { set(date: Date): void; advance(ms: number): void } {
  let now = start.getTime()
  return {
    now: () => new Date(now),
    set: (date) => {
      now = date.getTime()
    },
    advance: (ms) => {
      now += ms
    },
  }
}

/** A logger that keeps what it was told, for assertions: `fields[i]` are those of `lines[i]`. */
export function memoryLogger(): Logger & {
  lines: { level: string; message: string }[]
  fields: (Record<string, unknown> | undefined)[]
} {
  const lines: { level: string; message: string }[] = []
  const fields: (Record<string, unknown> | undefined)[] = []
  const push = (level: string) => (message: string, given?: Record<string, unknown>) => {
    lines.push({ level, message })
    fields.push(given)
  }
  return { lines, fields, info: push('info'), warn: push('warn'), error: push('error') }
}

/**
 * Database files prepared as the Node start-up prepares one (migrations, reference and demo
 * data, an election on the clock's day), by the clock's instant: each is made once per test
 * process and copied for every testApp() on that instant, instead of being prepared again
 * (a copy is a few milliseconds; preparing, most of a testApp's time).
 */
const templates = new Map<number, Promise<string>>()

function preparedTemplate(now: Date): Promise<string> {
  let template = templates.get(now.getTime())
  if (!template) {
    template = (async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'cv-template-')), 'template.db')
      const { client, db } = await openFileDatabase(`file:${path}`)
      await prepareDatabase(db, { now, demo: true })
      // Everything into the main file, so that a copy of it alone is the whole database.
      await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      client.close()
      return path
    })()
    templates.set(now.getTime(), template)
  }
  return template
}

/**
 * The real app in-process, on a fresh libSQL file with migrations and reference data, for tests
 * that drive it with `app.request()`. `registries` replaces the table-backed registries (a stub
 * for a remote registry).
 *
 * @example
 * const { app, db } = await testApp()
 * const response = await app.request('/api/health')
 */
export async function testApp(
  options: {
    clock?: Clock
    env?: Record<string, string>
    registries?: (db: Database) => Registries
    passwords?: PasswordHasher
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'cv-app-'))
  const clock = options.clock ?? fixedClock(new Date('2026-11-23T12:00:00Z'))
  // The data of the Node start-up, with the demo's: an election on the clock's day among them.
  copyFileSync(await preparedTemplate(clock.now()), join(dir, 'test.db'))
  const { client, db } = await openFileDatabase(`file:${join(dir, 'test.db')}`)
  const log = memoryLogger()
  // The test suite's hashing cost unless the test says otherwise (decision 0071).
  const config = loadConfig({ APP_ENV: 'test', PASSWORD_HASHING: 'test', ...options.env }, 'node')
  const keys = await importSigningKeys(JSON.stringify([await generateSigningJwk('test-1')]))
  const ports: Ports = {
    db,
    storage: new StorageHealth(log),
    mailer: folderMailer(join(dir, 'mail'), 'test@localhost'),
    files: folderFileStore(join(dir, 'files')),
    clock,
    keys,
    vault: await importVault(await generateVaultKey()),
    passwords: options.passwords ?? nodePasswords(scryptParamsOf(config)),
    registries: (options.registries ?? tableRegistries)(db),
    limiter: memoryRateLimiter(),
    // Without FISCALIA_URL, an address nothing answers: deliveries fail and wait (tests of the
    // Fiscalía start a local receiver and name it).
    fiscalia: httpFiscalia({ url: config.fiscaliaUrl ?? 'http://127.0.0.1:9/sin-fiscalia', keys }),
    config,
    log,
  }
  return { app: createApp(ports), ports, db, client, dir, log, clock }
}

/**
 * `make`'s result, made on the first call and the same one after: one app with its people for the
 * tests of a file that read what others see (signing staff in is most of the time).
 *
 * @example
 * const people = once(setup)
 * const { t } = await people()
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined
  return () => {
    made ??= { value: make() }
    return made.value
  }
}
