import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import { pendingMigrations } from '../../db/migrate.ts'
import { redactedUrl } from '../../db/open.ts'
import type * as schema from '../../db/schema/index.ts'

/**
 * What every Node server on one shared database must be given alike, since each one's default
 * is its own: keys made once in its data folder would sign documents the others' key set does
 * not list and seal TOTP secrets the others cannot open, and `data/files` is its own disk (a
 * constancia's PDF written by one server is mailed, or downloaded, through another).
 */
export const SHARED_SETTINGS = {
  SIGNING_KEYS: 'the same signing keys on every server (npm run keys:generate)',
  VAULT_KEY: 'the same vault key on every server (32 random bytes, base64url)',
  FILES_DIR: 'a folder every server sees (a network volume)',
} as const

/**
 * Refuses to serve from a shared database (a libSQL server, `libsql://` or `http(s)://`) until it
 * is ready for several servers: the settings above given, and every committed migration applied.
 * Migrations are not applied here: servers starting together would race to apply them (drizzle's
 * migrator reads, then writes in a batch of its own), and a rolling update must not migrate under
 * the servers still running the previous version. An operator runs `npm run db:migrate` once
 * (decision 0021). Throws an Error naming each thing missing.
 *
 * @example
 * await requireSharedDatabaseReady(db, process.env, 'libsql://comisaria-carabineros.turso.io')
 */
export async function requireSharedDatabaseReady(
  db: LibSQLDatabase<typeof schema>,
  env: Record<string, string | undefined>,
  url: string,
): Promise<void> {
  const missing = Object.entries(SHARED_SETTINGS)
    .filter(([name]) => !env[name])
    .map(([name, what]) => `${name} (${what})`)
  if (missing.length > 0) {
    throw new Error(`A shared database (${redactedUrl(url)}) needs, on every server: ${missing.join('; ')}`)
  }
  const pending = await pendingMigrations(db)
  if (pending.length > 0) {
    throw new Error(
      `The shared database ${redactedUrl(url)} lacks ${pending.length} migration(s) (${pending.join(', ')}). ` +
        'Apply them once, from one place: DATABASE_URL=… TURSO_AUTH_TOKEN=… npm run db:migrate; then start the servers.',
    )
  }
}
