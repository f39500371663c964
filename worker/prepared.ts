import type { Database } from './ports.ts'

/**
 * Queries built once per database and reused: drizzle otherwise turns a query builder into SQL
 * on every call, which on the hot paths (the session of every request, the registries, the
 * public verification) cost more than running the query. Values go in as `sql.placeholder`s.
 *
 * @example
 * const queries = preparedFor((db) => ({
 *   byCode: db.select().from(t).where(eq(t.code, sql.placeholder('code'))).prepare(),
 * }))
 * const [row] = await queries(db).byCode.all({ code })
 */
export function preparedFor<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>()
  return (db) => {
    let queries = built.get(db)
    if (queries === undefined) {
      queries = build(db)
      built.set(db, queries)
    }
    return queries
  }
}
