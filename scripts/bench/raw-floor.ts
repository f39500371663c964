/**
 * The raw floor of the bench: a bare `node:http` server doing what a durable submission must at
 * least do — one libSQL insert per request, committed with the same pragmas as the app (WAL,
 * synchronous=FULL) before answering. No framework, no validation, no idempotency.
 * Prints its URL on stdout once listening.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { openFileDatabase } from '../../db/open.ts'

const path = process.argv[2]
if (!path) throw new Error('usage: raw-floor.ts <database file>')
const { client } = await openFileDatabase(`file:${path}`)
await client.execute(
  'CREATE TABLE IF NOT EXISTS floor (id TEXT PRIMARY KEY, body TEXT NOT NULL, at INTEGER NOT NULL)',
)

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', async () => {
    const id = crypto.randomUUID()
    await client.execute({
      sql: 'INSERT INTO floor (id, body, at) VALUES (?, ?, ?)',
      args: [id, Buffer.concat(chunks).toString('utf8'), Date.now()],
    })
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ id }))
  })
})
server.listen(0, '127.0.0.1', () => {
  console.log(`floor on http://127.0.0.1:${(server.address() as AddressInfo).port}`)
})
