import type { DurableObjectState } from '@cloudflare/workers-types'
import { countAttempt, type Window } from '../middleware/rate-limit.ts'

/** What the Worker asks of a counter: count one attempt in the window starting at `start`. */
export interface CounterHit {
  start: number
  windowMs: number
  /** The limit's maximum: past it the verdict cannot change until the window ends. */
  max: number
}

const KEY = 'window'

/**
 * A Durable Object holding one bucket's window (one per account limit and account: `login:run`
 * of one RUN, `reset:email` of one address), for the limits that must be exact at the edge. A
 * Durable Object runs one event at a time and its storage calls hold the next event back until
 * they are done, so simultaneous attempts are counted once each. The window is stored, not only
 * held in memory, because an idle object is evicted within minutes and a window lasts up to an
 * hour; once it is past its maximum nothing more is written (an attack on one account costs
 * reads). An alarm one window after the window's first attempt deletes it all: nothing is kept
 * longer than the limit needs it.
 *
 * Exported by the Worker's entry (worker/workers.ts) and bound as `LIMIT_COUNTERS` (wrangler.toml).
 *
 * @example
 * const stub = env.LIMIT_COUNTERS.get(env.LIMIT_COUNTERS.idFromName(hashedBucket))
 * const hit: CounterHit = { start, windowMs, max }
 * const window = await (await stub.fetch('https://limit/', { method: 'POST', body: JSON.stringify(hit) })).json()
 */
export class LimitCounter {
  readonly #state: DurableObjectState

  constructor(state: DurableObjectState) {
    this.#state = state
  }

  async fetch(request: Request): Promise<Response> {
    const { start, windowMs, max } = (await request.json()) as CounterHit
    const storage = this.#state.storage
    const before = await storage.get<Window>(KEY)
    const window = countAttempt(before, start)
    if (window.start !== before?.start) {
      // The object's own clock: the caller's `start` may come from a test's fixed clock.
      await storage.setAlarm(Date.now() + windowMs)
    }
    if (window.count <= max + 1) await storage.put(KEY, window)
    return Response.json(window)
  }

  async alarm(): Promise<void> {
    await this.#state.storage.deleteAll()
  }
}
