import { and, eq, sql } from 'drizzle-orm'
import type { Context, MiddlewareHandler } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { idempotencyKeys } from '../../db/schema/index.ts'
import type { AppEnv, IdempotencyClaim } from '../context.ts'
import { sha256Hex } from '../crypto.ts'
import { AppError, invalidField } from '../errors.ts'
import type { Database } from '../ports.ts'
import { runWrites, type Write } from '../writes.ts'

/** How long a key and its response are kept (Stripe keeps them at least 24 hours). */
export const KEY_TTL_MS = 24 * 60 * 60 * 1000
/** A pending claim older than this belonged to a request whose process died: it may be retaken. */
export const LOCK_MS = 60 * 1000
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/

/**
 * Claims a key in one statement: a new key, an expired one, or a pending claim whose lock ran out
 * with the same request. Returns whether this request now owns the key.
 */
async function claim(db: Database, scope: string, key: string, requestHash: string, now: number) {
  const rows = await db
    .insert(idempotencyKeys)
    .values({
      scope,
      key,
      requestHash,
      state: 'pending',
      createdAt: new Date(now),
      lockedUntil: new Date(now + LOCK_MS),
      expiresAt: new Date(now + KEY_TTL_MS),
    })
    .onConflictDoUpdate({
      target: [idempotencyKeys.scope, idempotencyKeys.key],
      set: {
        requestHash: sql`excluded.request_hash`,
        state: 'pending',
        responseStatus: null,
        responseBody: null,
        createdAt: sql`excluded.created_at`,
        lockedUntil: sql`excluded.locked_until`,
        expiresAt: sql`excluded.expires_at`,
      },
      setWhere: sql`${idempotencyKeys.expiresAt} <= ${now} or (${idempotencyKeys.state} = 'pending' and ${idempotencyKeys.lockedUntil} <= ${now} and ${idempotencyKeys.requestHash} = excluded.request_hash)`,
    })
    .returning({ key: idempotencyKeys.key })
  return rows.length > 0
}

function where(claimed: IdempotencyClaim) {
  return and(eq(idempotencyKeys.scope, claimed.scope), eq(idempotencyKeys.key, claimed.key))
}

/** The statement that stores a request's response; {@link commit} runs it with the request's write. */
function storeResponse(db: Database, claimed: IdempotencyClaim, status: number, body: string) {
  return db
    .update(idempotencyKeys)
    .set({ state: 'done', responseStatus: status, responseBody: body })
    .where(and(where(claimed), eq(idempotencyKeys.state, 'pending')))
}

/**
 * Idempotent POSTs, with Stripe's semantics. A POST with an `Idempotency-Key` header (1 to 255
 * visible ASCII characters) is executed once per caller, route and key: a replay gets the stored
 * response and writes nothing; the same key with another body gets 422; a replay that arrives
 * while the first is still executing gets 409. A request that fails (validation, conflict, a
 * crash) stores nothing, so a corrected retry can use the same key.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('Idempotency-Key')
    if (c.req.method !== 'POST' || key === undefined) return next()
    if (!KEY_PATTERN.test(key)) throw invalidField('Idempotency-Key', 'invalid_format')

    const { db, clock } = c.var.ports
    const body = await c.req.text()
    const requestHash = await sha256Hex(`${c.req.header('content-type') ?? ''}\n${body}`)
    const scope = `${c.var.actor?.userId ?? 'anonymous'} POST ${c.req.path}`

    if (!(await claim(db, scope, key, requestHash, clock.now().getTime()))) {
      const [row] = await db
        .select()
        .from(idempotencyKeys)
        .where(where({ scope, key, stored: false }))
      if (row === undefined) throw new AppError('idempotency_in_progress', { retryAfter: 1 })
      if (row.requestHash !== requestHash) throw new AppError('idempotency_key_reused')
      if (row.state === 'pending' || row.responseStatus === null || row.responseBody === null) {
        throw new AppError('idempotency_in_progress', { retryAfter: 1 })
      }
      c.header('Idempotent-Replayed', 'true')
      c.header('Content-Type', 'application/json; charset=UTF-8')
      return c.body(row.responseBody, row.responseStatus as ContentfulStatusCode)
    }

    const claimed: IdempotencyClaim = { scope, key, stored: false }
    c.set('idempotency', claimed)
    await next()
    if (claimed.stored) return
    if (c.error !== undefined || c.res.status >= 400) {
      // Nothing was written: free the key for a corrected retry.
      await db.delete(idempotencyKeys).where(and(where(claimed), eq(idempotencyKeys.state, 'pending')))
      return
    }
    // A handler that wrote nothing through commit(): store its response now.
    await storeResponse(db, claimed, c.res.status, await c.res.clone().text())
  }
}

/**
 * Runs a request's writes in one batch, together with the storage of its response when the
 * request is idempotent, and returns that response. Every route that writes answers through it,
 * so that an acknowledged request and its stored response cannot part.
 *
 * @example
 * return commit(c, [db.insert(notes).values(note)], 201, { id: note.id })
 */
export async function commit<T>(
  c: Context<AppEnv>,
  writes: Write[],
  status: ContentfulStatusCode,
  body: T,
): Promise<Response> {
  const { db } = c.var.ports
  const claimed = c.var.idempotency
  const statements = claimed ? [...writes, storeResponse(db, claimed, status, JSON.stringify(body))] : writes
  await runWrites(db, statements)
  if (claimed) claimed.stored = true
  return c.json(body, status)
}

/** Deletes expired keys; run by the background loop (Node) or a Cron Trigger (Workers). */
export async function purgeExpiredKeys(db: Database, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.expiresAt} <= ${now.getTime()}`)
}
