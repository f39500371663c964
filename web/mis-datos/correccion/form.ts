import * as v from 'valibot'
import { createDraft } from '../../offline/draft.ts'
import { SERVICE_ID } from '../api.ts'

/**
 * A correction's answers, all strings so the draft kit can keep them: which record and field
 * (chosen among the correctable ones), the correct value, an optional explanation. `titular` is the
 * RUN of the account they belong to: never shown to another citizen on this device; `actual` the
 * value shown when the field was chosen, to show beside the new one.
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

/** The one draft of the correction, named as the outbox's service so `/envios` can restore it. */
export const draft = createDraft<Respuestas>(SERVICE_ID, empty)

/** The longest explanation the API takes. */
export const MAX_EXPLICACION = 1000

/** The API's input (`POST /api/mis-datos/rectificacion`). */
export const RectificacionInput = v.strictObject({
  registroTipo: v.picklist(['cuenta', 'constancia_voto', 'permiso']),
  registroId: v.pipe(v.string(), v.minLength(1)),
  campo: v.pipe(v.string(), v.minLength(1)),
  valor: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  explicacion: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(MAX_EXPLICACION))),
})

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
