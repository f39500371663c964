import type { Handler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type * as v from 'valibot'
import { CODE_ALPHABET, randomCode } from './codes.ts'
import { codeInUseRead } from './codes-in-use.ts'
import type { AppContext, AppEnv, IdempotencyClaim } from './context.ts'
import { AppError, isUniqueViolation } from './errors.ts'
import type { Actor } from './identity/actor.ts'
import { notTheOwner } from './identity/guards.ts'
import { type Claimed, claimedCaller, confirmSession, sessionRead } from './identity/session.ts'
import {
  commit,
  idempotencyClaim,
  replay,
  type StoredAnswer,
  storedAnswer,
} from './middleware/idempotency.ts'
import { known, type Read, readTogether } from './reads.ts'
import type { Planned } from './service.ts'
import { commitThroughShard } from './shards/commit.ts'
import { type Answer, shardOf } from './shards/protocol.ts'
import { parseJsonBody, relabel } from './validation.ts'
import { runWrites, type Write } from './writes.ts'

/**
 * Who may submit: anyone, a signed-in citizen, or a citizen whose RUN ClaveÚnica proved in this
 * session — or `unseen`: anyone, and the caller is not looked at at all (no cookie read, no
 * session touched, no `Idempotency-Key`, whose scope names a device): información anónima
 * (decision 0043).
 */
export type Audience = 'anyone' | 'citizen' | 'claveunica' | 'unseen'

/** The caller as a submission's reads see it: the cookies' word, confirmed once the reads are in. */
export interface Caller {
  userId: string
  run: string | null
}

/**
 * What must hold across submissions that the reads cannot see yet: at the edge, a submission is
 * kept by a shard before Turso has it (decision 0023), and the shard checks these. On Node every
 * write is in the database before the next read, and the constraints of the tables hold them.
 */
export interface Rules {
  /** Keys this submission establishes, that a later one may require (the legal notice read). */
  holds?: string[]
  /**
   * Keys of which the first submission wins: a later one is answered with its body, at `status` —
   * or refused, when `refusal` finds in the first's answer that the later one asked something else.
   */
  once?: { key: string; status: ContentfulStatusCode; refusal?: (held: Answer) => AppError | undefined }[]
  /** Keys that must be established, with what to answer when they are not (the reads did not see them). */
  requires?: { key: string; refusal: AppError }[]
  /** Counters this submission adds one to, refused past `max`; `baseline` is what the reads counted. */
  counters?: { key: string; max: number; baseline: number; refusal: AppError }[]
  /** The owner of the issued code's document, and its kind: the citizen's pages show it before Turso has it. */
  lookup?: { owner: string; kind: string }
}

/**
 * What a submission decided: a service's `Planned` (worker/service.ts) — its answer and the writes
 * that make it true (none: nothing new to write, as a copy of a request that was kept) — with the
 * answer's status and what the shard checks across submissions.
 *
 * @example
 * decide: async (c, input, loaded, code) => ({ status: 201, ...(await planReclamo(…)) })
 */
export interface Decision extends Omit<Planned<unknown>, 'writes'> {
  status: ContentfulStatusCode
  writes?: Write[]
  rules?: Rules
}

/**
 * A citizen's submission: what it reads, then what it decides from that. Reads are gathered and
 * run in one batch with the caller's session and the idempotency key's stored answer, so that at
 * the edge a submission makes one round trip to read and one to write (decision 0023). `decide`
 * reads nothing more.
 */
export interface Submission<I, L extends Record<string, unknown>> {
  input: v.GenericSchema<unknown, I>
  /** The catalogue's labels of input fields whose names mean something else in other forms. */
  labels?: Readonly<Record<string, string>>
  audience: Audience
  /**
   * At the edge, what picks the shard when there is no caller and no key (an `unseen`
   * submission): copies of one request, and requests that must not both succeed, meet there.
   */
  shardKey?(input: I): string
  /** Whether it issues a document code: one is drawn before the reads, which check it is free. */
  issuesCode?: boolean
  /**
   * Committed in the request, at the edge too, rather than kept by a shard: a change to an existing
   * case guarded on the version its reads saw (worker/casos/cambio.ts), whose guard must hold or
   * fail before the citizen is answered, not at the shard's later commit (decisions 0056, 0063).
   */
  inRequest?: boolean
  /** The reads it needs, from the input and the caller the cookies name (null: none). */
  reads(c: AppContext, input: I, caller: Caller | null): { [K in keyof L]: Read<L[K]> }
  /** What to do, with the code drawn for it: throws an `AppError` to refuse, returns the writes and the answer. */
  decide(c: AppContext, input: I, loaded: L, code: string): Promise<Decision> | Decision
  /**
   * What a write that lost to a constraint means, if not a copy of the same request that won
   * (e.g. a quota's CHECK): an error to answer with, else the submission runs once more.
   */
  conflict?(error: unknown, input: I, loaded: L): AppError | undefined
}

/** Why the caller may not submit, as the guards of worker/identity/guards.ts say it; undefined if they may. */
function refusal(c: AppContext, audience: Audience, actor: Actor | null): AppError | undefined {
  if (audience === 'anyone' || audience === 'unseen') return undefined
  // A queued form replayed under a session other than its owner's waits for them (decision 0028).
  if (!actor || notTheOwner(c, actor)) return new AppError('unauthenticated')
  const proven =
    actor.kind === 'citizen' && actor.runProof === 'claveunica' && actor.assurance === 'claveunica'
  if (audience === 'claveunica' && !proven) return new AppError('claveunica_required')
  if (actor.kind !== 'citizen') return new AppError('forbidden')
  return undefined
}

/** The caller the companion cookie names, if it names one. */
function callerOf(claimed: Claimed | null): Caller | null {
  return claimed?.userId ? { userId: claimed.userId, run: claimed.run } : null
}

/** Whether the confirmed actor is the one the reads were made for. */
function sameCaller(caller: Caller | null, actor: Actor | null): boolean {
  return (
    (caller?.userId ?? null) === (actor?.userId ?? null) && (caller?.run ?? null) === (actor?.run ?? null)
  )
}

/** A request's body and key as read, or the error they call for (answered once the caller is admitted). */
type Request<I> =
  | { ok: true; input: I; idempotency: IdempotencyClaim | undefined }
  | { ok: false; problem: unknown; idempotency?: undefined }

/**
 * The shard that keeps a submission at the edge: the citizen's (all of one RUN's submissions in
 * one place, so what must hold across them is checked there), else the anonymous device's (its
 * replays meet its first copy), else the one the submission's `shardKey` names, else any.
 */
function shardFor(
  caller: Caller | null,
  idempotency: IdempotencyClaim | undefined,
  key: string | undefined,
): number {
  return shardOf(caller?.run ?? idempotency?.scope ?? key ?? crypto.randomUUID())
}

/**
 * Reads everything at once: the submission's reads, the session, the key's stored answer, and
 * whether the drawn code is free. A body or key that does not hold reads only the session, so that
 * the caller is admitted (or not) before being told what is wrong with the form. If the session
 * turns out to be someone else's than the companion cookie said (a stale or edited cookie), reads
 * again for the confirmed caller: a second round trip, never a wrong answer.
 */
async function load<I, L extends Record<string, unknown>>(
  c: AppContext,
  spec: Submission<I, L>,
  claimed: Claimed | null,
) {
  const { db, clock, shards } = c.var.ports
  let caller = callerOf(claimed)
  for (let attempt = 0; ; attempt += 1) {
    // A key that does not hold (an anonymous one without its secret) is a problem of the request
    // too: told after the caller is admitted, like a body's.
    const request: Request<I> = await parseJsonBody(c, spec.input)
      .then(
        async (input): Promise<Request<I>> => ({
          ok: true,
          input,
          idempotency:
            spec.audience === 'unseen' ? undefined : await idempotencyClaim(c, caller?.userId ?? null),
        }),
      )
      .catch((problem: unknown) => ({ ok: false, problem: relabel(problem, spec.labels) }))
    const { idempotency } = request
    const shard = shardFor(caller, idempotency, request.ok ? spec.shardKey?.(request.input) : undefined)
    const code = randomCode(10, shards ? CODE_ALPHABET.charAt(shard) : '')
    const loaded = await readTogether(db, {
      ...(request.ok ? spec.reads(c, request.input, caller) : {}),
      session: claimed ? sessionRead(c, claimed.tokenHash) : known(null),
      answer: idempotency ? storedAnswer(db, idempotency, clock.now().getTime()) : known(undefined),
      codeTaken: request.ok && spec.issuesCode ? codeInUseRead(db, code) : known(false),
    } as Record<string, Read<unknown>>)
    const { session, answer, codeTaken, ...read } = loaded
    c.set('actor', null)
    const touch = claimed ? confirmSession(c, claimed, session as Parameters<typeof confirmSession>[2]) : []
    const actor = c.var.actor
    if (attempt === 0 && request.ok && !sameCaller(caller, actor)) {
      caller = actor ? { userId: actor.userId, run: actor.run } : null
      continue
    }
    return {
      request,
      loaded: read as L,
      answer: answer as StoredAnswer | undefined,
      code,
      codeTaken: codeTaken === true,
      shard,
      touch,
      actor,
    }
  }
}

/** Two codes drawn in a row were taken (one chance in 10^14 twice over): the client sends it again. */
function codeExhausted(): never {
  throw new AppError('unavailable', { retryAfter: 1 })
}

/** The error of the first requirement the reads did not see met (on Node nothing is pending: it is not). */
function unmet(rules: Rules | undefined): AppError | undefined {
  return rules?.requires?.[0]?.refusal
}

/**
 * The handler of a citizen's submission (see {@link Submission}): everything read in one batch,
 * the caller confirmed and admitted, the body checked, a replay answered from its key, the
 * decision written with its answer in one batch (`commit`) — or, at the edge, kept by the caller's
 * shard, which commits it to Turso with others (`commitThroughShard`). A write that loses to a
 * unique key is a copy of the same request (answered as it was) or a race with another of the
 * caller's; a code already taken is drawn again: the submission then runs once more.
 *
 * @example
 * route.post('/', submission({ input: CondolenciaInput, audience: 'anyone', reads: () => ({}), decide: … }))
 */
export function submission<I, L extends Record<string, unknown>>(spec: Submission<I, L>): Handler<AppEnv> {
  const run = async (c: AppContext, retries: number): Promise<Response> => {
    const { request, loaded, answer, code, codeTaken, shard, touch, actor } = await load(
      c,
      spec,
      spec.audience === 'unseen' ? null : await claimedCaller(c),
    )
    const refused = refusal(c, spec.audience, actor)
    if (refused || !request.ok) {
      // Refused: the session's own writes (a dead one deleted, the idle clock) still happen.
      if (touch.length > 0) await runWrites(c.var.ports, touch)
      throw refused ?? (request.ok ? undefined : request.problem)
    }
    const { input, idempotency } = request
    if (idempotency && answer) return replay(c, idempotency, answer)
    if (codeTaken) return retries > 0 ? run(c, retries - 1) : codeExhausted()
    c.set('idempotency', idempotency)
    const decision = await spec.decide(c, input, loaded, code)
    const writes = [...touch, ...(decision.writes ?? [])]
    const { shards } = c.var.ports
    if (shards && decision.writes && !spec.inRequest) {
      const kept = await commitThroughShard(
        c,
        shards,
        shard,
        { ...decision, writes },
        spec.issuesCode ? code : null,
        spec.audience === 'unseen',
      )
      if (kept !== 'code taken') return kept
      return retries > 0 ? run(c, retries - 1) : codeExhausted()
    }
    const missing = unmet(decision.rules)
    if (missing) throw missing
    try {
      return await commit(c, { writes, result: decision.result }, decision.status, (error) =>
        spec.conflict?.(error, input, loaded),
      )
    } catch (error) {
      // The one retry on a unique conflict: a copy of this request, or a race with another of the caller's.
      if (retries > 0 && !(error instanceof AppError) && isUniqueViolation(error)) return run(c, retries - 1)
      throw error
    }
  }
  return (c) => run(c, 1)
}
