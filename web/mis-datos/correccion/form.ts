import * as v from 'valibot'
import { campoRectificable, REGISTROS_RECTIFICABLES } from '../../../worker/privacy/rectificables.ts'
import { RectificacionInput } from '../../../worker/privacy/schema.ts'
import { createDraft } from '../../offline/draft.ts'
import { SERVICE_ID } from '../api.ts'

export { RectificacionInput }

/**
 * A correction's answers, all strings so the draft kit can keep them: which record and field
 * (chosen among the correctable ones), the correct value, an optional explanation. `titular` is the
 * RUN of the account they belong to: never shown to another citizen on this device; `actual` the
 * field's value when it was chosen (as the API gave it), to show beside the new one.
 */
export type Respuestas = {
  titular: string
  registroTipo: string
  registroId: string
  registroCode: string
  campo: string
  actual: string
  valor: string
  explicacion: string
}

export const empty: Respuestas = {
  titular: '',
  registroTipo: '',
  registroId: '',
  registroCode: '',
  campo: '',
  actual: '',
  valor: '',
  explicacion: '',
}

/**
 * The one draft of the correction, named as the outbox's service so `/envios` can restore it; on
 * the citizen's account too (decision 0034), once a record is chosen.
 */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty, { prefilled: ['titular'] })

/** The longest explanation the API takes (worker/privacy/schema.ts). */
export const MAX_EXPLICACION = 1000

/**
 * The correct value checked as the API checks it for that field (an e-mail as an e-mail, a
 * telephone as a Chilean one), or as a line of text for a field it does not know.
 *
 * @example
 * validateFields(ValorInput('cuenta', 'email'), { valor: 'ana@' }, ['valor'], 'es')
 */
export function ValorInput(registroTipo: string, campo: string): v.GenericSchema {
  const tipo = REGISTROS_RECTIFICABLES.find((candidate) => candidate === registroTipo)
  const field = tipo ? campoRectificable(tipo, campo) : null
  return v.strictObject({ valor: field?.schema ?? RectificacionInput.entries.valor })
}

/** What the API receives: the answers without what only this device keeps. */
export function inputDe(r: Respuestas): Record<string, unknown> {
  return {
    registroTipo: r.registroTipo,
    registroId: r.registroId,
    campo: r.campo,
    valor: r.valor,
    ...(r.explicacion.trim() ? { explicacion: r.explicacion } : {}),
  }
}

/** Whether a record and a field have been chosen: the later questions need them. */
export const elegido = (r: Respuestas) => r.registroId !== '' && r.campo !== ''
