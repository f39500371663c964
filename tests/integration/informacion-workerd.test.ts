import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { createClient } from '@libsql/client'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDate, localDayWindow } from '../../core/time.ts'
import { openFileDatabase } from '../../db/open.ts'
import { edgeCommits, informacionDesafios, informaciones } from '../../db/schema/index.ts'
import { KEY_TTL_MS } from '../../worker/middleware/idempotency.ts'
import { prepareDatabase } from '../../worker/prepare-database.ts'
import { condolenciaInit } from '../support/client.ts'
import { type Edge, startEdge } from '../support/edge.ts'
import { claveUnicaSessionCookie } from '../support/identity.ts'
import { bytesUnder, hits, mesaConClave, resolver, tipCifrado } from '../support/informacion.ts'

/** The rows a query finds in every submission shard's SQLite file (the Durable Objects' own). */
async function shardRows(persist: string, query: string) {
  const folder = join(persist, 'portal-SubmissionShard')
  const rows = []
  for (const name of readdirSync(folder).filter((file) => /^[0-9a-f]{64}\.sqlite$/.test(file))) {
    const client = createClient({ url: `file:${join(folder, name)}` })
    try {
      rows.push(...(await client.execute(query)).rows)
    } finally {
      client.close()
    }
  }
  return rows
}

/**
 * Issue 17, point 2, on the Workers bundle in workerd (the Node server's proof is
 * informacion.test.ts): a tip sent with a unique user agent and addresses leaves none of them in
 * Turso (the Hrana stand-in's files), in the shards' storage (the Durable Objects' SQLite files,
 * kept in a folder of the test's) or in what the Worker wrote to its console; and nothing stored
 * at the edge for it carries a time finer than its day, or sits by insertion order beside a row
 * that does (decision 0043).
 */
