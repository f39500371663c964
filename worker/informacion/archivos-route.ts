import { estadoDeSubida, fueraDeLugar, parteDe } from '../archivos/peticion.ts'
import { recibirParte } from '../archivos/recibir.ts'
import type { AppContext } from '../context.ts'
import { submission } from '../submission.ts'
import { localDate } from '../time.ts'
import { ArchivosAnonimosInput, informante, nuevasSubidas, subidaAnonima, vistaAnonima } from './archivos.ts'
import { desafioRechazado, desafioUsado, gastarDesafio, huellaDesafio } from './desafio.ts'

/**
 * `POST /api/informacion/archivos`: a batch of up to ten uploads, paid with one proof of work.
 * Answers each upload's id and bearer token (decision 0046); the rows hold the sizes, the token's
 * hash and the day. A copy of the request (its answer lost) is refused as a spent challenge: the
 * browser asks for another, and the first batch's rows, never attached, go with the retention job.
 */
export const archivosAnonimosSubmission = submission({
  input: ArchivosAnonimosInput,
  audience: 'unseen',
  shardKey: (input) => huellaDesafio(input.desafio),
  reads: (_c, input) => ({ usado: desafioUsado(huellaDesafio(input.desafio)) }),
  decide: async (c, input, loaded: { usado: boolean }) => {
    const { ports } = c.var
    const huella = huellaDesafio(input.desafio)
    const spend = await gastarDesafio(ports, input.desafio, huella, loaded.usado)
    const { filas, archivos } = nuevasSubidas(input.archivos, localDate(ports.clock.now()))
    return {
      status: 201,
      body: { archivos },
      writes: [...spend, ...filas],
      rules: { counters: [{ key: `desafio:${huella}`, max: 1, baseline: 0, refusal: desafioRechazado() }] },
    }
  },
})

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
