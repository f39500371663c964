import * as v from 'valibot'
import { line, paragraph } from '../text.ts'

/** A message for the condolence book; shared by the PWA's form and the API. */
export const CondolenciaInput = v.strictObject({
  nombre: line(100),
  mensaje: paragraph(2000),
})
export type CondolenciaInput = v.InferOutput<typeof CondolenciaInput>

export interface Condolencia {
  id: string
  nombre: string
  mensaje: string
  receivedAt: string
}

/**
 * A message for one memorial (issue 19; /work/notes/memoriales-api.md): the signed-in citizen's
 * words and how they sign — their full name as the session gives it (never typed), or their
 * initials and comuna (then the comuna is required). Shared by the PWA's form and the API.
 */
export const MensajeCondolenciaInput = v.pipe(
  v.strictObject({
    memorial: line(120),
    mensaje: paragraph(2000, 10),
    firma: v.picklist(['completa', 'iniciales']),
    comuna: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\d{5}$/))),
  }),
  v.forward(
    v.check((input) => input.firma !== 'iniciales' || (input.comuna ?? '') !== '', 'required'),
    ['comuna'],
  ),
)
export type MensajeCondolenciaInput = v.InferOutput<typeof MensajeCondolenciaInput>

/** The labels of a condolence message's own fields, as its errors name them (`mensaje`, `comuna` keep the portal's). */
export const camposCondolencia = {
  es: { memorial: 'Memorial', firma: 'Firma del mensaje' },
  en: { memorial: 'Memorial', firma: 'How the message is signed' },
  ht: { memorial: 'Memoryal', firma: 'Kijan mesaj la siyen' },
}
