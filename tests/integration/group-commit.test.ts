import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { migrateDatabase } from '../../db/migrate.ts'
import { openFileDatabase } from '../../db/open.ts'
import { auditLog, condolencias } from '../../db/schema/index.ts'
import { isUniqueViolation, storageFault } from '../../worker/errors.ts'

async function freshDatabase() {
  const url = `file:${join(mkdtempSync(join(tmpdir(), 'cv-group-')), 'test.db')}`
  const opened = await openFileDatabase(url)
  await migrateDatabase(opened.db)
  return { ...opened, url }
}

const condolencia = (id: string) => ({
  id,
  memorialId: 'general',
  firmaTexto: 'Ana',
  mensaje: 'Mis condolencias a la familia.',
  receivedAt: new Date(),
  publicarDesde: new Date(),
})

describe('group commit on the embedded database', () => {
  it('commits concurrent requests together, each whole, and each answered only once on disk', async () => {
    const { client, db, url } = await freshDatabase()
    const before = { ...client.stats }
    const ids = Array.from({ length: 300 }, () => crypto.randomUUID())
    await Promise.all(
      ids.map((id) =>
        db.batch([
          db.insert(condolencias).values(condolencia(id)),
          db.insert(auditLog).values({ id, at: new Date(), actorKind: 'anonymous', action: 'user.login' }),
        ]),
      ),
    )
    const groups = client.stats.groups - before.groups
    expect(client.stats.writes - before.writes).toBe(300)
    expect(groups).toBeLessThan(10)
    await client.close()
    // Another connection, as after a restart, finds every acknowledged row.
    const reopened = await openFileDatabase(url)
    const [rows] = await reopened.db.select({ n: count() }).from(condolencias)
    const [audits] = await reopened.db.select({ n: count() }).from(auditLog)
    expect([rows?.n, audits?.n]).toEqual([300, 300])
    await reopened.client.close()
  })

  it('fails one request of a group alone: its writes are rolled back, its neighbours’ committed', async () => {
    const { client, db } = await freshDatabase()
    const taken = crypto.randomUUID()
    await db.insert(condolencias).values(condolencia(taken))
    const ids = Array.from({ length: 20 }, () => crypto.randomUUID())
    const outcomes = await Promise.allSettled(
      [...ids.slice(0, 10), taken, ...ids.slice(10)].map((id, i) =>
        db.batch([
          db.insert(auditLog).values({
            id: `audit-${i}`,
            at: new Date(),
            actorKind: 'anonymous',
            action: 'user.login',
          }),
          db.insert(condolencias).values(condolencia(id)),
        ]),
      ),
    )
    const rejected = outcomes.flatMap((outcome, i) =>
      outcome.status === 'rejected' ? [[i, outcome.reason]] : [],
    )
    expect(rejected).toHaveLength(1)
    expect(rejected[0]?.[0]).toBe(10)
    expect(isUniqueViolation(rejected[0]?.[1])).toBe(true)
    // The failed request's first statement (its audit entry) was rolled back with it.
    expect(await db.select().from(auditLog).where(eq(auditLog.id, 'audit-10'))).toEqual([])
    const [rows] = await db.select({ n: count() }).from(condolencias)
    expect(rows?.n).toBe(21)
    await client.close()
  })

  it('fails alone a request that meets a full disk, though SQLite rolls its whole transaction back', async () => {
    const { client, db } = await freshDatabase()
    const uncapped = (await client.execute('PRAGMA max_page_count')).rows[0]?.[0]
    const pages = Number((await client.execute('PRAGMA page_count')).rows[0]?.[0])
    // Room for short messages in the pages there are; none for one that needs pages of its own.
    await client.execute(`PRAGMA max_page_count = ${pages + 1}`)
    const ids = Array.from({ length: 31 }, () => crypto.randomUUID())
    const outcomes = await Promise.allSettled(
      ids.map((id, i) =>
        db
          .insert(condolencias)
          .values({ ...condolencia(id), mensaje: i === 15 ? 'x'.repeat(40_000) : 'Ana' }),
      ),
    )
    const rejected = outcomes.flatMap((outcome, i) =>
      outcome.status === 'rejected' ? [[i, outcome.reason]] : [],
    )
    expect(rejected.map(([i]) => i)).toEqual([15])
    expect(storageFault(rejected[0]?.[1])).toBe('storage_full')
    // Its neighbours, before and after it in the same group, were committed; it was not.
    const [rows] = await db.select({ n: count() }).from(condolencias)
    expect(rows?.n).toBe(30)
    // The writer thread lives on: once there is room, the same write goes through.
    await client.execute(`PRAGMA max_page_count = ${uncapped}`)
    await db.insert(condolencias).values({ ...condolencia(crypto.randomUUID()), mensaje: 'x'.repeat(40_000) })
    await client.close()
  })

  it('reads what was committed, with RETURNING rows mapped as before', async () => {
    const { client, db } = await freshDatabase()
    const id = crypto.randomUUID()
    const returned = await db.insert(condolencias).values(condolencia(id)).returning({ id: condolencias.id })
    expect(returned).toEqual([{ id }])
    const [row] = await db.select().from(condolencias).where(eq(condolencias.id, id))
    expect(row?.receivedAt).toBeInstanceOf(Date)
    await client.close()
    await expect(db.select().from(condolencias)).rejects.toThrow()
  })
})
