import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { localDate, localDayWindow } from '../../core/time.ts'
import { idempotencyKeys } from '../../db/schema/index.ts'
import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import { rowId } from '../ids.ts'
import { answerRow, KEY_TTL_MS } from '../middleware/idempotency.ts'
import type { Decision } from '../submission.ts'
import { toStatements } from '../writes.ts'
import type { Shards } from './port.ts'
import type { Answer, ShardSubmission } from './protocol.ts'

/**
 * An `unseen` submission's times at the shard, to the day (decision 0048): its day's first
 * instant, and the first day boundary at least `keepMs` away.
 */
function byTheDay(now: number, keepMs: number): NonNullable<ShardSubmission['unseen']> {
  const day = (instant: number) => localDayWindow(localDate(new Date(instant)))
  return { acceptedAt: day(now).start.getTime(), keepUntil: day(now + keepMs).end.getTime() + 1 }
}

function respond(c: AppContext, answer: Answer): Response {
  c.header('Content-Type', 'application/json; charset=UTF-8')
  return c.body(answer.body, answer.status as ContentfulStatusCode)
}

/**
 * At the edge, a submission's decision goes to its shard (decision 0023) instead of Turso: the
 * writes, the storage of its answer under its key, and the rules the shard checks across
 * submissions Turso does not have yet. The citizen is answered once the shard has kept it;
 * the shard commits it to Turso with others. Returns `'code taken'` when the drawn code was
 * issued already in the shard (the submission draws another). An `unseen` submission (información
 * anónima) is kept with no time finer than its day and a random id (v4, not rowId's time-ordered
 * v7): decision 0048.
 *
 * @example
 * const response = await commitThroughShard(c, shards, shard, decision, code, false)
 */
export async function commitThroughShard(
  c: AppContext,
  shards: Shards,
  shard: number,
  decision: Decision & { writes: NonNullable<Decision['writes']> },
  code: string | null,
  unseen: boolean,
): Promise<Response | 'code taken'> {
  const { db, clock } = c.var.ports
  const claimed = c.var.idempotency
  const answer: Answer = { status: decision.status, body: JSON.stringify(decision.result) }
  const now = clock.now().getTime()
  // A key of another day may still be in Turso, not yet purged: its row is replaced.
  const stored = claimed
    ? [
        db
          .insert(idempotencyKeys)
          .values(answerRow(claimed, { ...answer, now }))
          .onConflictDoUpdate({
            target: [idempotencyKeys.scope, idempotencyKeys.key],
            set: answerRow(claimed, { ...answer, now }),
          }),
      ]
    : []
  const rules = decision.rules ?? {}
  const submission: ShardSubmission = {
    id: unseen ? crypto.randomUUID() : rowId(),
    ...(claimed
      ? { idempotency: { key: `${claimed.scope} ${claimed.key}`, requestHash: claimed.requestHash } }
      : {}),
    holds: rules.holds ?? [],
    once: (rules.once ?? []).map((once) => ({ key: once.key, answer: { ...answer, status: once.status } })),
    requires: (rules.requires ?? []).map((required) => required.key),
    counters: (rules.counters ?? []).map(({ key, max, baseline }) => ({ key, max, baseline })),
    codes: code ? [code] : [],
    ...(code && rules.lookup
      ? {
          lookup: {
            code,
            owner: rules.lookup.owner,
            view: JSON.stringify({ kind: rules.lookup.kind, view: decision.result }),
          },
        }
      : {}),
    statements: toStatements([...stored, ...decision.writes]),
    answer: claimed?.withhold ? { status: answer.status, body: '' } : answer,
    keepMs: KEY_TTL_MS,
    ...(unseen ? { unseen: byTheDay(now, KEY_TTL_MS) } : {}),
  }
  const kept = await shards.submit(shard, submission)
  switch (kept.kind) {
    case 'accepted':
      if (claimed) claimed.stored = true
      return respond(c, answer)
    case 'replay':
      if (kept.reused) throw new AppError('idempotency_key_reused')
      if (!kept.answer || kept.answer.body === '') throw new AppError('answer_withheld')
      c.header('Idempotent-Replayed', 'true')
      return respond(c, kept.answer)
    case 'taken': {
      const refused = rules.once?.find((once) => once.key === kept.key)?.refusal?.(kept.answer)
      if (refused) throw refused
      return respond(c, kept.answer)
    }
    case 'missing':
      throw rules.requires?.find((required) => required.key === kept.key)?.refusal ?? new AppError('conflict')
    case 'over':
      throw rules.counters?.find((counter) => counter.key === kept.key)?.refusal ?? new AppError('conflict')
    case 'code':
      return 'code taken'
  }
}
