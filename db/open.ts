import { type Client, createClient } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { GroupCommitClient } from './group-commit.ts'
import * as schema from './schema/index.ts'

/** The settings every connection to the embedded database runs with, checked by the tests. */
export const DURABILITY_PRAGMAS = {
  journal_mode: 'wal',
  /** FULL: a commit is on disk before it is acknowledged, so an answered request survives a power cut. */
  synchronous: 2,
  foreign_keys: 1,
  busy_timeout: 5000,
} as const

/**
 * Opens the embedded libSQL database file with WAL, `synchronous=FULL`, foreign keys and a busy
 * timeout, through one connection that commits concurrent requests' writes together (group
 * commit, see group-commit.ts). One connection: these pragmas are per connection, and SQLite has
 * one writer anyway.
 *
 * @example
 * const { client, db } = await openFileDatabase('file:data/comisaria.db')
 */
export async function openFileDatabase(url: string) {
  if (!url.startsWith('file:')) throw new Error(`DATABASE_URL must be a file: URL on Node, got ${url}`)
  const client: Client & Pick<GroupCommitClient, 'stats'> = new GroupCommitClient(
    url.replace(/^file:(\/\/)?/, ''),
  )
  await client.execute(`PRAGMA busy_timeout = ${DURABILITY_PRAGMAS.busy_timeout}`)
  await client.execute(`PRAGMA journal_mode = ${DURABILITY_PRAGMAS.journal_mode}`)
  await client.execute(`PRAGMA synchronous = ${DURABILITY_PRAGMAS.synchronous}`)
  await client.execute(`PRAGMA foreign_keys = ${DURABILITY_PRAGMAS.foreign_keys}`)
  // Up to 64 MiB of pages per connection (the default is 2 MiB): a look-up by session, RUN or
  // code lands on random pages, and each one not cached is a system call (43 → 27 µs for a
  // session and a legal-notice look-up among 60,000 citizens, measured here).
  await client.execute('PRAGMA cache_size = -65536')
  return { client, db: drizzle(client, { schema }) }
}

/** The URL schemes of a libSQL server reached over HTTP: Turso's, and a self-hosted server's. */
const REMOTE_SCHEMES = ['libsql:', 'https:', 'http:']

/**
 * Opens a libSQL server's database over HTTP (Turso, or a self-hosted `sqld`): one statement or
 * one batch per request, as at the edge. No pragmas: the server keeps its own durability, and
 * connection settings would not outlive the request that set them. `authToken` is Turso's
 * `TURSO_AUTH_TOKEN`.
 *
 * @example
 * const { client, db } = openRemoteDatabase('libsql://comisaria-carabineros.turso.io', token)
 */
export function openRemoteDatabase(url: string, authToken: string | undefined) {
  if (!REMOTE_SCHEMES.includes(URL.parse(url)?.protocol ?? '')) {
    throw new Error(`DATABASE_URL must be file:, libsql://, https:// or http://, got ${redactedUrl(url)}`)
  }
  // `libsql:` goes over HTTPS (the Node client would pick WebSockets for it otherwise).
  const client = createClient({ url, authToken, intMode: 'number' })
  return { client, db: drizzle(client, { schema }) }
}

/**
 * Opens DATABASE_URL: a `file:` on this machine (see openFileDatabase), or a libSQL server
 * shared by every process that names it (see openRemoteDatabase). `kind` says which.
 *
 * @example
 * const { kind, client, db } = await openDatabase(process.env.DATABASE_URL ?? 'file:data/comisaria.db')
 */
export async function openDatabase(url: string, authToken?: string) {
  if (url.startsWith('file:')) return { kind: 'file' as const, ...(await openFileDatabase(url)) }
  return { kind: 'remote' as const, ...openRemoteDatabase(url, authToken) }
}

/**
 * A database URL fit for a log line: scheme, host and path, never a token in its query or
 * a password before its host.
 *
 * @example
 * redactedUrl('libsql://db.turso.io?authToken=secret') // 'libsql://db.turso.io'
 */
export function redactedUrl(url: string): string {
  if (url.startsWith('file:')) return url
  const parsed = URL.parse(url)
  if (!parsed) return '(not a URL)'
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`
}

/**
 * Reads the pragmas of a connection back, for the start-up log and the tests.
 *
 * @example
 * await readPragmas(client) // { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: 5000 }
 */
export async function readPragmas(client: Client): Promise<Record<keyof typeof DURABILITY_PRAGMAS, unknown>> {
  const read = async (name: string) => {
    const result = await client.execute(`PRAGMA ${name}`)
    const row = result.rows[0]
    return row ? row[0] : undefined
  }
  return {
    journal_mode: await read('journal_mode'),
    synchronous: await read('synchronous'),
    foreign_keys: await read('foreign_keys'),
    busy_timeout: await read('busy_timeout'),
  }
}
