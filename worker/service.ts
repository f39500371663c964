import { clientAddress } from './client-address.ts'
import type { AppContext } from './context.ts'
import type { Actor } from './identity/actor.ts'
import type { Clock, Database, PasswordHasher } from './ports.ts'
import type { StorageHealth } from './storage-health.ts'
import type { Write } from './writes.ts'

/** What a service function gets: no HTTP, only the caller and the ports it needs. */
export interface ServiceContext {
  db: Database
  storage: StorageHealth
  clock: Clock
  actor: Actor | null
  requestId: string
  /** Where the request came from (`clientAddress`), for the audit log; null where nobody may know. */
  clientAddress: string | null
  passwords: PasswordHasher
  /** Whether writes move the figures' counters (config `CIFRAS`). */
  cifras: boolean
}

/**
 * A service's decision: the statements to run in one batch, and what to answer once they have.
 * The route commits it (with the idempotency record), so a write and its answer stay together.
 */
export interface Planned<T> {
  writes: Write[]
  result: T
}

/**
 * The service context of a request.
 *
 * @example
 * const planned = await planCondolencia(serviceContext(c), input)
 */
export function serviceContext(c: AppContext): ServiceContext {
  const { db, storage, clock, passwords, config } = c.var.ports
  return {
    db,
    storage,
    clock,
    passwords,
    cifras: config.cifras,
    actor: c.var.actor,
    requestId: c.var.requestId,
    clientAddress: clientAddress(c),
  }
}
