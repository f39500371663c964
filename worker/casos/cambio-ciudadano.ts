import type { Handler } from 'hono'
import { conflictoDeAdjuntos } from '../archivos/index.ts'
import type { AppContext, AppEnv } from '../context.ts'
import { AppError, isUniqueViolation } from '../errors.ts'
import type { Planned } from '../service.ts'
import { type Submission, submission } from '../submission.ts'
import { esCambioConcurrente } from './cambio.ts'

/**
 * What a batch that changes a case failed on, as the citizen or officer is answered: 409
 * `conflict` when someone else's change got there first (the guarded history entry,
 * worker/casos/cambio.ts) or a unique key stood in the way (the case already on its way to the
 * Fiscalía, a decision already rated); a file another request attached first (its CHECK) is
 * refused naming `archivos`. Undefined: not a refusal, the error stands.
 *
 * @example
 * const meant = conflictoDeCambio(error); if (meant) throw meant
 */
export function conflictoDeCambio(error: unknown): AppError | undefined {
  if (esCambioConcurrente(error) || isUniqueViolation(error))
    return new AppError('conflict', { cause: error })
  return conflictoDeAdjuntos(error)
}

/**
 * A citizen's change to their own case (an answer, information, a rating, a reopening): what it
 * reads — the case by its número among them — and what it plans from that (`decide`, reading
 * nothing more). Its reads run in one batch with the session and the key's stored answer, and its
 * writes are committed in the request with the answer stored under the key, at the edge too
 * (never kept by a shard, decisions 0056 and 0063): two round trips.
 */
export interface CambioCiudadano<I, L extends Record<string, unknown>>
  extends Pick<Submission<I, L>, 'input' | 'reads'> {
  decide(c: AppContext, input: I, loaded: L): Planned<unknown> | Promise<Planned<unknown>>
  status: 200 | 201
}

/**
 * The handler of a citizen's change to their case: a submission (worker/submission.ts) for a
 * signed-in citizen, committed in the request; 409 when the case moved since its reads.
 *
 * @example
 * route.post('/:numero/reabrir', cambioCiudadano({ input: ReaperturaInput, status: 200, reads: …, decide: … }))
 */
export function cambioCiudadano<I, L extends Record<string, unknown>>(
  spec: CambioCiudadano<I, L>,
): Handler<AppEnv> {
  return submission({
    input: spec.input,
    audience: 'citizen',
    inRequest: true,
    reads: spec.reads,
    decide: async (c, input, loaded) => {
      return { status: spec.status, ...(await spec.decide(c, input, loaded)) }
    },
    conflict: conflictoDeCambio,
  })
}
