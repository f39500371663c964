import { and, asc, inArray, isNull, lte } from 'drizzle-orm'
import { outbox } from '../../db/schema/index.ts'
import type { Logger } from '../log.ts'
import type { Clock, Database } from '../ports.ts'
import type { Write } from '../writes.ts'
import { outboxIdsIn } from './outbox.ts'

/** A queue message: the outbox row to send. The row is the truth; no address or text travels. */
export interface MailTask {
  outboxId: string
}

/**
 * Where committed e-mail is handed for sending: a Cloudflare Queue at the edge
 * (worker/adapters/cloudflare-mail-queue.ts). Node has none: its outbox loop finds the rows.
 */
export interface MailQueue {
  send(outboxIds: readonly string[]): Promise<void>
}

/**
 * Hands the e-mail a committed batch wrote to the mail queue, without the request waiting for it
 * (`waitUntil`). Call it once the batch has committed, with the writes that were in it; writes
 * that are not e-mail are ignored, and with no queue (Node) it does nothing. A hand-off that fails
 * loses nothing: the row is written, and the sweep ({@link sweepOutbox}) queues it.
 *
 * @example
 * await runWrites(ports, writes)
 * mailCommitted(ports, writes, (promise) => c.executionCtx.waitUntil(promise))
 */
export function mailCommitted(
  ports: { mailQueue?: MailQueue | undefined; log: Logger },
  writes: readonly Write[],
  waitUntil: (promise: Promise<unknown>) => void,
): void {
  const { mailQueue, log } = ports
  if (!mailQueue) return
  const ids = outboxIdsIn(writes)
  if (ids.length === 0) return
  waitUntil(
    mailQueue.send(ids).catch((error: unknown) => {
      log.warn('mail not queued; the sweep will queue it', { outboxIds: ids, error: String(error) })
    }),
  )
}

/**
 * How old an unsent row's due time must be before the sweep takes it: a committed message is
 * queued within milliseconds and normally sent within seconds, so one this late was never queued
 * (a hand-off that failed, an isolate that died) or is stuck. Later than a queue backlog should
 * last: a row still waiting in the queue would be queued twice (harmless: see deliverQueuedMail).
 */
export const STUCK_AFTER_MS = 5 * 60_000

/** How long the sweep leaves a row it queued before it may queue it again. */
const SWEEP_LEASE_MS = 15 * 60_000

/** Rows queued per sweep run (ten sendBatch calls of 100). */
const SWEEP_BATCH = 1_000

/**
 * The cron's part at the edge: queues the unsent rows whose due time passed STUCK_AFTER_MS ago,
 * leasing them in the same statement so that the next run leaves them alone for a while. A row
 * a failed delivery pushed forward (the consumer's back-off) is not due, so it is not taken.
 * Returns how many were queued.
 *
 * @example
 * await sweepOutbox({ db, clock, mailQueue })
 */
export async function sweepOutbox(ports: {
  db: Database
  clock: Clock
  mailQueue: MailQueue
}): Promise<number> {
  const { db, clock, mailQueue } = ports
  const now = clock.now().getTime()
  const stuck = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), lte(outbox.nextAttemptAt, new Date(now - STUCK_AFTER_MS))))
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(SWEEP_BATCH)
  const leased = await db
    .update(outbox)
    .set({ nextAttemptAt: new Date(now + SWEEP_LEASE_MS) })
    .where(inArray(outbox.id, stuck))
    .returning({ id: outbox.id })
  if (leased.length > 0) await mailQueue.send(leased.map((row) => row.id))
  return leased.length
}
