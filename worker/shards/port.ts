import type { DurableObjectNamespace } from '@cloudflare/workers-types'
import { CODE_ALPHABET } from '../codes.ts'
import type { KeptDraft, ShardAnswer, ShardDraft, ShardSubmission } from './protocol.ts'
import type { SubmissionShard } from './shard.ts'

/**
 * The submission shards, as the app reaches them (a port: only the edge has them; on Node a
 * submission commits through the group commit instead). Each is named by a number, which is also
 * the first character of the codes it issues.
 */
export interface Shards {
  submit(shard: number, submission: ShardSubmission): Promise<ShardAnswer>
  /** A submission not yet in Turso, by its code — if `owner`'s, when one is given (its JSON view, else null). */
  lookup(shard: number, code: string, owner: string | null): Promise<string | null>
  /** `owner`'s submissions not yet in Turso. */
  pendingOf(shard: number, owner: string): Promise<string[]>
  /** Keeps a draft's save or discarding until Turso has it (decision 0034); gives back its version. */
  keepDraft(shard: number, draft: ShardDraft): Promise<number>
  /** A draft not yet in Turso (`view` null: discarded), or null. */
  draftOf(shard: number, owner: string, form: string): Promise<KeptDraft | null>
  /** `owner`'s drafts not yet in Turso. */
  draftsOf(shard: number, owner: string): Promise<KeptDraft[]>
}

/**
 * The shards as Durable Objects of one namespace, one object per shard number.
 *
 * @example
 * const shards = durableShards(env.SHARDS)
 * await shards.submit(3, submission)
 */
export function durableShards(namespace: DurableObjectNamespace<SubmissionShard>): Shards {
  const stub = (shard: number) => namespace.get(namespace.idFromName(String(shard)))
  return {
    submit: (shard, submission) => stub(shard).submit(CODE_ALPHABET.charAt(shard), submission),
    lookup: (shard, code, owner) => stub(shard).lookup(code, owner),
    pendingOf: (shard, owner) => stub(shard).pendingOf(owner),
    keepDraft: (shard, draft) => stub(shard).keepDraft(draft),
    draftOf: (shard, owner, form) => stub(shard).draftOf(owner, form),
    draftsOf: (shard, owner) => stub(shard).draftsOf(owner),
  }
}
