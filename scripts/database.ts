import { createClient } from '@libsql/client'
import { drizzle } from 'drizzle-orm/libsql'
import { openFileDatabase } from '../db/open.ts'
import * as schema from '../db/schema/index.ts'

/**
 * The database a command-line script works on: `DATABASE_URL` (a `file:` URL, or Turso's
 * `libsql://` with `TURSO_AUTH_TOKEN`), by default the embedded default's file.
 */
export async function openDatabaseForScripts() {
  const url = process.env.DATABASE_URL ?? 'file:data/comisaria.db'
  if (url.startsWith('file:')) {
    const { client, db } = await openFileDatabase(url)
    return { db, close: () => client.close() }
  }
  const client = createClient({ url, authToken: process.env.TURSO_AUTH_TOKEN, intMode: 'number' })
  return { db: drizzle(client, { schema }), close: () => client.close() }
}
