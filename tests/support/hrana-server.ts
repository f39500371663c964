import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Database from 'libsql'

/**
 * A minimal Hrana-over-HTTP (protocol v2, JSON) server on a libSQL file: the protocol Turso speaks
 * and `@libsql/client/web` uses. There is no libSQL server on npm, so this stands in for Turso
 * when the Workers bundle runs in workerd during the tests: the Worker then takes its real path,
 * libSQL over HTTP, instead of a different driver. Each pipeline runs to completion before the
 * next (the client closes its stream in the same request), as one stream of one connection would.
 */

type HranaValue =
  | { type: 'null' }
  | { type: 'integer'; value: string }
  | { type: 'float'; value: number }
  | { type: 'text'; value: string }
  | { type: 'blob'; base64: string }

interface Stmt {
  sql?: string
  sql_id?: number
  args?: HranaValue[]
  named_args?: { name: string; value: HranaValue }[]
  want_rows?: boolean
}

type Condition =
  | { type: 'ok' | 'error'; step: number }
  | { type: 'not'; cond: Condition }
  | { type: 'and' | 'or'; conds: Condition[] }
  | { type: 'is_autocommit' }

type StreamRequest =
  | { type: 'close' | 'get_autocommit' }
  | { type: 'execute'; stmt: Stmt }
  | { type: 'batch'; batch: { steps: { condition?: Condition | null; stmt: Stmt }[] } }
  | { type: 'sequence'; sql?: string; sql_id?: number }
  | { type: 'store_sql'; sql_id: number; sql: string }
  | { type: 'close_sql'; sql_id: number }

function fromHrana(value: HranaValue): unknown {
  switch (value.type) {
    case 'null':
      return null
    case 'integer':
      return BigInt(value.value)
    case 'float':
    case 'text':
      return value.value
    case 'blob':
      return Buffer.from(value.base64, 'base64')
  }
}

function toHrana(value: unknown): HranaValue {
  if (value === null || value === undefined) return { type: 'null' }
  if (typeof value === 'bigint') return { type: 'integer', value: value.toString() }
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { type: 'integer', value: String(value) } : { type: 'float', value }
  }
  if (typeof value === 'string') return { type: 'text', value }
  if (value instanceof Uint8Array) return { type: 'blob', base64: Buffer.from(value).toString('base64') }
  return { type: 'text', value: String(value) }
}

/**
 * A failed statement as Turso's server reports it: SQLite's primary code by name
 * (`SQLITE_CONSTRAINT`, `SQLITE_FULL`, `SQLITE_IOERR`), never the extended one.
 */
function hranaError(error: unknown): { message: string; code: string } {
  const { message, code } = error as { message?: string; code?: string }
  return { message: message ?? String(error), code: /^SQLITE_[A-Z]+/.exec(code ?? '')?.[0] ?? 'SQLITE_ERROR' }
}

const WRITE = /^\s*(insert|update|delete|replace)\b/i

class Connection {
  readonly db: Database.Database
  readonly sqls = new Map<number, string>()
  /** Whether a statement of this pipeline changed the database. */
  wrote = false
  /** The SQL of every statement this pipeline ran, in order. */
  readonly ran: string[] = []

  constructor(path: string, pragmas: string[]) {
    this.db = new Database(path)
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON')
    for (const pragma of pragmas) this.db.exec(pragma)
  }

  execute(stmt: Stmt) {
    const sql = stmt.sql ?? (stmt.sql_id === undefined ? undefined : this.sqls.get(stmt.sql_id))
    if (sql === undefined) throw new Error('statement without SQL')
    this.ran.push(sql)
    const prepared = this.db.prepare(sql).safeIntegers(true)
    const named = Object.fromEntries(
      (stmt.named_args ?? []).map((a) => [a.name.slice(1), fromHrana(a.value)]),
    )
    const args: unknown[] = stmt.named_args?.length ? [named] : (stmt.args ?? []).map(fromHrana)
    if (prepared.reader) {
      const rows = prepared.raw(true).all(...args) as unknown[][]
      const cols = prepared.columns().map((c) => ({ name: c.name, decltype: c.type }))
      return {
        cols,
        rows: rows.map((row) => row.map(toHrana)),
        affected_row_count: 0,
        last_insert_rowid: null,
      }
    }
    const info = prepared.run(...args)
    if (WRITE.test(sql)) this.wrote = true
    return {
      cols: [],
      rows: [],
      affected_row_count: Number(info.changes),
      last_insert_rowid: String(info.lastInsertRowid),
    }
  }

  batch(steps: { condition?: Condition | null; stmt: Stmt }[]) {
    const results: (ReturnType<Connection['execute']> | null)[] = []
    const errors: ({ message: string; code: string } | null)[] = []
    const holds = (cond: Condition): boolean => {
      switch (cond.type) {
        case 'ok':
          return results[cond.step] != null
        case 'error':
          return errors[cond.step] != null
        case 'not':
          return !holds(cond.cond)
        case 'and':
          return cond.conds.every(holds)
        case 'or':
          return cond.conds.some(holds)
        case 'is_autocommit':
          return !this.db.inTransaction
      }
    }
    for (const step of steps) {
      if (step.condition && !holds(step.condition)) {
        results.push(null)
        errors.push(null)
        continue
      }
      try {
        results.push(this.execute(step.stmt))
        errors.push(null)
      } catch (error) {
        results.push(null)
        errors.push(hranaError(error))
      }
    }
    return { step_results: results, step_errors: errors }
  }

