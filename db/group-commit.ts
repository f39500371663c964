import type { Client, InArgs, InStatement, ResultSet, Row, TransactionMode } from '@libsql/client'
import { LibsqlError } from '@libsql/client'
import Database from 'libsql'

type Connection = Database.Database
type Statement = ReturnType<Connection['prepare']>
type Value = string | number | bigint | null | Uint8Array | ArrayBuffer | boolean | Date

interface Pending {
  statements: { sql: string; args: InArgs | undefined }[]
  resolve: (results: ResultSet[]) => void
  reject: (error: unknown) => void
}

const WRITE = /^\s*(insert|update|delete|replace)\b/i

function toSql(value: Value): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.valueOf()
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('non-finite number')
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

function argsOf(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (args === undefined) return []
  if (Array.isArray(args)) return args.map((value) => toSql(value as Value))
  const named: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(args)) named[name.replace(/^[@$:]/, '')] = toSql(value as Value)
  return named
}

function fromSql(value: unknown): unknown {
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    }
    return Number(value)
  }
  if (Buffer.isBuffer(value)) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)
  return value
}

/** A row as @libsql/client gives it: indexable by position and by column name. */
function rowOf(values: unknown[], columns: string[]): Row {
  const row: Record<string | number, unknown> = {}
  Object.defineProperty(row, 'length', { value: values.length })
  values.forEach((raw, i) => {
    const value = fromSql(raw)
    Object.defineProperty(row, i, { value })
    const column = columns[i] ?? String(i)
    if (!Object.hasOwn(row, column)) {
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
    }
  })
  return row as Row
}

function resultSet(
  columns: string[],
  rows: Row[],
  rowsAffected: number,
  lastInsertRowid?: bigint,
): ResultSet {
  return {
    columns,
    columnTypes: columns.map(() => ''),
    rows,
    rowsAffected,
    lastInsertRowid,
    toJSON: () => ({ columns, rows, rowsAffected, lastInsertRowid: lastInsertRowid?.toString() ?? null }),
  }
}

function mapError(error: unknown): unknown {
  if (error instanceof LibsqlError) return error
  const e = error as { message?: string; code?: string; rawCode?: number }
  return new LibsqlError(
    e.message ?? String(error),
    e.code ?? 'SQLITE_ERROR',
    undefined,
    e.rawCode,
    error as Error,
  )
}

/**
 * The embedded database's one connection, with group commit. Reads run at once. Writes — a
 * request's batch, or a single INSERT/UPDATE/DELETE — are queued, and every write queued during
 * one turn of the event loop is committed in one transaction: each batch in a SAVEPOINT of its
 * own (a failing one is rolled back alone and its caller gets the error), the COMMIT durable
 * (WAL, `synchronous=FULL`), and only then is each caller answered. A commit's fsync is paid once
 * for all of them: the disk's flush rate stops being the request rate.
 *
 * Statements are prepared once and kept (by SQL text). The work is synchronous on the event loop:
 * nothing interleaves with a transaction, so reads never see a half-written group.
 */
export class GroupCommitClient implements Client {
  readonly protocol = 'file'
  closed = false
  /** Groups committed and writes in them, for the benchmark. */
  readonly stats = { groups: 0, writes: 0 }
  readonly #db: Connection
  readonly #prepared = new Map<string, { statement: Statement; columns: string[] | null }>()
  #queue: Pending[] = []
  #scheduled = false

  constructor(path: string) {
    this.#db = new Database(path)
  }

  /** A prepared statement and, for one that returns rows, its column names (both kept by SQL text). */
  #statement(sql: string): { statement: Statement; columns: string[] | null } {
    let entry = this.#prepared.get(sql)
    if (!entry) {
      const statement = this.#db.prepare(sql)
      statement.safeIntegers(true)
      const columns = statement.reader
        ? statement.columns().map((column: { name: string }) => column.name)
        : null
      if (columns) statement.raw(true)
      entry = { statement, columns }
      if (this.#prepared.size > 2000) this.#prepared.clear()
      this.#prepared.set(sql, entry)
    }
    return entry
  }

