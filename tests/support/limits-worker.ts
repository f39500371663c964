import { edgeRateLimiter, type LimitBindings } from '../../worker/adapters/edge-limits.ts'
import type { Limit } from '../../worker/middleware/rate-limit.ts'

export { LimitCounter } from '../../worker/adapters/limit-counter.ts'

/**
 * A Worker for tests/integration/rate-limit.test.ts: the edge's rate limiter, run in workerd on
 * miniflare's Rate Limiting bindings and Durable Objects, asked `POST {limit, now}` and answering
 * its verdict — the same question the test asks the Node limiter in-process.
 */
// biome-ignore lint/style/noDefaultExport: workerd finds a module Worker's handlers on its default export
export default {
  async fetch(request: Request, env: LimitBindings): Promise<Response> {
    const { limit, now } = (await request.json()) as { limit: Limit; now: number }
    try {
      return Response.json(await edgeRateLimiter(env).count(limit, now))
    } catch (error) {
      return Response.json({ error: String(error) }, { status: 500 })
    }
  },
}
