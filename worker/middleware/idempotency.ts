import { and, eq, lte, sql } from 'drizzle-orm'
import type { Context, MiddlewareHandler, TypedResponse } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { JSONParsed } from 'hono/utils/types'
import { idempotencyKeys } from '../../db/schema/index.ts'
import type { AppEnv, IdempotencyClaim } from '../context.ts'
import { sha256Hex } from '../crypto.ts'
import { AppError, invalidField, isUniqueViolation } from '../errors.ts'
import { mailCommitted } from '../mail/queue.ts'
import type { Database, Ports } from '../ports.ts'
import { preparedFor } from '../prepared.ts'
import { type Read, readOne, readRows } from '../reads.ts'
import type { Planned } from '../service.ts'
import { insertRow, runWrites, type Write } from '../writes.ts'

/** How long a key and its response are kept (Stripe keeps them at least 24 hours). */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/
/** An anonymous caller's device secret: random, so at least 16 characters. */
const SECRET_PATTERN = /^[\x21-\x7e]{16,255}$/

function where(claimed: IdempotencyClaim) {
  return and(eq(idempotencyKeys.scope, claimed.scope), eq(idempotencyKeys.key, claimed.key))
}

/** Built once per database: drizzle building this look-up anew cost more than running it. */
const queries = preparedFor((db) => ({
  answer: db
    .select({
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.responseStatus,
      body: idempotencyKeys.responseBody,
      expiresAt: idempotencyKeys.expiresAt,
    })
    .from(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, sql.placeholder('scope')),
        eq(idempotencyKeys.key, sql.placeholder('key')),
      ),
    )
    .prepare(),
}))

export type StoredAnswer = { requestHash: string; status: number; body: string | null }

/**
 * The answer stored under a request's key, unless there is none or it expired: a read to run with
 * the request's others (worker/reads.ts).
 *
 * @example
 * const stored = await readOne(db, storedAnswer(db, claimed, clock.now().getTime()))
 */
export function storedAnswer(
  db: Database,
  claimed: IdempotencyClaim,
  now: number,
): Read<StoredAnswer | undefined> {
  return readRows(queries(db).answer, { scope: claimed.scope, key: claimed.key }, ([row]) =>
    row && row.expiresAt.getTime() > now ? row : undefined,
  )
}

/**
 * The stored answer, as the replay of the request that made it (or 422 for another body; 409
 * when the answer carried a secret and was not kept).
 */
export function replay(c: Context<AppEnv>, claimed: IdempotencyClaim, stored: StoredAnswer): Response {
  if (stored.requestHash !== claimed.requestHash) throw new AppError('idempotency_key_reused')
  claimed.stored = true
  if (stored.body === null) throw new AppError('answer_withheld')
  c.header('Idempotent-Replayed', 'true')
  c.header('Content-Type', 'application/json; charset=UTF-8')
  return c.body(stored.body, stored.status as ContentfulStatusCode)
}

/**
 * The row that stores a request's answer under its key (its body left out when it carries a secret).
 *
 * @example
 * insertRow(idempotencyKeys, answerRow(claimed, { status: 201, body, now }))
 */
export function answerRow(claimed: IdempotencyClaim, answer: { status: number; body: string; now: number }) {
  return {
    scope: claimed.scope,
    key: claimed.key,
    requestHash: claimed.requestHash,
    responseStatus: answer.status,
    responseBody: claimed.withhold ? null : answer.body,
    createdAt: new Date(answer.now),
    expiresAt: new Date(answer.now + KEY_TTL_MS),
  }
}

/**
 * Runs a request's writes with its answer stored under its key, first in the batch (after the
 * key's expired answer, if maintenance has not purged it yet). If the key is taken, nothing of the
 * batch is written: a copy of this request committed while this one ran, and this one is answered
 * 409 `idempotency_key_in_use` with `Retry-After`, as Stripe answers a concurrent copy — reading
 * the copy's answer here would be a third round trip to the database (decision 0083). The retry
 * reads that answer with its other reads and gets it as the replay it is.
 */
