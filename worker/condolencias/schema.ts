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
