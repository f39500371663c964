import { Hono } from 'hono'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError } from '../errors.ts'
import { actorOf, requireCitizen } from '../identity/guards.ts'
import { consume } from '../middleware/rate-limit.ts'
import { parseJsonBody } from '../validation.ts'
import { conBorrador, type FormularioConBorrador } from './formularios.ts'
import { BorradorInput, respuestasDentroDelLimite } from './schema.ts'
import { descartarBorrador, guardarBorrador, leerBorrador, listarBorradores } from './service.ts'

/** The form of the path, if its drafts are kept; another is not found (its drafts are none). */
function formularioDe(c: AppContext): FormularioConBorrador {
  const formulario = c.req.param('formulario') ?? ''
  if (!conBorrador(formulario)) throw new AppError('not_found')
  return formulario
}

/**
 * `/api/borradores`: the signed-in citizen's own drafts (decision 0034), kept so that a form
 * begun on one device is continued on another, or kept off a shared device. Only ever the
 * caller's: another account's draft of the same form is not there for them.
 */
export const borradoresRoute = new Hono<AppEnv>()
  .use(requireCitizen)
  .get('/', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json({ borradores: await listarBorradores(c.var.ports, actorOf(c).userId) })
  })
  .get('/:formulario', async (c) => {
    c.header('Cache-Control', 'no-store')
    const borrador = await leerBorrador(c.var.ports, actorOf(c).userId, formularioDe(c))
    if (!borrador) throw new AppError('not_found')
    return c.json(borrador)
  })
  // Saved a second or two after the citizen stops typing: not a submission (nothing is issued),
  // one write, counted per account so that a device stuck in a loop cannot flood the database.
  .put('/:formulario', async (c) => {
    const actor = actorOf(c)
    await consume(c, 'borradores:cuenta', actor.userId)
    const { respuestas } = await parseJsonBody(c, BorradorInput)
    const texto = respuestasDentroDelLimite(respuestas)
    return c.json(await guardarBorrador(c.var.ports, actor.userId, formularioDe(c), texto))
  })
  .delete('/:formulario', async (c) => {
    await descartarBorrador(c.var.ports, actorOf(c).userId, formularioDe(c))
    return c.body(null, 204)
  })