async function writeWithAnswer(
  ports: Pick<Ports, 'db' | 'storage'>,
  claimed: IdempotencyClaim,
  answer: { status: number; body: string; now: number },
  writes: Write[],
): Promise<void> {
  const expired = ports.db
    .delete(idempotencyKeys)
    .where(and(where(claimed), lte(idempotencyKeys.expiresAt, new Date(answer.now))))
  try {
    await runWrites(ports, [expired, insertRow(idempotencyKeys, answerRow(claimed, answer)), ...writes])
  } catch (error) {
    if (isUniqueViolation(error, 'idempotency_keys'))
      throw new AppError('idempotency_key_in_use', { retryAfter: 1 })
    throw error
  }
}

/**
 * JSON written with its keys in order, so that one body has one fingerprint however a client
 * orders or spaces it. Built as text: a key named `__proto__` stays a key.
 */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>
    const members = Object.keys(object)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonicalJson(object[name])}`)
    return `{${members.join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * What makes two requests the same request: the media type (its parameters aside: `; charset=utf-8`
 * says nothing new of a JSON body) and the parsed body. A body that is not JSON is taken as sent;
 * its request fails anyway and stores nothing.
 *
 * @example
 * requestFingerprint('application/json; charset=utf-8', '{"b":1, "a":2}') // 'application/json\n{"a":2,"b":1}'
 */
export function requestFingerprint(contentType: string | undefined, body: string): string {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (mediaType === 'application/json') {
    try {
      return `${mediaType}\n${canonicalJson(JSON.parse(body))}`
    } catch {
      // Not JSON, or nested past the stack: fingerprinted as sent.
    }
  }
  return `${mediaType}\n${body}`
}

/**
 * Whose keys these are: a signed-in user's, or — for an anonymous caller — the device's that
 * sent `Idempotency-Secret`, a random value only it keeps. Without it, whoever learnt another
 * person's key and body would be answered with that person's stored response.
 */
async function keyScope(c: Context<AppEnv>, userId: string | null): Promise<string> {
  const route = `POST ${c.req.path}`
  if (userId) return `${userId} ${route}`
  const secret = c.req.header('Idempotency-Secret')
  if (secret === undefined) throw invalidField('Idempotency-Secret', 'required')
  if (!SECRET_PATTERN.test(secret)) throw invalidField('Idempotency-Secret', 'invalid_format')
  return `device:${(await sha256Hex(secret)).slice(0, 32)} ${route}`
}

/**
 * The key a POST carries, checked, with its scope and the fingerprint of its body; undefined
 * without one. `userId` is the caller's, if signed in.
 *
 * @example
 * const claimed = await idempotencyClaim(c, c.var.actor?.userId ?? null)
 */
export async function idempotencyClaim(
  c: Context<AppEnv>,
  userId: string | null,
): Promise<IdempotencyClaim | undefined> {
  const key = c.req.header('Idempotency-Key')
  if (c.req.method !== 'POST' || key === undefined) return undefined
  if (!KEY_PATTERN.test(key)) throw invalidField('Idempotency-Key', 'invalid_format')
  const body = await c.req.text()
  return {
    scope: await keyScope(c, userId),
    key,
    requestHash: await sha256Hex(requestFingerprint(c.req.header('content-type'), body)),
    stored: false,
    withhold: false,
  }
}

/**
 * Idempotent POSTs, with Stripe's semantics. A POST with an `Idempotency-Key` header (1 to 255
 * visible ASCII characters) is executed once per caller, route and key: a replay gets the stored
 * response and writes nothing; the same key with another body gets 422. A request that fails
 * (validation, conflict, a crash) stores nothing, so a corrected retry can use the same key.
 * An anonymous caller also sends `Idempotency-Secret` (see `keyScope`).
 *
 * Nothing is written before the handler runs: the answer is stored with the request's own
 * writes, in their batch (decision 0002). Copies of one request sent at once all run; the first
 * to commit stores its answer, the others' batches fail on the key and are answered 409 with
 * `Retry-After` (decision 0083): sent again, they get the first one's answer.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const claimed = await idempotencyClaim(c, c.var.actor?.userId ?? null)
    if (!claimed) return next()
    const { db, clock } = c.var.ports
    const stored = await readOne(db, storedAnswer(db, claimed, clock.now().getTime()))
    if (stored) return replay(c, claimed, stored)

    c.set('idempotency', claimed)
    await next()
    if (claimed.stored || c.error !== undefined || c.res.status >= 400) return
    // A handler that wrote nothing through commit(): store its answer now (unless a copy did).
    const answer = { status: c.res.status, body: await c.res.clone().text(), now: clock.now().getTime() }
    await writeWithAnswer(c.var.ports, claimed, answer, [])
  }
}

/**
 * For a route whose answer carries a secret (a new TOTP seed, a one-time link, a challenge): its
 * key is still stored, so a replay causes nothing twice, but its answer is not — a replay gets
 * 409 `answer_withheld` instead of the secret, which would otherwise sit in the database for a
 * day and go to whoever replays the key.
 *
 * @example
 * route.post('/login', answersWithSecret, async (c) => c.json(await startSecondFactor(…)))
 */
export const answersWithSecret: MiddlewareHandler<AppEnv> = async (c, next) => {
  const claimed = c.var.idempotency
  if (claimed) claimed.withhold = true
  await next()
}

/**
 * What a batch that lost to a constraint means to the caller (e.g. 409 `conflict` when a
 * colleague's change got there first); undefined when it means nothing of the kind: the error stands.
 */
export type Conflict = (error: unknown) => AppError | undefined

/**
 * A committed change's answer, typed as `c.json(result)` is (a copy's stored answer is the same
 * JSON), so that the route's type tells the web what it answers (web/forms/api.ts's `RouteBody`).
 */
export type Committed<T> = Response & TypedResponse<JSONParsed<T>, ContentfulStatusCode, 'json'>

/**
 * The one commit path of a planned change (worker/service.ts's `Planned`): its writes in one
 * batch, together with the storage of its response when the request is idempotent, and that
 * response. Every route that writes answers through it, and so does a submission committed in the
 * request (worker/submission.ts), so that an acknowledged request and its stored response cannot
 * part. If a copy of the same request committed first, nothing of this one is written and it is
 * answered 409 with `Retry-After`. A batch that fails on a constraint is answered as `conflict` says.
 * Once the batch has committed, its e-mail is handed to the mail queue (`mailCommitted`).
 *
 * @example
 * return commit(c, await planNota(serviceContext(c), input), 201, conflictoDeTip)
 */
export async function commit<T>(
  c: Context<AppEnv>,
  { writes, result }: Planned<T>,
  status: ContentfulStatusCode,
  conflict?: Conflict,
): Promise<Committed<T>> {
  try {
    return await commitWrites(c, writes, status, result)
  } catch (error) {
    throw conflict?.(error) ?? error
  }
}

/**
 * A read that is recorded (a staff member's look at a person's data, audited): its record written
 * first, then the answer, which no cache keeps. Nothing else is written, so there is no key.
 *
 * @example
 * return commitRead(c, await planLeerTip(serviceContext(c), mesa, id))
 */
export async function commitRead<T>(
  c: Context<AppEnv>,
  { writes, result }: Planned<T>,
): Promise<Committed<T>> {
  await runWrites(c.var.ports, writes)
  c.header('Cache-Control', 'no-store')
  return c.json(result)
}

async function commitWrites<T>(
  c: Context<AppEnv>,
  writes: Write[],
  status: ContentfulStatusCode,
  body: T,
): Promise<Committed<T>> {
  const { ports } = c.var
  const claimed = c.var.idempotency
  const committed = () => mailCommitted(ports, writes, (promise) => c.executionCtx.waitUntil(promise))
  if (!claimed) {
    await runWrites(ports, writes)
    committed()
    return c.json(body, status)
  }
  const answer = { status, body: JSON.stringify(body), now: ports.clock.now().getTime() }
  await writeWithAnswer(ports, claimed, answer, writes)
  committed()
  claimed.stored = true
  return c.json(body, status)
}

/** Deletes expired keys; run by the background loop (Node) or a Cron Trigger (Workers). */
export async function purgeExpiredKeys(db: Database, now: Date): Promise<number> {
  const gone = await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.expiresAt} <= ${now.getTime()}`)
  return gone.rowsAffected
}
