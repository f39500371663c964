import { Worker } from 'node:worker_threads'
import type { Client, InArgs, InStatement, ResultSet, Row, TransactionMode } from '@libsql/client'
import { LibsqlError } from '@libsql/client'
import Database from 'libsql'
import {
  type Args,
  type Call,
  type Connection,
  type RawError,
  type RawResult,
  rawError,
  Statements,
  type WriterMessage,
  type WriterReply,
} from './group-commit-writer.ts'

type Value = string | number | bigint | null | Uint8Array | ArrayBuffer | boolean | Date

const PRAGMA = /^\s*pragma\b/i

interface Pending {
  calls: Call[]
  resolve: (results: ResultSet[]) => void
  reject: (error: unknown) => void
}

function toSql(value: Value): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.valueOf()
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('non-finite number')
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value
}

function argsOf(args: InArgs | undefined): Args {
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
  if (value instanceof Uint8Array)
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength)
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

function resultSet({ columns, rows, changes, lastInsertRowid }: RawResult): ResultSet {
  const names = columns ?? []
  const mapped = rows.map((row) => rowOf(row, names))
  const lastId = columns ? undefined : lastInsertRowid
  return {
    columns: names,
    columnTypes: names.map(() => ''),
    rows: mapped,
    rowsAffected: changes,
    lastInsertRowid: lastId,
    toJSON: () => ({
      columns: names,
      rows: mapped,
      rowsAffected: changes,
      lastInsertRowid: lastId?.toString() ?? null,
    }),
  }
}

function libsqlError(error: unknown): LibsqlError {
  if (error instanceof LibsqlError) return error
  const e = rawError(error)
  const cause = error instanceof Error ? error : undefined
  return new LibsqlError(e.message, e.code ?? 'SQLITE_ERROR', undefined, e.rawCode, cause)
}

/**
 * The embedded database with group commit. Two connections: reads run at once on this thread's;
 * writes — a request's batch, or a single write — are queued, and everything queued while the
 * writer thread is busy goes to it as one group, committed in one durable transaction (WAL,
 * `synchronous=FULL`; see commitGroup). Each caller is answered only after that COMMIT returned.
 * The commit's fsync blocks the writer thread, not this one: requests keep being read, checked
 * and queued meanwhile, so the next group is the larger.
 *
 * A COMMIT in WAL mode becomes visible to the reading connection only once it is on disk, so no
 * answer is ever built on a write that could still be lost.
 */
export class GroupCommitClient implements Client {
  readonly protocol = 'file'
  closed = false
  /** Groups committed and writes in them, for the benchmark. */
  readonly stats = { groups: 0, writes: 0 }
  readonly #db: Connection
  readonly #statements: Statements
  readonly #writer: Worker
  /** Handlers of the messages the writer has not answered yet, oldest first. */
  readonly #replies: ((reply: WriterReply) => void)[] = []
  #queue: Pending[] = []
  #groupInFlight = false
  /** Whether this turn's read transaction is open (see #read). */
  #reading = false
  /** Set if the writer thread died: every write fails from then on, with its error. */
  #failed: RawError | undefined

