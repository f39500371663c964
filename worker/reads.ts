import type { InArgs, InStatement, ResultSet } from '@libsql/client'
import { fillPlaceholders } from 'drizzle-orm'
import type { SQLitePreparedQuery } from 'drizzle-orm/sqlite-core'
import type { Database } from './ports.ts'

/**
 * One read a request needs, not yet run: a statement for the database, or a call elsewhere (a
 * registry on another service). Requests gather theirs and run them together with
 * `readTogether`: at the edge every database round trip crosses the continent, and a submission
 * may make one for all its reads (decision 0023).
 */
export type Read<T> = { statement: InStatement; map: (result: ResultSet) => T } | { call: () => Promise<T> }

type PreparedSelect = Pick<SQLitePreparedQuery<never>, 'getQuery' | 'mapAllResult'>

/**
 * A read from a query prepared once (worker/prepared.ts) with its placeholders' values; `pick`
 * shapes its rows (drizzle's mapping, as `.all()` gives them).
 *
 * @example
 * const session = readRows(queries(db).session, { tokenHash }, (rows) => rows[0] ?? null)
 */
export function readRows<Row, T>(
  prepared: { all(values?: Record<string, unknown>): Promise<Row[]> },
  values: Record<string, unknown>,
  pick: (rows: Row[]) => T,
): Read<T> {
  const query = prepared as unknown as PreparedSelect
  const { sql, params } = query.getQuery()
  return {
    statement: { sql, args: fillPlaceholders(params, values) as InArgs },
    map: (result) => pick(query.mapAllResult(result, true) as Row[]),
  }
}

/** The first row of a prepared query, or null. */
export function readFirst<Row>(
  prepared: { all(values?: Record<string, unknown>): Promise<Row[]> },
  values: Record<string, unknown>,
): Read<Row | null> {
  return readRows(prepared, values, (rows) => rows[0] ?? null)
}

/** A read whose answer is already known (nothing to ask). */
export function known<T>(value: T): Read<T> {
  return { call: async () => value }
}

/** What a set of reads gives, by name. */
export type Loaded<R extends Record<string, Read<unknown>>> = {
  [K in keyof R]: R[K] extends Read<infer T> ? T : never
}

/**
 * Runs a request's reads together: the database's in ONE batch (one round trip over HTTP, a read
 * transaction on the embedded file: every read sees the same moment), the others at the same time.
 *
 * @example
 * const { eleccion, roll } = await readTogether(db, { eleccion: eleccionRead(id), roll: registries.roll.lookup(run) })
 */
export async function readTogether<R extends Record<string, Read<unknown>>>(
  db: Database,
  reads: R,
): Promise<Loaded<R>> {
  const entries = Object.entries(reads)
  const statements: InStatement[] = []
  for (const [, read] of entries) if ('statement' in read) statements.push(read.statement)
  const [batch, ...called] = await Promise.all([
    statements.length > 0 ? db.$client.batch(statements, 'read') : Promise.resolve([]),
    ...entries.map(([, read]) => ('call' in read ? read.call() : Promise.resolve(undefined))),
  ])
  const out: Record<string, unknown> = {}
  let next = 0
  entries.forEach(([name, read], i) => {
    if ('statement' in read) {
      const result = batch[next++]
      if (!result) throw new Error(`no result for the read ${name}`)
      out[name] = read.map(result)
    } else {
      out[name] = called[i]
    }
  })
  return out as Loaded<R>
}

/**
 * Runs one read alone (a page that needs a single look-up).
 *
 * @example
 * const roll = await readOne(db, registries.roll.lookup(run))
 */
export async function readOne<T>(db: Database, read: Read<T>): Promise<T> {
  return (await readTogether(db, { value: read })).value
}
