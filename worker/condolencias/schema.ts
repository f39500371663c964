import * as v from 'valibot'

/** A message for the condolence book; shared by the PWA's form and the API. */
export const CondolenciaInput = v.strictObject({
  nombre: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  mensaje: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
})
export type CondolenciaInput = v.InferOutput<typeof CondolenciaInput>

export interface Condolencia {
  id: string
  nombre: string
  mensaje: string
  receivedAt: string
}
