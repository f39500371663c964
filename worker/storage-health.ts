import { AppError, databaseUnreachable, type StorageFault, storageFault } from './errors.ts'
import type { Logger } from './log.ts'

/**
 * Seconds a client is told to wait. A full disk lasts until an operator frees space; an I/O error
 * may pass sooner. (The PWA's outbox retries on its own schedule and keeps the form meanwhile.)
 */
export const STORAGE_RETRY_AFTER_S: Record<StorageFault, number> = { storage_full: 60, storage_error: 30 }

/** Seconds a client is told to wait when the database cannot be reached (Turso over HTTP). */
export const UNREACHABLE_RETRY_AFTER_S = 5

/** The log line operators alert on, once when a fault begins. */
export const STORAGE_ALERT = 'ALERT database storage fault'
/** The log line when writes succeed again after a fault. */
export const STORAGE_RECOVERED = 'database storage recovered'

/**
 * Whether the database can write, as the writes themselves find it: a full disk or an I/O error
 * turns it to a fault (one alert in the log, health 503), and a write that started after the fault
 * began and succeeds turns it back (one line of recovery). Each app has its own, from its ports:
 * tests with several apps in one process must not see each other's faults.
 *
 * Only a write started after the fault began clears it: one that was already under way may have
 * been committed before the disk filled (over HTTP, answers arrive in any order), or found room
 * that the request before it did not (within one group commit), and would hide a fault that lasts.
 *
 * @example
 * const storage = new StorageHealth(log)
 * const before = storage.faultsBegun
 * try { await client.batch(statements) } catch (error) { throw storage.refusal(error) ?? error }
 * storage.wrote(before)
 */
export class StorageHealth {
  readonly #log: Logger
  #fault: StorageFault | undefined
  #faultsBegun = 0
  #refused = 0

  constructor(log: Logger) {
    this.#log = log
  }

  /** The fault writes last met, until a write succeeds again; undefined while healthy. */
  get fault(): StorageFault | undefined {
    return this.#fault
  }

  /** How many faults have begun; read it before a write, and give it to {@link wrote} after. */
  get faultsBegun(): number {
    return this.#faultsBegun
  }

  /** A write committed. It ends the fault if it started after the fault began. */
  wrote(faultsBegunBefore: number): void {
    // The hot path: one comparison while healthy.
    if (this.#fault === undefined || faultsBegunBefore !== this.#faultsBegun) return
    this.#log.info(STORAGE_RECOVERED, { alert: 'storage', reason: this.#fault, refused: this.#refused })
    this.#fault = undefined
  }

  /**
   * The answer to a request that met a storage fault (503, its own code, `Retry-After`), with the
   * fault recorded (and alerted, if it begins); to one that could not reach the database, `503
   * unavailable`; undefined for any other error.
   */
  refusal(error: unknown): AppError | undefined {
    // Not the storage's fault (nothing recorded): the network's, which /api/health reports and
    // the app's onError logs, each in its own words.
    if (databaseUnreachable(error)) {
      return new AppError('unavailable', { retryAfter: UNREACHABLE_RETRY_AFTER_S, cause: error })
    }
    const fault = storageFault(error)
    if (fault === undefined) return undefined
    if (fault !== this.#fault) {
      this.#fault = fault
      this.#faultsBegun += 1
      this.#refused = 0
      this.#log.error(STORAGE_ALERT, {
        alert: 'storage',
        reason: fault,
        error: error instanceof Error ? error.message : String(error),
      })
    }
    this.#refused += 1
    return new AppError(fault, { retryAfter: STORAGE_RETRY_AFTER_S[fault], cause: error })
  }
}
