import { Hono } from 'hono'
import { localDate } from '../../core/time.ts'
import { informaciones } from '../../db/schema/index.ts'
import { type AppEnv, negotiateLocale } from '../context.ts'
import { AppError, databaseUnreachable, UNREACHABLE_LOG } from '../errors.ts'
import { sinHora } from '../log.ts'
import { respond } from '../middleware/errors.ts'
import { jsonBodyLimit } from '../middleware/json-body-limit.ts'
import type { Ports } from '../ports.ts'
import { submission } from '../submission.ts'
import { insertRow } from '../writes.ts'
import { type AdjuntablesAnonimos, adjuntarAnonimos, archivosAnonimosParaAdjuntar } from './archivos.ts'
import { comenzarLote, estadoAnonimo, parteAnonima } from './archivos-route.ts'
import { mesasPublicas } from './claves.ts'
import { desafioRechazado, desafioUsado, emitirDesafio, gastarDesafio, huellaDesafio } from './desafio.ts'
import { consultaSubmission, mensajeSubmission } from './regreso.ts'
import { InformacionAnonimaInput } from './schema.ts'

/**
 * `POST /api/informacion`: a tip, encrypted in the browser, paid for with a proof of work. Stores
 * the ciphertext and the day, nothing else; answers the tip's id and day. The same tip sent again
 * (its receipt's hash already kept: an answer lost on a bad link) is answered as the first time.
 */
export const informacionSubmission = submission({
  input: InformacionAnonimaInput,
  audience: 'unseen',
  // A copy of a tip and another tip paid with the same challenge meet in one shard at the edge.
  shardKey: (input) => huellaDesafio(input.desafio),
  reads: (_c, input) => ({
    usado: desafioUsado(huellaDesafio(input.desafio)),
    archivos: archivosAnonimosParaAdjuntar(input.archivos ?? []),
    // The desk's current key version: a tip to a desk without a key, or to an old key, is refused.
    vigente: {
      statement: { sql: 'select clave_version from informacion_mesas where id = ?', args: [input.mesa] },
      map: (result) => {
        const version = result.rows[0]?.clave_version
        return typeof version === 'number' || typeof version === 'bigint' ? Number(version) : null
      },
    },
    previa: {
      statement: { sql: 'select id, dia from informaciones where recibo_hash = ?', args: [input.reciboHash] },
      map: (result) => {
        const row = result.rows[0]
        return row ? { id: String(row.id), dia: String(row.dia) } : null
      },
    },
  }),
  decide: async (
    c,
    input,
    loaded: {
      usado: boolean
      archivos: AdjuntablesAnonimos
      vigente: number | null
      previa: { id: string; dia: string } | null
    },
  ) => {
    const { ports } = c.var
    // A copy of a tip that was kept: its challenge is spent by the first, so it is not checked again.
    if (loaded.previa) return { status: 201, result: loaded.previa }
    if (loaded.vigente === null) {
      throw new AppError('validation_failed', { fields: [{ field: 'mesa', key: 'mesa_sin_clave' }] })
    }
    if (input.claveVersion !== loaded.vigente) {
      throw new AppError('validation_failed', { fields: [{ field: 'claveVersion', key: 'clave_vencida' }] })
    }
    const huella = huellaDesafio(input.desafio)
    const spend = await gastarDesafio(ports, input.desafio, huella, loaded.usado)
    // A random id (v4), not rowId's UUIDv7, whose first 48 bits are the time.
    const body = { id: crypto.randomUUID(), dia: localDate(ports.clock.now()) }
    const { desafio: _, archivos: __, ...tip } = input
    // The tip's files, each whole and never sent before, attached in this batch after the tip's row.
    const adjunto = adjuntarAnonimos(loaded.archivos, { informacionId: body.id, hoy: body.dia })
    return {
      status: 201,
      result: body,
      writes: [...spend, insertRow(informaciones, { ...tip, ...body }), ...adjunto.writes],
      rules: {
        // At the edge, a copy that reached another shard before the first committed: one tip.
        once: [{ key: `informacion:${input.reciboHash}`, status: 201 }],
        counters: [
          { key: `desafio:${huella}`, max: 1, baseline: 0, refusal: desafioRechazado() },
          ...adjunto.counters,
        ],
      },
    }
  },
})

/**
 * `/api/informacion`: its own app, mounted before anything of the main one reads the caller
 * (decision 0043). No cookie is read or set, no session, no client request id (a fresh one per
 * request), the language from `?lang=` alone; its errors are logged without the path's caller
 * and dated by the day.
 *
 * @example
 * app.route('/api/informacion', informacionRoute(ports))
 */
export function informacionRoute(ports: Ports): Hono<AppEnv> {
  const log = sinHora(ports.log, () => localDate(ports.clock.now()))
  const app = new Hono<AppEnv>()
  app.use(async (c, next) => {
    c.set('ports', { ...ports, log })
    c.set('actor', null)
    c.set('idempotency', undefined)
    // A fresh id, never the client's own (a trace it could follow across requests).
    const id = crypto.randomUUID()
    c.set('requestId', id)
    c.header('X-Request-Id', id)
    c.set('locale', negotiateLocale(c.req.query('lang'), undefined, undefined))
    await next()
  })
  app.use(jsonBodyLimit())
  app.get('/desafio', async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await emitirDesafio(c.var.ports))
  })
  // Each desk's current public key, for the tipster's browser to encrypt to (decision 0044).
  app.get('/mesas', async (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.json(await mesasPublicas(c.var.ports.db))
  })
  app.post('/', informacionSubmission)
  // The way back with the receipt key (decision 0047): each call paid with a proof of work.
  app.post('/consulta', consultaSubmission)
  app.post('/mensajes', mensajeSubmission)
  // A tipster's files, encrypted in the browser, uploaded in parts before the tip (decision 0046).
  app.post('/archivos', comenzarLote)
  app.get('/archivos/:id', estadoAnonimo)
  app.patch('/archivos/:id', parteAnonima)
  // Anything else under the prefix ends here, never in the main app's middleware.
  app.all('*', () => {
    throw new AppError('not_found')
  })
  app.onError((error, c) => {
    // Dated by the day, without the path's caller: the main onError's line would carry the time.
    if (databaseUnreachable(error)) log.warn(UNREACHABLE_LOG)
    const known = error instanceof AppError ? error : new AppError('internal')
    const refusal = error instanceof AppError ? undefined : ports.storage.refusal(error)
    if (!(error instanceof AppError) && !refusal) {
      log.error('unhandled error', {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      })
    }
    return respond(c, refusal ?? known)
  })
  return app
}
