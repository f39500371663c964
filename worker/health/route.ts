import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'

/** `GET /api/health`: 200 `{"status":"ok"}` when the database answers, 503 with a reason when not. */
export const healthRoute = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-store')
  try {
    await c.var.ports.db.run(sql`select 1`)
    return c.json({ status: 'ok' })
  } catch (error) {
    c.var.ports.log.error('health: database unreachable', {
      requestId: c.var.requestId,
      error: String(error),
    })
    return c.json({ status: 'unavailable', reason: 'database_unreachable' }, 503)
  }
})
