import * as v from 'valibot'
import { comunaCut } from '../denuncias/schema.ts'
import { identifier, line, paragraph } from '../text.ts'

/** How a citizen signs a message: their full name, or initials and comuna. */
export const FIRMAS = ['completa', 'iniciales'] as const

/**
 * A message for a memorial of the condolence book, from a signed-in citizen: the name is the
 * session's, never typed. Shared by the PWA's form and the API.
 */
export const CondolenciaInput = v.pipe(
  v.strictObject({
    memorial: identifier(80),
    mensaje: paragraph(2000, 10),
    firma: v.picklist(FIRMAS),
    comuna: v.optional(comunaCut),
  }),
  v.forward(
    v.partialCheck(
      [['firma'], ['comuna']],
      (input) => input.firma !== 'iniciales' || input.comuna !== undefined,
      'required',
    ),
    ['comuna'],
  ),
)
export type CondolenciaInput = v.InferOutput<typeof CondolenciaInput>

/** Why a reader reports a public message. */
export const MOTIVOS_REPORTE = ['ofensivo', 'datos_personales', 'falso', 'otro'] as const

/** A reader's report of a public message. */
export const ReporteInput = v.strictObject({
  motivo: v.picklist(MOTIVOS_REPORTE),
  detalle: v.optional(paragraph(500)),
})
export type ReporteInput = v.InferOutput<typeof ReporteInput>

/** A moderator's decision on a message: publish it, or reject (or withdraw) it with a reason the author is told. */
export const DecisionInput = v.variant('decision', [
  v.strictObject({ decision: v.literal('publicar') }),
  v.strictObject({ decision: v.literal('rechazar'), motivo: paragraph(500, 5) }),
])
export type DecisionInput = v.InferOutput<typeof DecisionInput>

/** YYYY-MM-DD, a real day. */
const fecha = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date'),
  v.check((text) => {
    const day = new Date(`${text}T00:00:00Z`)
    return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text)
  }, 'invalid_date'),
)

/** A memorial, as an administrator writes it. */
export const MemorialInput = v.strictObject({
  nombre: line(120),
  grado: line(80),
  unidad: line(160),
  fecha,
  texto: paragraph(1500),
  foto: v.optional(v.nullable(identifier(40))),
  publicado: v.boolean(),
})
export type MemorialInput = v.InferOutput<typeof MemorialInput>

/** A photo as the public pages give it: one URL, and the three widths (decision 0065). */
export interface Foto {
  src: string
  srcset: string
}

export interface MemorialResumen {
  slug: string
  nombre: string
  grado: string
  unidad: string
  fecha: string
  resumen: string
  foto: Foto | null
  mensajes: number
}

export interface MemorialView extends Omit<MemorialResumen, 'resumen'> {
  texto: string
  primeraPagina: string
}

export interface MensajePublico {
  id: string
  firma: string
  mensaje: string
  publicadoAt: string
}