  constructor(path: string) {
    this.#db = new Database(path)
    this.#statements = new Statements(this.#db)
    this.#writer = new Worker(new URL('./writer-thread.ts', import.meta.url), { workerData: { path } })
    this.#writer.on('message', (reply: WriterReply) => {
      // Whoever reads next, this write's caller included, sees it.
      this.#endRead()
      this.#replies.shift()?.(reply)
      if (this.#replies.length === 0) this.#writer.unref()
    })
    this.#writer.on('error', (error) => {
      this.#failed = rawError(error)
      for (const handler of this.#replies.splice(0)) handler({ error: this.#failed })
    })
    this.#writer.unref()
  }

  #send(message: WriterMessage): Promise<WriterReply> {
    return new Promise((resolve) => {
      if (this.#failed) return resolve({ error: this.#failed })
      this.#replies.push(resolve)
      // A process waiting on its writes stays alive; an idle writer does not keep it running.
      this.#writer.ref()
      this.#writer.postMessage(message)
    })
  }

  /**
   * Reads of one turn of the event loop share one read transaction: each statement on its own
   * would take and drop SQLite's locks (a third of a short look-up's cost). It ends at the next
   * turn, or as soon as a write group is committed, so no read misses a write acknowledged before it.
   */
  #read(sql: string, args: InArgs | undefined): ResultSet {
    if (this.closed) throw new LibsqlError('The client is closed', 'CLIENT_CLOSED')
    if (!this.#reading) {
      this.#db.exec('BEGIN')
      this.#reading = true
      setImmediate(() => this.#endRead())
    }
    try {
      return resultSet(this.#statements.run(sql, argsOf(args)))
    } catch (error) {
      throw libsqlError(error)
    }
  }

  #endRead(): void {
    if (!this.#reading) return
    this.#reading = false
    this.#db.exec('COMMIT')
  }

  #enqueue(statements: { sql: string; args: InArgs | undefined }[]): Promise<ResultSet[]> {
    if (this.closed) return Promise.reject(new LibsqlError('The client is closed', 'CLIENT_CLOSED'))
    return new Promise((resolve, reject) => {
      const calls = statements.map(({ sql, args }) => ({ sql, args: argsOf(args) }))
      this.#queue.push({ calls, resolve, reject })
      if (!this.#groupInFlight) this.#flush()
    })
  }

  /** Sends everything queued as one group; when it is committed, the next (if any) goes. */
  #flush(): void {
    const group = this.#queue
    if (group.length === 0) return
    this.#queue = []
    this.#groupInFlight = true
    void this.#send({ kind: 'group', group: group.map((pending) => pending.calls) }).then((reply) => {
      this.#groupInFlight = false
      if ('outcomes' in reply) {
        this.stats.groups += 1
        this.stats.writes += reply.outcomes.filter((outcome) => 'results' in outcome).length
      }
      group.forEach((pending, i) => {
        const outcome = 'outcomes' in reply ? reply.outcomes[i] : undefined
        if (outcome && 'results' in outcome) pending.resolve(outcome.results.map(resultSet))
        else pending.reject(libsqlError(outcome?.error ?? ('error' in reply ? reply.error : reply)))
      })
      this.#flush()
    })
  }

  async execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    const stmt = typeof stmtOrSql === 'string' ? { sql: stmtOrSql, args } : stmtOrSql
    if (PRAGMA.test(stmt.sql)) return this.#pragma(stmt.sql)
    if (!this.#statements.reads(stmt.sql)) {
      const [result] = await this.#enqueue([{ sql: stmt.sql, args: stmt.args }])
      if (!result) throw new LibsqlError('no result', 'SQLITE_ERROR')
      return result
    }
    return this.#read(stmt.sql, stmt.args)
  }

  /** A PRAGMA runs on both connections (they are per connection); the writer's answer is returned. */
  async #pragma(sql: string): Promise<ResultSet> {
    this.#endRead()
    this.#statements.run(sql, [])
    const reply = await this.#send({ kind: 'pragma', sql })
    if ('result' in reply) return resultSet(reply.result)
    throw libsqlError('error' in reply ? reply.error : reply)
  }

  async batch(
    stmts: Array<InStatement | [string, InArgs?]>,
    mode: TransactionMode = 'deferred',
  ): Promise<ResultSet[]> {
    const statements = stmts.map((stmt) =>
      Array.isArray(stmt)
        ? { sql: stmt[0], args: stmt[1] }
        : typeof stmt === 'string'
          ? { sql: stmt, args: undefined }
          : { sql: stmt.sql, args: stmt.args },
    )
    if (mode !== 'read') return this.#enqueue(statements)
    return statements.map(({ sql, args }) => this.#read(sql, args))
  }

  /** Migrations, at start-up, before any write: foreign keys off while tables are rebuilt, one transaction. */
  async migrate(stmts: InStatement[]): Promise<ResultSet[]> {
    this.#endRead()
    this.#db.exec('PRAGMA foreign_keys=off')
    try {
      this.#db.exec('BEGIN DEFERRED')
      try {
        const results = stmts.map((stmt) =>
          typeof stmt === 'string'
            ? resultSet(this.#statements.run(stmt, []))
            : resultSet(this.#statements.run(stmt.sql, argsOf(stmt.args))),
        )
        this.#db.exec('COMMIT')
        return results
      } catch (error) {
        if (this.#db.inTransaction) this.#db.exec('ROLLBACK')
        throw libsqlError(error)
      }
    } finally {
      this.#db.exec('PRAGMA foreign_keys=on')
    }
  }

  async executeMultiple(sql: string): Promise<void> {
    this.#endRead()
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

  /** Commits what is queued, then closes both connections and ends the writer thread. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    while (this.#groupInFlight || this.#queue.length > 0) {
      await new Promise((resolve) => setImmediate(resolve))
    }
    await this.#send({ kind: 'close' })
    await this.#writer.terminate()
    this.#endRead()
    this.#db.close()
  }
}
