/**
 * The raw floor of the bench: a bare `node:http` server doing what a durable submission must at
 * least do — one insert per request, on disk (WAL, synchronous=FULL, the app's pragmas) before
 * answering. No framework, no validation, no idempotency. Two ways:
 * - `single`: one commit per request, the request rate capped by the disk's flush rate;
 * - `group`: the app's group commit (db/group-commit.ts), concurrent requests sharing a commit;
 * - `hono`: `group` served by the app's framework, Hono on @hono/node-server (JSON read and
 *   answered through it), still no validation, session or look-up: what the stack alone costs.
 * Prints its URL on stdout once listening.
 *
 *   node scripts/bench/raw-floor.ts single /tmp/floor.db
 */
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { Hono } from 'hono'
import Database from 'libsql'
import { DURABILITY_PRAGMAS, openFileDatabase } from '../../db/open.ts'

const [mode, path] = process.argv.slice(2)
if (!(path && (mode === 'single' || mode === 'group' || mode === 'hono')))
  throw new Error('usage: raw-floor.ts single|group|hono <file>')
const TABLE =
  'CREATE TABLE IF NOT EXISTS floor (id TEXT PRIMARY KEY, body TEXT NOT NULL, at INTEGER NOT NULL)'
const INSERT = 'INSERT INTO floor (id, body, at) VALUES (?, ?, ?)'

async function inserter(): Promise<(args: [string, string, number]) => Promise<unknown>> {
  if (mode !== 'single') {
    const { client } = await openFileDatabase(`file:${path}`)
    await client.execute(TABLE)
    return (args) => client.execute({ sql: INSERT, args })
  }
  const db = new Database(path ?? '')
  db.exec(`PRAGMA journal_mode = ${DURABILITY_PRAGMAS.journal_mode}`)
  db.exec(`PRAGMA synchronous = ${DURABILITY_PRAGMAS.synchronous}`)
  db.exec(TABLE)
  const insert = db.prepare(INSERT)
  return async (args) => insert.run(args)
}

const insert = await inserter()

const bare: RequestListener = (req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', async () => {
    const id = crypto.randomUUID()
    await insert([id, Buffer.concat(chunks).toString('utf8'), Date.now()])
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id }))
  })
}

const hono = new Hono().post('/', async (c) => {
  const id = crypto.randomUUID()
  await insert([id, JSON.stringify(await c.req.json()), Date.now()])
  return c.json({ id }, 201)
})

const server = createServer(mode === 'hono' ? getRequestListener(hono.fetch) : bare)
server.listen(0, '127.0.0.1', () => {
  console.log(`floor on http://127.0.0.1:${(server.address() as AddressInfo).port}`)
})
