import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, sql } from 'drizzle-orm'
import { outbox } from '../../db/schema/index.ts'
import { rowId } from '../ids.ts'
import type { Logger } from '../log.ts'
import type { Clock, Database, FileStore, Mailer } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { TIMEOUTS } from '../timeout.ts'
import { insertRow, type Statement, type Write } from '../writes.ts'

export interface Mail {
  to: string
  subject: string
  text: string
  html?: string
  attachments?: { key: string; filename: string; contentType: string }[]
}

/** The INSERT of an outbox row, carrying the row's id so that a committed batch can say what it mailed. */
export interface MailWrite extends Statement {
  readonly outboxId: string
}

/**
 * The outbox row of an e-mail, to run in the same batch as the change that causes it. Its
 * Message-ID is fixed now, so that a repeated delivery can be recognised by the receiver.
 *
 * @example
 * writes.push(enqueueMail(clock.now(), 'comisariavirtual.cl', { to, subject, text }))
 */
export function enqueueMail(now: Date, domain: string, mail: Mail): MailWrite {
  const id = rowId()
  const insert = insertRow(outbox, {
    id,
    messageId: `<${id}@${domain}>`,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    attachments: mail.attachments ?? null,
    createdAt: now,
    nextAttemptAt: now,
  })
  return { ...insert, outboxId: id }
}

/**
 * The outbox rows a list of writes inserts (those {@link enqueueMail} made): read from the writes
 * themselves, not their SQL, and kept through a copy or a trip through JSON.
 *
 * @example
 * outboxIdsIn([auditInsert, enqueueMail(now, domain, mail)]) // ['0195…']
 */
export function outboxIdsIn(writes: readonly Write[]): string[] {
  const ids: string[] = []
  for (const write of writes) {
    const id = (write as Partial<MailWrite>).outboxId
    if (typeof id === 'string') ids.push(id)
  }
  return ids
}

/**
 * How long a delivery may take before another worker may try the same message again: longer
 * than a delivery can last (the mailers bound it by TIMEOUTS.mail).
 */
const LEASE_MS = 2 * 60_000

/**
 * How long after leasing a batch a send may still begin: one that begins later could outlast the
 * lease (a delivery takes up to TIMEOUTS.mail) and meet another server's delivery of the same
 * message. 15 s more cover servers' clocks drifting apart. The messages left wait out their lease.
 */
const START_SENDS_WITHIN_MS = LEASE_MS - TIMEOUTS.mail - 15_000
const BACKOFF_MS = [10_000, 60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000]

/** What delivering the outbox uses. */
type OutboxPorts = { db: Database; mailer: Mailer; files: FileStore; clock: Clock; log: Logger }

/** Messages leased by one delivery run. */
const BATCH = 40

/** Messages sent at the same time, each on its own SMTP connection (one at a time: ~10 a second). */
const PARALLEL_SENDS = 8

/** Built once per database: drizzle building it anew for every e-mail cost more than running it. */
const queries = preparedFor((db) => ({
  markSent: db
    .update(outbox)
    .set({ sentAt: sql`${sql.placeholder('at')}`, attempts: sql`${outbox.attempts} + 1` })
    .where(eq(outbox.id, sql.placeholder('id')))
    .prepare(),
}))

/**
 * Delivers due messages, at least once each: the due ones are leased in one statement (so that
 * two loops, or two servers on one database, do not send them at the same moment), sent, up to
 * PARALLEL_SENDS at once, each marked sent as soon as it is; a send does not begin once the lease
 * is too old to be sure it ends within it. A crash between sending and marking sends it again
 * later, with the same Message-ID. Failures are retried with a growing delay. Returns how many
 * were sent.
 *
 * @example
 * await deliverOutbox({ db, mailer, files, clock, log })
 */
export async function deliverOutbox(ports: OutboxPorts): Promise<number> {
  const { db, clock } = ports
  const now = clock.now()
  const sendBy = now.getTime() + START_SENDS_WITHIN_MS
  const due = await db
    .update(outbox)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
    .where(
      inArray(
        outbox.id,
        db
          .select({ id: outbox.id })
          .from(outbox)
          .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, now)))
          .orderBy(asc(outbox.nextAttemptAt))
          .limit(BATCH),
      ),
    )
    .returning()
  let sent = 0
  await eachAtMost(PARALLEL_SENDS, due, async (message) => {
    // Past its lease's safe end a message is left for whoever leases it next (decision 0021).
    if (clock.now().getTime() > sendBy) return
    if (!(await deliverOne(ports, message))) return
    await queries(db).markSent.run({ id: message.id, at: clock.now().getTime() })
    sent += 1
  })
  return sent
}

