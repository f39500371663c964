import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import { outbox } from '../../db/schema/index.ts'
import type { Ports } from '../ports.ts'
import { runWrites, type Write } from '../writes.ts'
import { eachAtMost, type OutboxRow, sendRow } from './outbox.ts'
import type { MailTask } from './queue.ts'

/** A message of a queue batch, as Cloudflare Queues hand it to the consumer (`Message`). */
export interface QueuedMessage {
  readonly body: unknown
  /** 1 on the first delivery. */
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}

/**
 * Retries of a message before the queue moves it to the dead-letter queue: wrangler.toml's
 * `max_retries` (tests/unit/wrangler-config.test.ts holds them together).
 */
export const MAIL_MAX_RETRIES = 6

/** The longest back-off between two attempts (Queues allow up to 12 hours). */
const MAX_DELAY_S = 60 * 60

/**
 * After the last retry (the message goes to the dead-letter queue), how long before the sweep
 * gives the row a new round: a mail API down for hours heals by itself, a dead address costs
 * a few calls every six hours.
 */
const ROUND_PAUSE_MS = 6 * 60 * 60_000

/** Sends at once per batch; the Workers runtime opens at most six connections at a time anyway. */
const PARALLEL_SENDS = 6

/**
 * The delay before attempt `attempts + 1`: the base, four times longer each time, at most an hour
 * (base 10 s: 10 s, 40 s, 160 s, 11 min, 43 min, 1 h).
 *
 * @example
 * retryDelayS(1, 10) // 10
 * retryDelayS(3, 10) // 160
 */
export function retryDelayS(attempts: number, baseS: number): number {
  return Math.min(baseS * 4 ** (attempts - 1), MAX_DELAY_S)
}

/**
 * `MAIL_RETRY_BASE_S`: whole seconds, 10 when unset (0 only makes sense in tests).
 *
 * @example
 * retryBaseS(env.MAIL_RETRY_BASE_S) // 10
 */
export function retryBaseS(value: string | undefined): number {
  if (value === undefined) return 10
  if (!/^\d{1,5}$/.test(value))
    throw new Error(`Invalid configuration: MAIL_RETRY_BASE_S must be whole seconds, not ${value}`)
  return Number(value)
}

function outboxIdOf(body: unknown): string | undefined {
  const id = (body as Partial<MailTask> | null)?.outboxId
  return typeof id === 'string' ? id : undefined
}

type ConsumerPorts = Pick<Ports, 'db' | 'storage' | 'mailer' | 'files' | 'clock' | 'log'>

/**
 * The Queue consumer of the mail queue: reads the batch's outbox rows in one query, sends the
 * unsent ones (a row already sent — a message queued twice by the sweep — is only acknowledged),
 * then records every outcome in one batch: sent rows marked, failed ones with their error and
 * when the sweep may take them again. Only then is each message acknowledged, or retried with a
 * growing delay; after MAIL_MAX_RETRIES the queue moves it to the dead-letter queue. A batch that
 * cannot be recorded throws, and the queue delivers it again: at least once, under the
 * Message-ID fixed when the row was written.
 *
 * @example
 * async queue(batch, env) { await deliverQueuedMail(ports, batch.messages, 10) }
 */
export async function deliverQueuedMail(
  ports: ConsumerPorts,
  messages: readonly QueuedMessage[],
  retryBaseS: number,
): Promise<void> {
  const { db, clock, log } = ports
  const ids = [
    ...new Set(messages.map((message) => outboxIdOf(message.body)).filter((id) => id !== undefined)),
  ]
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(outbox)
          .where(and(inArray(outbox.id, ids), isNull(outbox.sentAt)))
  const failures = new Map<string, string>()
  await eachAtMost(PARALLEL_SENDS, rows, async (row: OutboxRow) => {
    try {
      await sendRow(ports, row)
    } catch (error) {
      failures.set(row.id, String(error).slice(0, 500))
      log.warn('mail delivery failed', { messageId: row.messageId, error: String(error) })
    }
  })
  const now = clock.now()
  const sent = rows.filter((row) => !failures.has(row.id)).map((row) => row.id)
  const attemptsOf = new Map(messages.map((message) => [outboxIdOf(message.body), message.attempts]))
  const writes: Write[] = []
  if (sent.length > 0) {
    writes.push(
      db
        .update(outbox)
        .set({ sentAt: now, attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, sent)),
    )
  }
  for (const [id, error] of failures) {
    const attempts = attemptsOf.get(id) ?? 1
    const wait = attempts > MAIL_MAX_RETRIES ? ROUND_PAUSE_MS : retryDelayS(attempts, retryBaseS) * 1000
    writes.push(
      db
        .update(outbox)
        .set({
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error,
          nextAttemptAt: new Date(now.getTime() + wait),
        })
        .where(eq(outbox.id, id)),
    )
  }
  await runWrites(ports, writes)
  for (const message of messages) {
    const id = outboxIdOf(message.body)
    if (id === undefined) log.warn('mail queue: a message with no outbox id, dropped', {})
    if (id !== undefined && failures.has(id)) {
      message.retry({ delaySeconds: retryDelayS(message.attempts, retryBaseS) })
    } else {
      message.ack()
    }
  }
}
