import { createHash } from 'node:crypto'
import { localDate } from '../../core/time.ts'
import { estadoDeSubida, fueraDeLugar, parteDe } from '../archivos/peticion.ts'
import { recibirParte } from '../archivos/recibir.ts'
import type { AppContext } from '../context.ts'
import { isUniqueViolation } from '../errors.ts'
import { readOne } from '../reads.ts'
import { parseJsonBody } from '../validation.ts'
import { runWrites } from '../writes.ts'
import { ArchivosAnonimosInput, informante, nuevasSubidas, subidaAnonima, vistaAnonima } from './archivos.ts'
import { type DesafioResuelto, desafioRechazado, desafioUsado, gastarDesafio } from './desafio.ts'

/**
 * What the database keeps of a challenge spent on a batch of uploads: not the tip's fingerprint
 * (`huellaDesafio`). A batch is written straight to the database — its parts are sent at once and
 * must find its rows, which at the edge a shard's kept submission would not yet be — so it must
 * never hold a row a tip's shard will write later (that tip's commit would then fail). The price:
 * one solved challenge may pay for one batch and one tip (decision 0046).
 */
const huellaLote = (desafio: DesafioResuelto) =>
  createHash('sha256').update(`altcha-archivos:${desafio.signature}`).digest('hex')

/**
 * `POST /api/informacion/archivos`: a batch of up to ten uploads, paid with one proof of work.
 * Answers each upload's id and bearer token (decision 0046); the rows hold the sizes, the token's
 * hash and the day. A copy of the request (its answer lost) is refused as a spent challenge: the
 * browser asks for another, and the first batch's rows, never attached, go with the retention job.
 *
 * @example
 * app.post('/archivos', comenzarLote)
 */
export async function comenzarLote(c: AppContext): Promise<Response> {
  const { ports } = c.var
  const input = await parseJsonBody(c, ArchivosAnonimosInput)
  const huella = huellaLote(input.desafio)
  const usado = await readOne(ports.db, desafioUsado(huella))
  const spend = await gastarDesafio(ports, input.desafio, huella, usado)
  const { filas, archivos } = nuevasSubidas(input.archivos, localDate(ports.clock.now()))
  try {
    await runWrites(ports, [...spend, ...filas])
  } catch (error) {
    // The same challenge spent by a batch that committed first.
    if (isUniqueViolation(error)) throw desafioRechazado()
    throw error
  }
  c.header('Cache-Control', 'no-store')
  return c.json({ archivos }, 201)
}

/** The bearer token of `Authorization: Bearer <token>` ('' when there is none: nothing matches it). */
function token(c: AppContext): string {
  const match = /^Bearer ([\w-]{16,128})$/.exec(c.req.header('authorization') ?? '')
  return match?.[1] ?? ''
}

/**
 * `GET /api/informacion/archivos/:id` (and `HEAD`): where the bearer's upload stands, also in
 * `Upload-Offset`. An unknown id and a wrong token are both 404.
 *
 * @example
 * app.get('/archivos/:id', estadoAnonimo)
 */
export async function estadoAnonimo(c: AppContext): Promise<Response> {
  const fila = await subidaAnonima(c.var.ports.db, c.req.param('id') ?? '', token(c))
  return estadoDeSubida(c, vistaAnonima(fila))
}

/**
 * `PATCH /api/informacion/archivos/:id`: one part of the bearer's upload, streamed to the file
 * store by the citizens' own code (worker/archivos/recibir.ts); 409 with `Upload-Offset` when it
 * is not where the upload stands.
 *
 * @example
 * app.patch('/archivos/:id', parteAnonima)
 */
export async function parteAnonima(c: AppContext): Promise<Response> {
  const { ports } = c.var
  const outcome = await recibirParte(
    ports,
    informante(ports.db, token(c)),
    c.req.param('id') ?? '',
    parteDe(c),
  )
  if (outcome.kind === 'misplaced') return fueraDeLugar(c, outcome.recibidos)
  const { row, avance } = outcome
  return estadoDeSubida(
    c,
    vistaAnonima({ ...row, recibidos: avance.recibidos, completo: avance.completo ? 1 : 0 }),
  )
}