/** An outbox row as read. */
export type OutboxRow = typeof outbox.$inferSelect

/**
 * Runs `task` on every item, at most `parallel` at a time.
 *
 * @example
 * await eachAtMost(8, rows, (row) => sendRow(ports, row))
 */
export async function eachAtMost<T>(parallel: number, items: readonly T[], task: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await task(item)
  }
  await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker))
}

/**
 * Sends one outbox row, its attachments read from the file store; throws when it could not.
 *
 * @example
 * await sendRow(ports, row)
 */
export async function sendRow(
  ports: Pick<OutboxPorts, 'mailer' | 'files'>,
  message: OutboxRow,
): Promise<void> {
  const attachments = []
  for (const file of message.attachments ?? []) {
    const content = await ports.files.get(file.key)
    if (!content) throw new Error(`attachment missing: ${file.key}`)
    attachments.push({ filename: file.filename, content, contentType: file.contentType })
  }
  await ports.mailer.send({ ...message, attachments })
}

/** Sends one leased message; on failure, sets when it is tried again and returns false. */
async function deliverOne(ports: OutboxPorts, message: OutboxRow): Promise<boolean> {
  const { db, clock, log } = ports
  try {
    await sendRow(ports, message)
    return true
  } catch (error) {
    const delay = BACKOFF_MS[Math.min(message.attempts, BACKOFF_MS.length - 1)] ?? LEASE_MS
    await db
      .update(outbox)
      .set({
        attempts: sql`${outbox.attempts} + 1`,
        nextAttemptAt: new Date(clock.now().getTime() + delay),
        lastError: String(error).slice(0, 500),
      })
      .where(eq(outbox.id, message.id))
    log.warn('mail delivery failed', { messageId: message.messageId, error: String(error) })
    return false
  }
}

/**
 * Delivers until nothing is due, a batch leaves something unsent (failed, or another loop's), or
 * `budgetMs` has passed: a backlog (an election day's codes) drains in one run instead of a batch
 * per run. Returns how many were sent.
 *
 * @example
 * await drainOutbox(ports, 1_500)
 */
export async function drainOutbox(ports: OutboxPorts, budgetMs: number): Promise<number> {
  const until = Date.now() + budgetMs
  let total = 0
  for (;;) {
    const sent = await deliverOutbox(ports)
    total += sent
    if (sent < BATCH || Date.now() >= until) return total
  }
}

/**
 * Makes every unsent message due now. The embedded default calls it at start-up on its file: it
 * is the only process delivering from it, so a lease still held belongs to a process that died
 * (killed between leasing and marking sent) and would otherwise hold that message back for
 * LEASE_MS; a message waiting out a back-off gets one early try, which a restart after fixing the
 * mail settings wants anyway. Never on a shared database: a lease there may be a live server's.
 *
 * @example
 * await retryUnsentMail(db, clock.now())
 */
export async function retryUnsentMail(db: Database, now: Date): Promise<void> {
  await db
    .update(outbox)
    .set({ nextAttemptAt: now })
    .where(and(isNull(outbox.sentAt), gt(outbox.nextAttemptAt, now)))
}

/**
 * How long a sent message is kept: long enough to answer "I never got the e-mail" after an
 * election week (its Message-ID finds it in the mail provider's log), short enough that links
 * and personal data do not pile up (docs/decisions/0022).
 */
export const SENT_MAIL_RETENTION_MS = 7 * 24 * 60 * 60_000

/** Rows deleted per statement: an election day's 500,000 leave over a few hours of runs, not in one lock. */
const PURGE_BATCH = 5_000

/**
 * Deletes up to PURGE_BATCH messages sent before the retention period; unsent ones are kept (and
 * retried). Returns how many went.
 *
 * @example
 * await purgeSentMail(db, clock.now())
 */
export async function purgeSentMail(db: Database, now: Date): Promise<number> {
  const before = new Date(now.getTime() - SENT_MAIL_RETENTION_MS)
  const old = db.select({ id: outbox.id }).from(outbox).where(lt(outbox.sentAt, before)).limit(PURGE_BATCH)
  const result = await db.delete(outbox).where(inArray(outbox.id, old))
  return result.rowsAffected
}

/**
 * The last hundred e-mails written, newest first: what `/dev/outbox` shows outside production.
 *
 * @example
 * const rows = await ultimosCorreos(db)
 */
export function ultimosCorreos(db: Database) {
  return db.select().from(outbox).orderBy(desc(outbox.createdAt)).limit(100)
}
