import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import { shardOf, shardOfCode } from './protocol.ts'

/** A document a shard keeps for Turso, as its citizen's pages show it: its kind and its view. */
export interface Pending<T = unknown> {
  kind: string
  view: T
}

/**
 * A document not yet in Turso (decision 0023), by its code — its owner's, when one is given — or
 * null: where there are no shards, or no such document. What the citizen's pages fall back on
 * when the database has not got it yet.
 *
 * @example
 * const view = (await pendingDocument<PermisoView>(c, code, 'permiso', actor.run))?.view
 */
export async function pendingDocument<T>(
  c: AppContext,
  code: string,
  kind: string,
  owner: string | null,
): Promise<T | null> {
  const { shards } = c.var.ports
  const shard = shardOfCode(code)
  if (!shards || shard === undefined) return null
  const found = await shards.lookup(shard, code, owner)
  if (!found) return null
  const pending = JSON.parse(found) as Pending<T>
  return pending.kind === kind ? pending.view : null
}

/**
 * Every document of a citizen (by RUN) that the citizen's shard keeps for Turso.
 *
 * @example
 * const pending = await pendingDocuments(c, actor.run)
 */
export async function pendingDocuments(c: AppContext, owner: string): Promise<Pending[]> {
  const { shards } = c.var.ports
  if (!shards) return []
  return (await shards.pendingOf(shardOf(owner), owner)).map((found) => JSON.parse(found) as Pending)
}

/**
 * The views of one kind of the shard's documents that a list read from the database does not have
 * yet (matched by número): what a citizen's list shows first, until Turso has them.
 *
 * @example
 * const items = [...porNumeroAun(pending, 'felicitacion', listed), ...listed]
 */
export function porNumeroAun<T extends { numero: string }>(
  pending: Pending[],
  kind: string,
  listed: T[],
): T[] {
  return pending.flatMap((p) =>
    p.kind === kind && !listed.some((l) => l.numero === (p.view as T).numero) ? [p.view as T] : [],
  )
}

/**
 * One of the citizen's own documents: from the database, else — when the database has not got it
 * yet — from the shard that keeps it, if it is this citizen's.
 *
 * @example
 * return c.json(await orPending(c, 'permiso', code, () => permisoPropio(ctx, actor, code)))
 */
export async function orPending<T>(
  c: AppContext,
  kind: string,
  code: string,
  own: () => Promise<T>,
): Promise<T> {
  try {
    return await own()
  } catch (error) {
    const run = c.var.actor?.runProof === 'claveunica' ? c.var.actor.run : null
    if (!(error instanceof AppError) || error.code !== 'not_found' || !run) throw error
    const pending = await pendingDocument<T>(c, code, kind, run)
    if (!pending) throw error
    return pending
  }
}