  #run(sql: string, args: InArgs | undefined): ResultSet {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
    const { statement, columns } = this.#statement(sql)
    const values = argsOf(args)
    if (columns) {
      const rows = (statement.all(values) as unknown[][]).map((row) => rowOf(row, columns))
      return resultSet(columns, rows, 0)
    }
    const info = statement.run(values)
    return resultSet([], [], info.changes, BigInt(info.lastInsertRowid))
  }

  #enqueue(statements: Pending['statements']): Promise<ResultSet[]> {
    if (this.closed) return Promise.reject(new LibsqlError('The client is closed', 'CLIENT_CLOSED'))
    return new Promise((resolve, reject) => {
      this.#queue.push({ statements, resolve, reject })
      if (!this.#scheduled) {
        this.#scheduled = true
        setImmediate(() => this.#flush())
      }
    })
  }

  #flush(): void {
    this.#scheduled = false
    const group = this.#queue
    this.#queue = []
    if (group.length === 0) return
    const done: [Pending, ResultSet[]][] = []
    try {
      this.#db.exec('BEGIN IMMEDIATE')
    } catch (error) {
      for (const pending of group) pending.reject(mapError(error))
      return
    }
    for (const pending of group) {
      this.#db.exec('SAVEPOINT request')
      try {
        const results = pending.statements.map(({ sql, args }) => this.#run(sql, args))
        this.#db.exec('RELEASE request')
        done.push([pending, results])
      } catch (error) {
        this.#db.exec('ROLLBACK TO request')
        this.#db.exec('RELEASE request')
        pending.reject(mapError(error))
      }
    }
    try {
      this.#db.exec('COMMIT')
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK')
      for (const [pending] of done) pending.reject(mapError(error))
      return
    }
    this.stats.groups += 1
    this.stats.writes += done.length
    for (const [pending, results] of done) pending.resolve(results)
  }

  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args } : stmtOrSql
    if (WRITE.test(stmt.sql)) {
      const [result] = await this.#enqueue([{ sql: stmt.sql, args: stmt.args }])
      if (!result) throw new LibsqlError('no result', 'SQLITE_ERROR')
      return result
    }
    try {
      return this.#run(stmt.sql, stmt.args)
    } catch (error) {
      throw mapError(error)
    }
  }

  async batch(
    stmts: Array<InStatement | [string, InArgs?]>,
    mode: TransactionMode = 'deferred',
  ): Promise<ResultSet[]> {
    const statements: Pending['statements'] = stmts.map((stmt) =>
      Array.isArray(stmt)
        ? { sql: stmt[0], args: stmt[1] }
        : typeof stmt === 'string'
          ? { sql: stmt, args: undefined }
          : { sql: stmt.sql, args: stmt.args },
    )
    if (mode !== 'read') return this.#enqueue(statements)
    return statements.map(({ sql, args }) => this.#run(sql, args))
  }

  /** Migrations, at start-up: foreign keys off while tables are rebuilt, one transaction. */
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#db.exec('PRAGMA foreign_keys=off')
    try {
      this.#db.exec('BEGIN DEFERRED')
      try {
        const results = stmts.map((stmt) =>
          typeof stmt === 'string' ? this.#run(stmt, undefined) : this.#run(stmt.sql, stmt.args),
        )
        this.#db.exec('COMMIT')
        return results
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK')
        throw mapError(error)
      }
    } finally {
      this.#db.exec('PRAGMA foreign_keys=on')
    }
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#db.exec(sql)
  }

  async transaction(): Promise<never> {
    throw new LibsqlError(
      'Interactive transactions are not used: write through batch()',
      'TRANSACTION_UNSUPPORTED',
    )
  }

  async sync(): Promise<undefined> {
    return undefined
  }

  reconnect(): void {}

  close(): void {
    if (this.closed) return
    this.#flush()
    this.closed = true
    this.#db.close()
  }
}
