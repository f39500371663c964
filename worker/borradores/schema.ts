import * as v from 'valibot'
import { AppError } from '../errors.ts'

/**
 * The most a draft's answers may hold, as JSON text: far more than any form asks (a denuncia's
 * 5,000-character account with its items and people), and below the API's 64 KiB body, so that a
 * draft too large is refused naming its field rather than as a body too large.
 */
export const MAX_RESPUESTAS = 48_000

/** A field's name as the draft kit keeps it: `tipoId`, `testigos.0.nombre`. */
const CAMPO = /^[A-Za-z][\w.-]{0,63}$/

/** The most fields a draft holds. */
const MAX_CAMPOS = 300

/** Whether a value is a draft's answers: a plain object of at most MAX_CAMPOS named text fields. */
function esRespuestas(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const entries = Object.entries(value)
  return (
    entries.length <= MAX_CAMPOS &&
    entries.every(([name, text]) => CAMPO.test(name) && typeof text === 'string')
  )
}

/**
 * `PUT /api/borradores/:formulario`: the form's answers as the kit holds them, all text. One
 * error for the whole object (`respuestas`): a device that sends a malformed draft has a bug, and
 * no person corrects a field of it.
 */
export const BorradorInput = v.strictObject({
  respuestas: v.custom<Record<string, string>>(esRespuestas, 'invalid_type'),
})

export type BorradorInput = v.InferOutput<typeof BorradorInput>

/**
 * The answers as JSON text, or `validation_failed` naming `respuestas` when they are longer than
 * {@link MAX_RESPUESTAS}.
 *
 * @example
 * const texto = respuestasDentroDelLimite({ destino: 'Av. Matta 1200' }) // '{"destino":"Av. Matta 1200"}'
 */
export function respuestasDentroDelLimite(respuestas: Record<string, string>): string {
  const texto = JSON.stringify(respuestas)
  if (texto.length > MAX_RESPUESTAS)
    throw new AppError('validation_failed', {
      fields: [{ field: 'respuestas', key: 'too_long', params: { max: MAX_RESPUESTAS } }],
    })
  return texto
}
