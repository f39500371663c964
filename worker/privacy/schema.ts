import * as v from 'valibot'
import { line, paragraph } from '../text.ts'
import { REGISTROS_RECTIFICABLES } from './rectificables.ts'

/** A rectification: which record, which field, the right value (checked as the field is), and why. */
export const RectificacionInput = v.strictObject({
  registroTipo: v.picklist(REGISTROS_RECTIFICABLES),
  registroId: line(60),
  campo: line(40),
  valor: line(200),
  explicacion: v.optional(paragraph(1000)),
})
export type RectificacionInput = v.InferOutput<typeof RectificacionInput>

/** Erasure is asked for knowingly: the page shows first what goes and what stays. */
export const SupresionInput = v.strictObject({
  confirmar: v.pipe(
    v.boolean(),
    v.check((value) => value, 'declaration_required'),
  ),
})

/** A staff member's answer to a rectification. */
export const RespuestaInput = v.strictObject({
  decision: v.picklist(['acogida', 'rechazada']),
  respuesta: paragraph(1000),
})
export type RespuestaInput = v.InferOutput<typeof RespuestaInput>

/** The download's format. */
export const DescargaQuery = v.object({ formato: v.picklist(['json', 'pdf']) })
