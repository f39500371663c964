import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'

/**
 * `GET /api/health`: 200 `{"status":"ok"}` when the database answers; 503 with a reason when not,
 * or when the last writes met a full disk or an I/O error (`{"status":"degraded","reason":
 * "storage_full"}`) and none has succeeded since: reads may still work, but nothing can be saved.
 */
export const healthRoute = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-store')
  const fault = c.var.ports.storage.fault
  if (fault) return c.json({ status: 'degraded', reason: fault }, 503)
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