  handle(request: StreamRequest) {
    switch (request.type) {
      case 'close':
      case 'close_sql':
        if (request.type === 'close_sql') this.sqls.delete(request.sql_id)
        return { type: request.type }
      case 'get_autocommit':
        return { type: 'get_autocommit', is_autocommit: !this.db.inTransaction }
      case 'store_sql':
        this.sqls.set(request.sql_id, request.sql)
        return { type: 'store_sql' }
      case 'execute':
        return { type: 'execute', result: this.execute(request.stmt) }
      case 'batch':
        return { type: 'batch', result: this.batch(request.batch.steps) }
      case 'sequence':
        this.db.exec(request.sql ?? this.sqls.get(request.sql_id ?? -1) ?? '')
        return { type: 'sequence' }
    }
  }
}

export interface HranaServer {
  url: string
  /** The libSQL file it serves. */
  readonly path: string
  /**
   * Statements each connection runs once opened, from the next request on: per-connection
   * settings, such as a page limit that fills the database as a full disk would.
   */
  readonly pragmas: string[]
  /** Pipelines received so far: the round trips a client made (one per batch or statement). */
  readonly pipelines: number
  /** Of those, the ones that changed the database (a commit). */
  readonly commits: number
  /** Added to every answer: the network between a Worker and Turso's primary. */
  latencyMs: number
  /**
   * How long a commit holds the one writer before it is answered (the durability wait of Turso's
   * plans): commits queue behind each other, as behind a single writer.
   */
  commitWaitMs: number
  /** Told of every pipeline once it ran: its statements' SQL, and whether it changed the database. */
  observe: ((statements: readonly string[], wrote: boolean) => void) | undefined
  /**
   * Parks every pipeline that arrives from now on, unanswered, until `release()`: a test can
   * cancel requests while their statements are in flight.
   */
  hold(): { parked: () => number; release: () => void }
  /** While set, every pipeline is answered 503 without running, as a Turso that is down would. */
  down: boolean
  /**
   * While set, every pipeline runs and commits, then its connection is cut before the answer: a
   * client cannot know whether its writes were taken.
   */
  losingAnswers: boolean
  close(): Promise<void>
}

/**
 * Starts the server on a loopback port. With `authToken`, a request must carry it as Turso
 * wants it (`Authorization: Bearer …`) or is answered 401, as Turso answers.
 *
 * @example
 * const turso = await startHranaServer('/tmp/test.db', { authToken: 'secret' })
 * // TURSO_DATABASE_URL = turso.url, TURSO_AUTH_TOKEN = 'secret'
 */
export async function startHranaServer(
  path: string,
  options: { authToken?: string } = {},
): Promise<HranaServer> {
  const pragmas: string[] = []
  let pipelines = 0
  let commits = 0
  /** The single writer: a commit waits here for those before it to have waited theirs. */
  let writer: Promise<void> = Promise.resolve()
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
  const answer = (
    method: string | undefined,
    url: string | undefined,
    chunks: Buffer[],
    res: ServerResponse,
  ) => {
    if (method !== 'POST' || url !== '/v2/pipeline') {
      res.writeHead(404).end()
      return
    }
    if (stand.down) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable')
      return
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { requests: StreamRequest[] }
    const connection = new Connection(path, pragmas)
    try {
      const results = body.requests.map((request) => {
        try {
          return { type: 'ok', response: connection.handle(request) }
        } catch (error) {
          return { type: 'error', error: hranaError(error) }
        }
      })
      const reply = () => {
        if (stand.losingAnswers) res.socket?.destroy()
        else {
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify({ baton: null, base_url: null, results }))
        }
      }
      if (connection.wrote) commits += 1
      stand.observe?.(connection.ran, connection.wrote)
      if (stand.latencyMs === 0 && (stand.commitWaitMs === 0 || !connection.wrote)) reply()
      else {
        // One writer: a commit waits for the commits before it.
        if (connection.wrote) writer = writer.then(() => sleep(stand.commitWaitMs))
        void Promise.all([connection.wrote ? writer : undefined, sleep(stand.latencyMs)]).then(reply)
      }
    } finally {
      connection.db.close()
    }
  }
  let held: (() => void)[] | undefined
  const server: Server = createServer((req, res) => {
    if (options.authToken !== undefined && req.headers.authorization !== `Bearer ${options.authToken}`) {
      res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized')
      req.resume()
      return
    }
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      pipelines += 1
      if (held) held.push(() => answer(req.method, req.url, chunks, res))
      else answer(req.method, req.url, chunks, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const stand: HranaServer = {
    url: `http://127.0.0.1:${port}`,
    path,
    pragmas,
    get pipelines() {
      return pipelines
    },
    get commits() {
      return commits
    },
    latencyMs: 0,
    commitWaitMs: 0,
    observe: undefined,
    hold: () => {
      const parked: (() => void)[] = []
      held = parked
      return {
        parked: () => parked.length,
        release: () => {
          held = undefined
          for (const next of parked) next()
        },
      }
    },
    down: false,
    losingAnswers: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
  return stand
}
