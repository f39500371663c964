import type { InArgs, ResultSet } from '@libsql/client'
import { type Column, getTableColumns, getTableName } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import type { PreparedQuery } from 'drizzle-orm/session'
import type { SQLiteTable } from 'drizzle-orm/sqlite-core'
import type { Ports } from './ports.ts'

/** A statement ready for the driver. */
export interface Statement {
  sql: string
  args: InArgs
}

/** A write of a request: a drizzle query, or an INSERT made by {@link insertRow}. */
export type Write = BatchItem<'sqlite'> | Statement

/** Each table's columns by property name, listed once. */
const tableColumns = new WeakMap<SQLiteTable, [string, Column][]>()

function columnsOf(table: SQLiteTable): [string, Column][] {
  let columns = tableColumns.get(table)
  if (!columns) {
    columns = Object.entries(getTableColumns(table) as Record<string, Column>)
    tableColumns.set(table, columns)
  }
  return columns
}

/** INSERT texts by table and by the columns given. */
const texts = new WeakMap<SQLiteTable, Map<string, string>>()

/**
 * The INSERT of one row, as drizzle's `db.insert(table).values(row)` would write it (same SQL,
 * same arguments: tests/unit/writes.test.ts), with its text kept per table and set of columns.
 * drizzle builds the statement again on every call, 30–50 µs an insert: on the hot paths (a
 * request, its audit entry, its e-mail) that was a tenth of a submission's CPU.
 *
 * @example
 * writes.push(insertRow(auditLog, { id, at: now, actorKind: 'citizen', action }))
 */
export function insertRow<T extends SQLiteTable>(table: T, row: T['$inferInsert']): Statement {
  const values = row as Record<string, unknown>
  // As drizzle: a value not given comes from $defaultFn, else $onUpdateFn when there is no default.
  const generated = (column: Column) =>
    column.defaultFn ?? (column.default === undefined ? column.onUpdateFn : undefined)
  const columns = columnsOf(table).filter(
    ([key, column]) => values[key] !== undefined || generated(column) !== undefined,
  )
  const key = columns.map(([name]) => name).join()
  let byColumns = texts.get(table)
  if (!byColumns) {
    byColumns = new Map()
    texts.set(table, byColumns)
  }
  let text = byColumns.get(key)
  if (!text) {
    const names = columns.map(([, column]) => `"${column.name}"`).join(', ')
    text = `insert into "${getTableName(table)}" (${names}) values (${columns.map(() => '?').join(', ')})`
    byColumns.set(key, text)
  }
  const args = columns.map(([name, column]) => {
    const value = values[name] !== undefined ? values[name] : generated(column)?.()
    return value === null ? null : column.mapToDriverValue(value)
  })
  return { sql: text, args: args as InArgs }
}

/**
 * Writes as the driver takes them: SQL text and its arguments (a drizzle query built, a
 * {@link Statement} as it is). Plain data: a shard keeps them to commit later (decision 0023).
 *
 * @example
 * const statements = toStatements([db.insert(notes).values(note)])
 */
export function toStatements(writes: Write[]): Statement[] {
  return writes.map((write): Statement => {
    const query = write as { _prepare?: () => PreparedQuery }
    if (query._prepare === undefined) return write as Statement
    const { sql, params } = query._prepare().getQuery()
    return { sql, args: params as InArgs }
  })
}

/**
 * Runs writes in one batch (one transaction; on Node, one group commit). Every write of a request
 * goes through here, so this is where the storage's health is learnt: a full disk or an I/O error
 * becomes a 503 with its own code, and a batch committed after one ends the fault. Gives back each
 * write's result (the rows of a `returning`).
 *
 * @example
 * await runWrites(ctx, [...session.writes, auditEntry(ctx, 'user.login')])
 */
export async function runWrites(
  { db, storage }: Pick<Ports, 'db' | 'storage'>,
  writes: Write[],
): Promise<ResultSet[]> {
  if (writes.length === 0) return []
  const statements = toStatements(writes)
  const faultsBegun = storage.faultsBegun
  let results: ResultSet[]
  try {
    results = await db.$client.batch(statements)
  } catch (error) {
    throw storage.refusal(error) ?? error
  }
  storage.wrote(faultsBegun)
  return results
}

/**
 * Runs one conditional write alone and says how many rows it changed (0: its condition no longer
 * held — a compare-and-set lost to another request), learning the storage's health as
 * {@link runWrites} does.
 *
 * @example
 * const won = (await runCounted(ports, db.update(t).set({ n: 2 }).where(eq(t.n, 1)))) === 1
 */
export async function runCounted(
  { db, storage }: Pick<Ports, 'db' | 'storage'>,
  write: Write,
): Promise<number> {
  const [statement] = toStatements([write])
  if (!statement) return 0
  const faultsBegun = storage.faultsBegun
  let changed: number
  try {
    changed = (await db.$client.execute(statement)).rowsAffected
  } catch (error) {
    throw storage.refusal(error) ?? error
  }
  storage.wrote(faultsBegun)
  return changed
}
