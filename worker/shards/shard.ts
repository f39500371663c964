import { DurableObject } from 'cloudflare:workers'
import type { DurableObjectState } from '@cloudflare/workers-types'
import { type Client, createClient } from '@libsql/client/web'
import { cloudflareMailQueue } from '../adapters/cloudflare-mail-queue.ts'
import { sumarCifras } from '../cifras/contar.ts'
import { isUniqueViolation } from '../errors.ts'
import { consoleLogger } from '../log.ts'
import { outboxIdsIn } from '../mail/outbox.ts'
import type { WorkerEnv } from '../workers.ts'
import type { Statement } from '../writes.ts'
import { DRAFTS_SCHEMA, draftOf, draftsOf, flushDrafts, keepDraft, oldestDraft } from './drafts.ts'
import type { Answer, KeptDraft, ShardAnswer, ShardDraft, ShardSubmission } from './protocol.ts'

/** How long a submission waits for others before its batch goes to Turso (`FLUSH_DELAY_MS`). */
const FLUSH_DELAY_MS = 250
/**
 * How long a draft waits before it goes to Turso (decision 0034), however busy the submissions'
 * flushes: a citizen typing saves every second or two, and only the last save of those seconds
 * reaches Turso, with every other draft of the shard in one transaction.
 */
const DRAFT_FLUSH_DELAY_MS = 5_000
/** The most submissions one transaction of Turso's carries (`FLUSH_BATCH`). */
const FLUSH_BATCH = 200
/** How long a batch that Turso did not take waits before it is sent again, at most. */
const MAX_BACKOFF_MS = 30_000

const SCHEMA = `
  create table if not exists keys (key text primary key, hash text, status integer, body text, expires_at integer not null);
  create table if not exists counters (key text primary key, count integer not null, expires_at integer not null);
  create table if not exists pending (seq integer primary key autoincrement, id text not null unique, shard text not null, statements text not null, accepted_at integer not null, unseen integer not null default 0);
  create table if not exists lookups (code text primary key, owner text not null, view text not null, seq integer not null);
  create index if not exists lookups_owner on lookups (owner);
  create table if not exists failed (id text primary key, statements text not null, error text not null, at integer not null);
`

type Row = Record<string, string | number | null | ArrayBuffer>

/**
 * A random negative rowid, for an unseen submission's row (decision 0048): away from the rows
 * numbered by insertion (positive: AUTOINCREMENT, or one past a table's largest), so that no row
 * whose time is kept sits beside it, and in no order among its kind. 53 random bits: a `pending`
 * row's seq comes back to JavaScript as a number, exactly.
 */
const SCATTERED = '-1 - (random() & 9007199254740991)'

/**
 * A submission shard (decision 0023): the Durable Object that takes the edge's submissions of
 * one slice of citizens — the slice a code's first character names — one at a time. In one
 * transaction of its own storage it checks what must hold across submissions the reads could not
 * see yet (a key answered once, one request per citizen, a weekly quota, a code used once), keeps
 * the submission, and answers; the submission is durable before the answer leaves (the object's
 * output gate). An alarm then commits what is kept to Turso, many submissions per transaction,
 * each behind its `edge_commits` row, so that a batch sent twice writes once.
 */
export class SubmissionShard extends DurableObject<WorkerEnv> {
  #turso: Client | undefined
  #backoffMs = 0
  readonly #log = consoleLogger({ service: 'comisaria-virtual', runtime: 'workers', part: 'shard' })

  constructor(ctx: DurableObjectState, env: WorkerEnv) {
    super(ctx, env)
    ctx.storage.sql.exec(SCHEMA)
    ctx.storage.sql.exec(DRAFTS_SCHEMA)
    // A shard's storage made before `pending.unseen` (decision 0048) gets the column.
    if (!ctx.storage.sql.exec('select * from pending limit 0').columnNames.includes('unseen'))
      ctx.storage.sql.exec('alter table pending add column unseen integer not null default 0')
  }

