import type * as v from 'valibot'
import type { AppContext } from '../context.ts'
import { AppError } from '../errors.ts'
import { parseJsonBody } from '../validation.ts'

/**
 * The body by its schema, a refusal inside one of `enteros` named by that top-level field (`publica`,
 * `envueltas`, `nota`, `mensajes`): a key's or a ciphertext's inner parts mean nothing to the
 * person who sees the message.
 *
 * @example
 * const { nota } = await cuerpo(c, NotaInput, ['nota'])
 */
export async function cuerpo<S extends v.GenericSchema>(
  c: AppContext,
  schema: S,
  enteros: readonly string[],
): Promise<v.InferOutput<S>> {
  return parseJsonBody(c, schema).catch((error: unknown) => {
    if (!(error instanceof AppError) || !error.fields) throw error
    const seen = new Set<string>()
    const fields = error.fields.flatMap((issue) => {
      const top = issue.field.split('.')[0] ?? issue.field
      const field = enteros.includes(top) ? top : issue.field
      if (seen.has(field)) return []
      seen.add(field)
      return [field === issue.field ? issue : { field, key: 'invalid' }]
    })
    throw new AppError(error.code, { fields })
  })
}
