/**
 * The writer thread's half of the group commit (group-commit.ts): the statements of one
 * connection and the commit of a group. A file of its own, importing nothing of @libsql/client,
 * so that a writer thread starts without loading it (each database opened starts one).
 */
import type Database from 'libsql'
import { CIFRA_UPSERT, SumaDeCifras } from './cifras.ts'

export type Connection = Database.Database
type Statement = ReturnType<Connection['prepare']>
export type Args = unknown[] | Record<string, unknown>

/** One statement as it crosses to the writer thread: SQL text and arguments already converted. */
export interface Call {
  sql: string
  args: Args
}

/** What a statement gave back, before it is shaped as @libsql/client's ResultSet. */
export interface RawResult {
  columns: string[] | null
  rows: unknown[][]
  changes: number
  lastInsertRowid: bigint
}

/** An error as it crosses threads (a structured clone keeps no class). */
export interface RawError {
  message: string
  code?: string
  rawCode?: number
}

/** Each request of a group: its results, or the error that rolled it back alone. */
export type Outcome = { results: RawResult[] } | { error: RawError }

const WRITE = /^\s*(insert|update|delete|replace)\b/i

/** Bytes arrive from another thread as a plain Uint8Array; the driver binds only Buffers. */
function bindable(args: Args): Args {
  const bind = (value: unknown) =>
    value instanceof Uint8Array && !Buffer.isBuffer(value)
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      : value
  if (Array.isArray(args)) return args.map(bind)
  return Object.fromEntries(Object.entries(args).map(([name, value]) => [name, bind(value)]))
}

export function rawError(error: unknown): RawError {
  const e = error as { message?: string; code?: string; rawCode?: number }
  return { message: e.message ?? String(error), code: e.code, rawCode: e.rawCode }
}

/** A connection's statements, prepared once and kept by SQL text, with their column names. */
export class Statements {
  readonly #db: Connection
  readonly #prepared = new Map<string, { statement: Statement; columns: string[] | null }>()

  constructor(db: Connection) {
    this.#db = db
  }

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

  /** Whether the statement only reads (a write, or one returning no rows, goes to the writer). */
  reads(sql: string): boolean {
    return !WRITE.test(sql) && this.#statement(sql).columns !== null
  }

  run(sql: string, args: Args): RawResult {
    const { statement, columns } = this.#statement(sql)
    if (columns) return { columns, rows: statement.all(args) as unknown[][], changes: 0, lastInsertRowid: 0n }
    const info = statement.run(args)
    return { columns, rows: [], changes: info.changes, lastInsertRowid: BigInt(info.lastInsertRowid) }
  }
}

/** What an UPSERT of a counter answers (nothing a request reads back). */
const NO_ROWS: RawResult = { columns: [], rows: [], changes: 1, lastInsertRowid: 0n }

/**
 * Commits a group of requests in one durable transaction, each request inside a SAVEPOINT of its
 * own: a failing request is rolled back alone and gets its error, its neighbours commit. If the
 * COMMIT itself fails, every request gets that error.
 *
 * A full disk or an I/O error in a statement can make SQLite roll back the whole transaction, not
 * only the savepoint (SQLITE_FULL does, measured with `max_page_count`), and with it the requests
 * before the failing one. That one fails alone; those before it run again and commit in a
 * transaction of their own, those after it in another: nothing is answered as written that is not,
 * and each such failure runs again only the requests before it (a full disk fails one request
 * after another: this keeps that linear).
 */
export function commitGroup(db: Connection, statements: Statements, group: Call[][]): Outcome[] {
  if (group.length === 0) return []
  const failAll = (error: unknown): Outcome[] => group.map(() => ({ error: rawError(error) }))
  try {
    db.exec('BEGIN IMMEDIATE')
  } catch (error) {
    return failAll(error)
  }
  try {
    const outcomes: Outcome[] = []
    // The figures' counters the group's committed requests move, added up: written once each at
    // the end (a busy second's hundred permits in one comuna move its counter once, not 100 times).
    const counters = new SumaDeCifras()
    for (const [i, calls] of group.entries()) {
      db.exec('SAVEPOINT request')
      try {
        const moved: unknown[][] = []
        const results = calls.map(({ sql, args }) => {
          if (sql !== CIFRA_UPSERT) return statements.run(sql, bindable(args))
          // contar() writes its UPSERTs with positional arguments.
          moved.push(args as unknown[])
          return NO_ROWS
        })
        db.exec('RELEASE request')
        for (const args of moved) counters.add(args)
        outcomes.push({ results })
      } catch (error) {
        if (!db.inTransaction) {
          return [
            ...commitGroup(db, statements, group.slice(0, i)),
            { error: rawError(error) },
            ...commitGroup(db, statements, group.slice(i + 1)),
          ]
        }
        db.exec('ROLLBACK TO request')
        db.exec('RELEASE request')
        outcomes.push({ error: rawError(error) })
      }
    }
    for (const args of counters.moves()) statements.run(CIFRA_UPSERT, bindable(args))
    db.exec('COMMIT')
    return outcomes
  } catch (error) {
    // The COMMIT failed, or undoing a request did: nothing of the group is written. (A writer
    // thread that threw would die, and every write after it fail until a restart.)
    if (db.inTransaction) db.exec('ROLLBACK')
    return failAll(error)
  }
}

/** Messages to the writer thread, answered one by one, in order. */
export type WriterMessage =
  | { kind: 'group'; group: Call[][] }
  | { kind: 'pragma'; sql: string }
  | { kind: 'close' }
export type WriterReply =
  | { outcomes: Outcome[] }
  | { result: RawResult }
  | { error: RawError }
  | { closed: true }
