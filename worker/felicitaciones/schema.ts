import * as v from 'valibot'
import { line, paragraph } from '../text.ts'

/** A commendation's message: a few sentences, not a letter (the unit reads many of them). */
export const MENSAJE_MIN = 10
export const MENSAJE_MAX = 1000

/**
 * A commendation (`POST /api/felicitaciones`, issue 18): to a unit (its code in `unidades`), or
 * to an officer of it named as the uniform shows them (name, rank); a short message; whether the
 * unit may see the citizen's name — not unless they say so. Shared by the PWA's form and the API.
 *
 * @example
 * v.parse(FelicitacionInput, { unidadCode: 'DEMO-13101-1', mensaje: 'Gracias por su ayuda.', mostrarNombre: false })
 */
export const FelicitacionInput = v.strictObject({
  unidadCode: line(40),
  /** The officer's name as on their uniform; left out, the commendation is the unit's. */
  funcionarioNombre: v.optional(line(120, 2)),
  funcionarioGrado: v.optional(line(60)),
  mensaje: paragraph(MENSAJE_MAX, MENSAJE_MIN),
  mostrarNombre: v.optional(v.boolean(), false),
})
export type FelicitacionInput = v.InferOutput<typeof FelicitacionInput>

/** A commendation as its citizen sees it (the receipt, Mis trámites). */
export interface FelicitacionView {
  numero: string
  createdAt: string
  unidad: string
  funcionario: string | null
  mensaje: string
  mostrarNombre: boolean
}

/**
 * A commendation as staff see it: never who sent it, unless they chose to be named (`firma`).
 */
export interface FelicitacionRecibida {
  numero: string
  createdAt: string
  mensaje: string
  /** The officer as the citizen named them; null: the unit as a whole. */
  funcionario: string | null
  /** Whether it reached an officer's account (matched or assigned). */
  asignada: boolean
  firma: string | null
}

/** A supervisor's assignment of a named commendation to one of the unit's officers. */
export const AsignacionInput = v.strictObject({ funcionarioId: line(64) })
export type AsignacionInput = v.InferOutput<typeof AsignacionInput>