  /** The alarm, `delay` from now at the latest (an earlier one stands). */
  async #flushWithin(delay: number): Promise<void> {
    const at = Date.now() + delay
    const current = await this.ctx.storage.getAlarm()
    if (current === null || current > at) await this.ctx.storage.setAlarm(at)
  }

  #flushDelay(): number {
    return Number(this.env.FLUSH_DELAY_MS ?? FLUSH_DELAY_MS)
  }

  #draftDelay(): number {
    return Math.max(this.#flushDelay(), DRAFT_FLUSH_DELAY_MS)
  }

  #rows(query: string, ...bindings: unknown[]): Row[] {
    return this.ctx.storage.sql.exec<Row>(query, ...bindings).toArray()
  }

  #answer(row: Row | undefined): Answer | null {
    return row && typeof row.status === 'number' && typeof row.body === 'string'
      ? { status: row.status, body: row.body }
      : null
  }

  /**
   * Takes a submission of shard `shard`: checks its keys, counters and codes, keeps it with its
   * answer, and schedules its commit. Nothing is kept unless everything holds.
   */
  async submit(shard: string, s: ShardSubmission): Promise<ShardAnswer> {
    const now = Date.now()
    const answer = this.ctx.storage.transactionSync((): ShardAnswer => {
      if (s.idempotency) {
        const [stored] = this.#rows(
          'select hash, status, body from keys where key = ? and expires_at > ?',
          s.idempotency.key,
          now,
        )
        if (stored)
          return {
            kind: 'replay',
            answer: this.#answer(stored),
            reused: stored.hash !== s.idempotency.requestHash,
          }
      }
      for (const once of s.once ?? []) {
        const [held] = this.#rows(
          'select status, body from keys where key = ? and expires_at > ?',
          once.key,
          now,
        )
        const heldAnswer = this.#answer(held)
        if (heldAnswer) return { kind: 'taken', key: once.key, answer: heldAnswer }
      }
      for (const key of s.requires ?? []) {
        if (this.#rows('select 1 from keys where key = ? and expires_at > ?', key, now).length === 0)
          return { kind: 'missing', key }
      }
      for (const code of s.codes ?? []) {
        if (this.#rows('select 1 from keys where key = ?', `code:${code}`).length > 0)
          return { kind: 'code', code }
      }
      for (const counter of s.counters ?? []) {
        const [row] = this.#rows(
          'select count from counters where key = ? and expires_at > ?',
          counter.key,
          now,
        )
        const count = typeof row?.count === 'number' ? row.count : counter.baseline
        if (count + 1 > counter.max) return { kind: 'over', key: counter.key }
      }
      const until = s.unseen?.keepUntil ?? now + s.keepMs
      // Keys and counters at random rowids, every one: their order would tell which came after
      // which, and an unseen submission's would sit among dated ones (decision 0048).
      const keep = (key: string, hash: string | null, kept: Answer | null) =>
        this.ctx.storage.sql.exec(
          `insert into keys (rowid, key, hash, status, body, expires_at) values (random(), ?1, ?2, ?3, ?4, ?5)
           on conflict (key) do update set hash = ?2, status = ?3, body = ?4, expires_at = ?5`,
          key,
          hash,
          kept?.status ?? null,
          kept?.body ?? null,
          until,
        )
      if (s.idempotency) keep(s.idempotency.key, s.idempotency.requestHash, s.answer)
      for (const once of s.once ?? []) keep(once.key, null, once.answer)
      for (const key of s.holds ?? []) keep(key, null, null)
      for (const code of s.codes ?? []) keep(`code:${code}`, null, null)
      for (const counter of s.counters ?? []) {
        // A counter past its time starts again from what Turso counted.
        this.ctx.storage.sql.exec(
          `insert into counters (rowid, key, count, expires_at) values (random(), ?1, ?2, ?3)
           on conflict (key) do update set count = iif(expires_at > ?4, count + 1, ?2), expires_at = ?3`,
          counter.key,
          counter.baseline + 1,
          until,
          now,
        )
      }
      const [{ seq } = { seq: 0 }] = this.#rows(
        // An unseen one first in the queue, not in sequence with the dated ones it waits among.
        `insert into pending (seq, id, shard, statements, accepted_at, unseen)
         values (iif(?5, ${SCATTERED}, null), ?1, ?2, ?3, ?4, ?5) returning seq`,
        s.id,
        shard,
        JSON.stringify(s.statements),
        s.unseen?.acceptedAt ?? now,
        s.unseen ? 1 : 0,
      )
      if (s.lookup) {
        this.ctx.storage.sql.exec(
          'insert or replace into lookups (code, owner, view, seq) values (?, ?, ?, ?)',
          s.lookup.code,
          s.lookup.owner,
          s.lookup.view,
          seq,
        )
      }
      return { kind: 'accepted' }
    })
    if (answer.kind === 'accepted') await this.#flushWithin(this.#flushDelay())
    return answer
  }

  /** Keeps a draft's save (or its discarding) in place of the one before; gives back its version. */
  async keepDraft(draft: ShardDraft): Promise<number> {
    const version = keepDraft(this.ctx.storage.sql, draft, Date.now())
    await this.#flushWithin(this.#draftDelay())
    return version
  }

  /** A draft not yet in Turso (its `view` null: discarded), or null. */
  draftOf(owner: string, form: string): KeptDraft | null {
    return draftOf(this.ctx.storage.sql, owner, form)
  }

  /** `owner`'s drafts not yet in Turso. */
  draftsOf(owner: string): KeptDraft[] {
    return draftsOf(this.ctx.storage.sql, owner)
  }

  /** A submission not yet in Turso, by its code (if `owner`'s, when one is given): what its citizen sees. */
  lookup(code: string, owner: string | null): string | null {
    const [row] = this.#rows(
      'select view from lookups where code = ? and (?2 is null or owner = ?2)',
      code,
      owner,
    )
    return typeof row?.view === 'string' ? row.view : null
  }

  /** `owner`'s submissions not yet in Turso, oldest first. */
  pendingOf(owner: string): string[] {
    return this.#rows('select view from lookups where owner = ? order by seq', owner).flatMap((row) =>
      typeof row.view === 'string' ? [row.view] : [],
    )
  }

  /** How many submissions wait for Turso (for the bench and the tests). */
  depth(): number {
    const [row] = this.#rows('select count(*) as n from pending')
    return typeof row?.n === 'number' ? row.n : 0
  }

  /**
   * Commits everything kept, now (tests and the bench): the submissions, then the drafts. Gives
   * back how many of them went.
   */
  async flush(): Promise<number> {
    return (await this.#flushSubmissions()) + (await this.#flushDrafts())
  }

  async #flushSubmissions(): Promise<number> {
    let committed = 0
    for (;;) {
      const batch = this.#rows(
        'select seq, id, shard, statements, accepted_at, unseen from pending order by seq limit ?',
        Number(this.env.FLUSH_BATCH ?? FLUSH_BATCH),
      )
      if (batch.length === 0) return committed
      await this.#commit(batch)
      committed += batch.length
    }
  }

  #flushDrafts(): Promise<number> {
    return flushDrafts(this.ctx.storage.sql, this.#client(), Number(this.env.FLUSH_BATCH ?? FLUSH_BATCH))
  }

  /**
   * The alarm's work: the submissions, and the drafts once the one kept longest has waited its
   * delay — a submission's flush every quarter second does not take the drafts along.
   */
  override async alarm(): Promise<void> {
    try {
      await this.#flushSubmissions()
      const oldest = oldestDraft(this.ctx.storage.sql)
      if (oldest !== null && oldest + this.#draftDelay() <= Date.now()) await this.#flushDrafts()
      const left = oldestDraft(this.ctx.storage.sql)
      if (left !== null) await this.#flushWithin(Math.max(0, left + this.#draftDelay() - Date.now()))
      this.#backoffMs = 0
    } catch (error) {
      // Turso did not take the batch: it stays kept, and goes again later.
      this.#backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(500, this.#backoffMs * 2))
      this.#log.warn('shard commit deferred', { error: String(error), retryInMs: this.#backoffMs })
      await this.ctx.storage.setAlarm(Date.now() + this.#backoffMs)
    }
  }

  #client(): Client {
    this.#turso ??= createClient({
      url: this.env.TURSO_DATABASE_URL,
      authToken: this.env.TURSO_AUTH_TOKEN,
      intMode: 'number',
    })
    return this.#turso
  }

  /**
   * The statements of one submission, behind its `edge_commits` row — an unseen one's at a random
   * negative rowid, committed "at" its day's first instant like it was accepted (decision 0048); a
   * dated one's one past the largest positive rowid, never SQLite's "one past the largest", which
   * would put the first dated row of a table whose first row was unseen right beside it.
   */
  #statementsOf(row: Row, now: number): Statement[] {
    const unseen = row.unseen === 1
    return [
      {
        sql: `insert into edge_commits (rowid, id, shard, accepted_at, committed_at)
              values (iif(?, ${SCATTERED}, (select max(coalesce(max(rowid), 0), 0) + 1 from edge_commits)), ?, ?, ?, ?)`,
        args: [
          unseen ? 1 : 0,
          String(row.id),
          String(row.shard),
          Number(row.accepted_at),
          unseen ? Number(row.accepted_at) : now,
        ],
      },
      ...(JSON.parse(String(row.statements)) as Statement[]),
    ]
  }

  /**
   * One transaction for the batch; if a statement of it breaks a constraint, each submission
   * alone: one whose `edge_commits` row is there already was committed by a batch whose answer got
   * lost, and one that fails otherwise is set aside and reported (it was answered: an operator must
   * see it).
   */
  async #commit(batch: Row[]): Promise<void> {
    const now = Date.now()
    try {
      // The batch's counters added up: a day's hot rollups written once a batch (decision 0026).
      await this.#client().batch(sumarCifras(batch.flatMap((row) => this.#statementsOf(row, now))), 'write')
    } catch (error) {
      if (!isConstraintError(error)) throw error
      for (const row of batch) await this.#commitAlone(row, now)
    }
    await this.#announceMail(batch)
    const last = batch.at(-1)?.seq
    this.ctx.storage.transactionSync(() => {
      // By each seq, not `seq <= last`: an unseen submission kept meanwhile may have drawn a lower one.
      for (const row of batch) this.ctx.storage.sql.exec('delete from pending where seq = ?', row.seq)
      // Only dated submissions have lookups, and theirs are numbered in order.
      this.ctx.storage.sql.exec('delete from lookups where seq <= ?', last)
      this.ctx.storage.sql.exec('delete from keys where expires_at <= ?', now)
      this.ctx.storage.sql.exec('delete from counters where expires_at <= ?', now)
    })
  }

  /**
   * Hands the e-mail the batch committed to the mail queue (decision 0022). A hand-off that fails
   * loses nothing: the rows are in Turso, and the maintenance sweep queues them.
   */
  async #announceMail(batch: Row[]): Promise<void> {
    const ids = outboxIdsIn(batch.flatMap((row) => JSON.parse(String(row.statements)) as Statement[]))
    if (ids.length === 0) return
    try {
      await cloudflareMailQueue(this.env.MAIL_QUEUE).send(ids)
    } catch (error) {
      this.#log.warn('mail not queued; the sweep will queue it', { outboxIds: ids, error: String(error) })
    }
  }

  async #commitAlone(row: Row, now: number): Promise<void> {
    try {
      await this.#client().batch(this.#statementsOf(row, now), 'write')
    } catch (error) {
      if (!isConstraintError(error)) throw error
      const [committed] = (
        await this.#client().execute({
          sql: 'select 1 from edge_commits where id = ?',
          args: [String(row.id)],
        })
      ).rows
      if (committed) return
      this.ctx.storage.sql.exec(
        'insert or replace into failed (id, statements, error, at) values (?, ?, ?, ?)',
        row.id,
        row.statements,
        String(error),
        row.unseen === 1 ? Number(row.accepted_at) : now,
      )
      this.#log.error('ALERT submission accepted at the edge could not be committed', {
        id: String(row.id),
        error: String(error),
      })
    }
  }
}

function isConstraintError(error: unknown): boolean {
  return (
    isUniqueViolation(error) ||
    /constraint failed/i.test(String((error as { cause?: unknown })?.cause ?? error))
  )
}
