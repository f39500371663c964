import type { Queue } from '@cloudflare/workers-types'
import type { MailQueue, MailTask } from '../mail/queue.ts'

/** Messages per `sendBatch` call (the Queues limit). */
const SEND_BATCH = 100

/**
 * The mail queue at the edge: a Cloudflare Queue (wrangler.toml `MAIL_QUEUE`), consumed by the
 * same Worker's `queue()` handler. Messages are JSON, so the dead-letter queue reads plainly in
 * the dashboard.
 *
 * @example
 * const ports = { ...others, mailQueue: cloudflareMailQueue(env.MAIL_QUEUE) }
 */
export function cloudflareMailQueue(queue: Queue<MailTask>): MailQueue {
  return {
    async send(outboxIds) {
      for (let i = 0; i < outboxIds.length; i += SEND_BATCH) {
        const chunk = outboxIds.slice(i, i + SEND_BATCH)
        await queue.sendBatch(chunk.map((outboxId) => ({ body: { outboxId }, contentType: 'json' as const })))
      }
    },
  }
}
