import type { Queue } from '@cloudflare/workers-types'
import type { MailQueue, MailTask } from '../mail/queue.ts'

/** Messages per `sendBatch` call (the Queues limit). */
const SEND_BATCH = 100

/**
 * A queue of row ids at the edge: each id goes as `{[key]: id}`, JSON, so that a dead-letter queue
 * reads plainly in the dashboard; sent in batches of the Queues limit.
 *
 * @example
 * const fiscaliaQueue = cloudflareIdQueue(env.FISCALIA_QUEUE, 'envioId')
 */
export function cloudflareIdQueue<K extends string>(
  queue: Queue<Record<K, string>>,
  key: K,
): { send(ids: readonly string[]): Promise<void> } {
  return {
    async send(ids) {
      for (let i = 0; i < ids.length; i += SEND_BATCH) {
        const chunk = ids.slice(i, i + SEND_BATCH)
        await queue.sendBatch(
          chunk.map((id) => ({ body: { [key]: id } as Record<K, string>, contentType: 'json' as const })),
        )
      }
    },
  }
}

/**
 * The mail queue at the edge: a Cloudflare Queue (wrangler.toml `MAIL_QUEUE`), consumed by the
 * same Worker's `queue()` handler. Messages are JSON, so the dead-letter queue reads plainly in
 * the dashboard.
 *
 * @example
 * const ports = { ...others, mailQueue: cloudflareMailQueue(env.MAIL_QUEUE) }
 */
export function cloudflareMailQueue(queue: Queue<MailTask>): MailQueue {
  return cloudflareIdQueue(queue as Queue<Record<'outboxId', string>>, 'outboxId')
}
