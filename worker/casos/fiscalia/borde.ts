import { and, asc, inArray, isNull, lte } from 'drizzle-orm'
import { fiscaliaEnvios } from '../../../db/schema/index.ts'
import { eachAtMost } from '../../mail/outbox.ts'
import type { Ports } from '../../ports.ts'
import { type DeliveryPorts, entregarEnvio, esperaTras } from './envios.ts'

/**
 * Where a committed delivery is handed: a Cloudflare Queue at the edge (worker/workers.ts). Node
 * has none: its maintenance loop finds the rows.
 */
export interface FiscaliaQueue {
  send(envioIds: readonly string[]): Promise<void>
}

/** A queue message: the delivery to make. The row is the truth; nothing of the report travels. */
export interface FiscaliaTask {
  envioId: string
}

/** The edge's queue of deliveries, as wrangler.toml names it (its batches come to the Worker's `queue()`). */
export const FISCALIA_QUEUE_NAME = 'comisaria-virtual-fiscalia'

/**
 * Retries of a queued delivery before the queue moves it to the dead-letter queue: wrangler.toml's
 * `max_retries` (tests/unit/wrangler-config.test.ts holds them together); the sweep takes it on.
 */
export const FISCALIA_MAX_RETRIES = 6

/**
 * Hands the deliveries a committed batch wrote to the edge's queue, without the request waiting
 * (`waitUntil`). With no queue (Node) it does nothing; a hand-off that fails loses nothing: the
 * sweep ({@link sweepFiscalia}) queues the row.
 *
 * @example
 * fiscaliaCommitted(ports, [envioId], (promise) => c.executionCtx.waitUntil(promise))
 */
export function fiscaliaCommitted(
  ports: Pick<Ports, 'fiscaliaQueue' | 'log'>,
  envioIds: readonly string[],
  waitUntil: (promise: Promise<unknown>) => void,
): void {
  const { fiscaliaQueue, log } = ports
  if (!fiscaliaQueue || envioIds.length === 0) return
  waitUntil(
    fiscaliaQueue.send(envioIds).catch((error: unknown) => {
      log.warn('Fiscalía delivery not queued; the sweep will queue it', { envioIds, error: String(error) })
    }),
  )
}

/** How old a pending delivery's due time must be before the edge's sweep queues it again. */
const STUCK_AFTER_MS = 5 * 60_000
/** How long the sweep leaves a row it queued before it may queue it again. */
const SWEEP_LEASE_MS = 15 * 60_000

/**
 * The edge's cron: queues the pending deliveries whose due time passed {@link STUCK_AFTER_MS}
 * ago (never queued, or their queue retries ran out), leasing them in the same statement.
 *
 * @example
 * await sweepFiscalia({ db, clock, fiscaliaQueue })
 */
export async function sweepFiscalia(ports: {
  db: Ports['db']
  clock: Ports['clock']
  fiscaliaQueue: FiscaliaQueue
}): Promise<number> {
  const { db, clock, fiscaliaQueue } = ports
  const now = clock.now().getTime()
  const stuck = db
    .select({ id: fiscaliaEnvios.id })
    .from(fiscaliaEnvios)
    .where(
      and(
        isNull(fiscaliaEnvios.recibidoAt),
        lte(fiscaliaEnvios.nextAttemptAt, new Date(now - STUCK_AFTER_MS)),
      ),
    )
    .orderBy(asc(fiscaliaEnvios.nextAttemptAt))
    .limit(100)
  const leased = await db
    .update(fiscaliaEnvios)
    .set({ nextAttemptAt: new Date(now + SWEEP_LEASE_MS) })
    .where(inArray(fiscaliaEnvios.id, stuck))
    .returning({ id: fiscaliaEnvios.id })
  if (leased.length > 0) await fiscaliaQueue.send(leased.map((row) => row.id))
  return leased.length
}

/** A message of a queue batch, as Cloudflare Queues hand it to the consumer. */
export interface QueuedTask {
  readonly body: unknown
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}

function envioIdOf(body: unknown): string | undefined {
  const id = (body as Partial<FiscaliaTask> | null)?.envioId
  return typeof id === 'string' ? id : undefined
}

/**
 * The consumer of the edge's Fiscalía queue: makes each pending delivery's attempt (one already
 * received — queued twice — is only acknowledged), then acknowledges it, or retries it after the
 * same growing wait; after wrangler.toml's `max_retries` the queue moves it to the dead-letter
 * queue and the row waits for the sweep.
 *
 * @example
 * async queue(batch) { await deliverQueuedFiscalia(ports, batch.messages) }
 */
export async function deliverQueuedFiscalia(
  ports: DeliveryPorts,
  messages: readonly QueuedTask[],
): Promise<void> {
  const ids = [...new Set(messages.map((m) => envioIdOf(m.body)).filter((id) => id !== undefined))]
  const rows =
    ids.length === 0
      ? []
      : await ports.db
          .select()
          .from(fiscaliaEnvios)
          .where(and(inArray(fiscaliaEnvios.id, ids), isNull(fiscaliaEnvios.recibidoAt)))
  const failed = new Set<string>()
  await eachAtMost(6, rows, async (row) => {
    if (!(await entregarEnvio(ports, row))) failed.add(row.id)
  })
  for (const message of messages) {
    const id = envioIdOf(message.body)
    if (id !== undefined && failed.has(id))
      message.retry({ delaySeconds: Math.round(esperaTras(message.attempts) / 1000) })
    else message.ack()
  }
}
