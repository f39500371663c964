/**
 * What the edge and the submission shards (worker/shards/shard.ts) say to each other: decision
 * 0023. A shard is a Durable Object that takes the submissions of a slice of the citizens, checks
 * what must hold across them (one request per citizen, a weekly quota, a key answered once, a code
 * used once), keeps them durably and commits them to Turso in batches.
 */
import { CODE_ALPHABET } from '../codes.ts'
import type { Statement } from '../writes.ts'

/** One shard per first character of a code: a code names the shard that holds its submission. */
export const SHARDS = CODE_ALPHABET.length

/**
 * The shard of whatever a submission is keyed on (a citizen's RUN, an anonymous device's scope):
 * FNV-1a, stable across runtimes and versions.
 *
 * @example
 * shardOf('44444444-4') // a number from 0 to SHARDS - 1
 */
export function shardOf(key: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % SHARDS
}

/** The shard a code belongs to, from its first character; undefined for a code of another alphabet. */
export function shardOfCode(code: string): number | undefined {
  const index = CODE_ALPHABET.indexOf(code.charAt(0))
  return index < 0 ? undefined : index
}

/** An answer as the citizen gets it. */
export interface Answer {
  status: number
  /** The JSON body, as text. */
  body: string
}

/**
 * A submission as a shard takes it. Every key is checked and every counter counted in one
 * transaction of the shard's storage, and the submission is kept before the shard answers.
 */
export interface ShardSubmission {
  /** The submission's id (its `edge_commits` row). */
  id: string
  /** The idempotency key's scope and key, with the request's fingerprint: a replay gets `answer`. */
  idempotency?: { key: string; requestHash: string }
  /** Keys the first submission holds (one request per citizen and election): a later one gets the first's answer. */
  once?: { key: string; answer: Answer }[]
  /** Keys this submission establishes, that a later one may require. */
  holds?: string[]
  /** Keys that must be held already (by a submission not yet in Turso, which the reads did not see). */
  requires?: string[]
  /** Counters this submission adds one to, refused past `max`; `baseline` is what Turso counted. */
  counters?: { key: string; max: number; baseline: number }[]
  /** Codes this submission uses: none may be used twice in the shard. */
  codes?: string[]
  /** For the citizen's pages before the shard commits: the submission's code, its owner and what they see. */
  lookup?: { code: string; owner: string; view: string }
  /** The writes, committed to Turso in this order, in a batch with other submissions'. */
  statements: Statement[]
  answer: Answer
  /** How long its keys are kept (at least the idempotency keys' 24 hours). */
  keepMs: number
  /**
   * An `unseen` submission's times, to the day (información anónima, decision 0048): kept in place
   * of when it was accepted (its day's first instant, ms), and of when its keys expire (the first
   * day boundary past `keepMs`). Its rows — here and its `edge_commits` row in Turso — then carry
   * no finer time and sit at random rowids, away from neighbours that do.
   */
  unseen?: { acceptedAt: number; keepUntil: number }
}

/** What a shard says to a submission. */
export type ShardAnswer =
  | { kind: 'accepted' }
  /** The same key was answered before (same body), or with another body (`reused`). */
  | { kind: 'replay'; answer: Answer | null; reused: boolean }
  /** Another submission holds a `once` key: its answer. */
  | { kind: 'taken'; key: string; answer: Answer }
  | { kind: 'missing'; key: string }
  | { kind: 'over'; key: string }
  | { kind: 'code'; code: string }

/**
 * A form's draft as a shard keeps it until Turso has it (decision 0034): one per owner and form,
 * the latest save replacing the one before, so that a citizen typing for a minute costs Turso one
 * write a flush, not one a save.
 */
export interface ShardDraft {
  /** The account whose draft it is. */
  owner: string
  form: string
  /** What its owner reads back (JSON), or null: discarded. */
  view: string | null
  /** The save's version; the shard keeps one greater than any it kept before for the same draft. */
  version: number
  /** The writes that put it in Turso (or take it out of it). */
  statements: Statement[]
}

/** A draft a shard keeps, as it gives it back. */
export interface KeptDraft {
  form: string
  view: string | null
  version: number
}
