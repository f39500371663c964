import { openDatabase } from '../db/open.ts'

/**
 * The database a command-line script works on: `DATABASE_URL` (a `file:` URL, or a libSQL
 * server's `libsql://`, `https://` or `http://` with `TURSO_AUTH_TOKEN`), by default the embedded
 * default's file.
 */
export async function openDatabaseForScripts() {
  const url = process.env.DATABASE_URL ?? 'file:data/comisaria.db'
  const { client, db } = await openDatabase(url, process.env.TURSO_AUTH_TOKEN)
  return { db, close: () => client.close() }
}
