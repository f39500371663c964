import { Hono } from 'hono'
import type { AppEnv } from '../context.ts'
import { serviceContext } from '../service.ts'
import { submission } from '../submission.ts'
import { CondolenciaInput } from './schema.ts'
import { latestCondolencias, planCondolencia } from './service.ts'

/** `POST /api/condolencias`: a message for the book, from anyone (a submission: worker/submission.ts). */
export const condolenciaSubmission = submission({
  input: CondolenciaInput,
  audience: 'anyone',
  reads: () => ({}),
  decide: (c, input) => {
    const { writes, result } = planCondolencia(serviceContext(c), input)
    return { status: 201, body: result, writes }
  },
})

/** `/api/condolencias`: the public condolence book. */
export const condolenciasRoute = new Hono<AppEnv>().get('/', async (c) => {
  c.header('Cache-Control', 'no-cache')
  return c.json({ items: await latestCondolencias(serviceContext(c)) })
})