describe('información anónima in workerd: no trace of the tipster at the edge', () => {
  let edge: Edge
  const persist = mkdtempSync(join(tmpdir(), 'cv-shards-'))
  const output: Buffer[] = []

  const cookies: string[] = []
  beforeAll(async () => {
    edge = await startEdge({
      persist,
      prepare: async (turso) => {
        const { client, db } = await openFileDatabase(`file:${turso.path}`)
        await prepareDatabase(db, { now: new Date(), demo: false })
        // A citizen to write the dated condolences (theirs to write: decision 0065); https, so __Host- names.
        for (const run of ['12345678-5', '11111111-1']) {
          cookies.push((await claveUnicaSessionCookie(db, run)).replace(/(^|; )cv_/g, '$1__Host-cv_'))
        }
        client.close()
      },
      // The shards commit when the test says: it looks at what they keep first.
      bindings: { FLUSH_DELAY_MS: '600000' },
      stdio: (stdout, stderr) => {
        for (const stream of [stdout, stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk))
      },
    })
  })
  let closed = false
  afterAll(async () => {
    if (!closed) await edge?.close()
  })

  it('keeps the ciphertext and the day, and no trace of the sender, in Turso, the shards or the log', async () => {
    const { mf, origin } = edge
    const desk = await mesaConClave(edge.db)
    const unique = crypto.randomUUID()
    const agent = `AgenteUnico/${unique}`
    const forwarded = `198.51.100.${Math.floor(Math.random() * 200) + 1}, ip-${unique.slice(0, 8)}`
    const address = `2001:db8::${unique.slice(0, 4)}`
    const marker = `MARCADOR-EN-CLARO-${unique}`
    const headers = {
      'user-agent': agent,
      'x-forwarded-for': forwarded,
      'cf-connecting-ip': address,
      'x-real-ip': address,
      cookie: `cv_session=${unique}; lang=en`,
    }
    const get = async (path: string) => {
      const response = await mf.dispatchFetch(`${origin}${path}`, { headers })
      expect(response.status, path).toBe(200)
      expect(response.headers.get('set-cookie'), path).toBeNull()
      return response.json()
    }
    const desafio = async () =>
      resolver((await get('/api/informacion/desafio')) as Parameters<typeof resolver>[0])
    expect(await get('/api/informacion/mesas')).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'drogas', claveVersion: 1 })]),
    )
    const { body, abrir } = await tipCifrado(`Venta de drogas en la esquina. ${marker}`, await desafio(), {
      desk,
      version: 1,
    })
    // Two dated submissions, each a citizen's, through their own shards — committed after the tip,
    // the first row of a fresh edge_commits: the case where SQLite's own numbering ("one past the
    // largest") would have put the first of them right beside the tip's random negative rowid.
    const condolencia = (key: string, cookie = (key === 'antes' ? cookies[0] : cookies[1]) ?? '') =>
      mf.dispatchFetch(`${origin}/api/condolencias`, condolenciaInit(key, cookie, `Honor y gloria (${key}).`))
    const sentAt = Date.now()
    const response = await mf.dispatchFetch(`${origin}/api/informacion`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('set-cookie')).toBeNull()
    const answer = (await response.json()) as { id: string; dia: string }
    // Sent again before Turso has it (an answer lost on a bad link): its shard answers the same.
    const again = await mf.dispatchFetch(`${origin}/api/informacion`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    expect(again.status).toBe(201)
    expect(await again.json()).toEqual(answer)
    expect(await edge.flush()).toBe(1)
    expect((await condolencia('antes')).status).toBe(201)
    expect((await condolencia('despues')).status).toBe(201)
    expect(await edge.flush()).toBe(2)

    const [tip, ...others] = await edge.db.select().from(informaciones)
    expect(others).toEqual([])
    expect(tip).toEqual({ ...body, desafio: undefined, estado: 'nueva', id: answer.id, dia: answer.dia })
    expect(await abrir(body)).toContain(marker)
    // The day, and nothing finer, wherever the tip's batch left a time.
    const day = localDayWindow(answer.dia)
    const [spent] = await edge.db.select().from(informacionDesafios)
    expect(spent?.vence.getTime()).toBe(day.end.getTime() + 1)
    const rows = (
      await edge.db
        .select({
          rowid: sql<number>`rowid`,
          id: edgeCommits.id,
          accepted: edgeCommits.acceptedAt,
          committed: edgeCommits.committedAt,
        })
        .from(edgeCommits)
    ).map((row) => ({
      rowid: row.rowid,
      // rowId()'s are UUIDv7, their first 48 bits the time; the tip's must be random (v4).
      v4: /^[0-9a-f]{8}-[0-9a-f]{4}-4/.test(row.id),
      accepted: row.accepted.getTime(),
      committed: row.committed.getTime(),
    }))
    const [unseen, ...dated] = rows.sort((a, b) => Number(b.v4) - Number(a.v4))
    expect(unseen).toEqual({
      rowid: expect.any(Number),
      v4: true,
      accepted: day.start.getTime(),
      committed: day.start.getTime(),
    })
    // Not numbered among the dated submissions (theirs are in sequence, on the positive side).
    expect(unseen?.rowid).toBeLessThan(0)
    expect(dated.map((row) => row.v4)).toEqual([false, false])
    expect(dated.every((row) => row.rowid > 0 && row.committed > day.start.getTime())).toBe(true)

    // With Turso gone, a tip with the same headers is told to come back (503, Retry-After) and
    // the Worker writes a line dated by the day: the search below reads its console.
    await edge.turso.close()
    const sinTurso = await mf.dispatchFetch(`${origin}/api/informacion`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify((await tipCifrado('otra', await desafio())).body),
    })
    expect(sinTurso.status).toBe(503)
    expect(sinTurso.headers.get('retry-after')).toBe('5')
    expect(((await sinTurso.json()) as { code: string }).code).toBe('unavailable')
    await edge.close()
    closed = true
    // What the tip's shard still keeps of it (its once-key, its challenge's counter): until a day boundary.
    const kept = await shardRows(
      persist,
      `select expires_at from keys where key = 'informacion:${body.reciboHash}'
       union all select expires_at from counters where key like 'desafio:%'`,
    )
    const boundary = localDayWindow(localDate(new Date(sentAt + KEY_TTL_MS))).end.getTime() + 1
    expect(kept.map((row) => Number(row.expires_at))).toEqual([boundary, boundary])
    expect(await shardRows(persist, 'select 1 from pending')).toEqual([])
    const turso = bytesUnder(dirname(edge.turso.path))
    const shards = bytesUnder(persist)
    const log = Buffer.concat(output)
    expect(JSON.parse(log.toString().split('\n')[0] ?? '{}')).toMatchObject({
      time: answer.dia,
      message: 'database unreachable',
    })
    expect(hits(turso, body.reciboHash), 'the search reads the database the tip is in').toBeGreaterThan(0)
    expect(hits(shards, body.reciboHash), 'the search reads the shards’ storage').toBeGreaterThan(0)
    for (const trace of [agent, unique, forwarded, address, marker]) {
      expect(hits(turso, trace), `${trace} in Turso`).toBe(0)
      expect(hits(shards, trace), `${trace} in the shards' storage`).toBe(0)
      expect(hits(log, trace), `${trace} in the Worker's log`).toBe(0)
    }
  })
})
