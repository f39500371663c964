import { lt } from 'drizzle-orm'
import { authFlows, mfaChallenges } from '../db/schema/index.ts'
import { drainOutbox, purgeSentMail } from './mail/outbox.ts'
import { sweepOutbox } from './mail/queue.ts'
import { purgeExpiredKeys } from './middleware/idempotency.ts'
import { purgeRateLimits } from './middleware/rate-limit.ts'
import type { Ports } from './ports.ts'

/**
 * How long one run may spend sending e-mail before it does the rest of its work: under the Node
 * timer's 2 s, so a shutdown waits at most that long for the run in progress.
 */
const MAIL_BUDGET_MS = 1_500

/**
 * The background work of both runtimes: deliver due e-mail (Node) or queue what was never queued
 * (the edge, whose Queue consumer delivers), forget what has expired. The embedded default runs it
 * on a timer, the edge on a Cron Trigger.
 *
 * @example
 * await runMaintenance(ports)
 */
export async function runMaintenance(ports: Ports): Promise<void> {
  const now = ports.clock.now()
  const { mailQueue } = ports
  if (mailQueue) await sweepOutbox({ ...ports, mailQueue })
  else await drainOutbox(ports, MAIL_BUDGET_MS)
  await purgeSentMail(ports.db, now)
  await purgeExpiredKeys(ports.db, now)
  // Counters of Node servers sharing one database (decision 0021); elsewhere the table is empty.
  await purgeRateLimits(ports.db, now)
  await ports.db.delete(authFlows).where(lt(authFlows.expiresAt, now))
  await ports.db.delete(mfaChallenges).where(lt(mfaChallenges.expiresAt, now))
}
