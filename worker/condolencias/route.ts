import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { commit } from '../middleware/idempotency.ts'
import { serviceContext } from '../service.ts'
import { parseJsonBody } from '../validation.ts'
import { CondolenciaInput } from './schema.ts'
import { latestCondolencias, planCondolencia } from './service.ts'

/** `/api/condolencias`: the public condolence book. */
export const condolenciasRoute = new Hono<AppEnv>()
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.json({ items: await latestCondolencias(serviceContext(c)) })
  })
  .post('/', async (c) => {
    const input = await parseJsonBody(c, CondolenciaInput)
    const { writes, result } = planCondolencia(serviceContext(c), input)
    return commit(c, writes, 201, result)
  })
