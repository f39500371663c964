import * as v from 'valibot'
import { line } from '../text.ts'
import { TipoId } from './campos.ts'

/*
 * The queries of the staff's case routes, apart from the bodies' schemas (schema.ts): only the API
 * reads them, and the staff screens' chunk, which checks the bodies, need not carry what they use
 * (valibot's toNumber, isoDate) into the forms' chunk every citizen loads.
 */

/** `GET /api/funcionarios/casos/:servicio/cola`: filters and the page; other parameters are ignored. */
export const ColaQuery = v.object({
  /** States, comma-separated; by default those that wait for the caller. */
  estado: v.optional(v.pipe(v.string(), v.regex(/^[a-z_]{1,40}(,[a-z_]{1,40}){0,9}$/))),
  tipo: v.optional(TipoId),
  region: v.optional(v.pipe(v.string(), v.regex(/^\d{2}$/))),
  unidad: v.optional(line(40)),
  /** `si`: only the cases with a likely duplicate reported by someone else (the service's hook). */
  duplicado: v.optional(v.picklist(['si'])),
  /** Where the previous page ended (its `siguiente`). */
  desde: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}\.\d{1,15}$/))),
  limite: v.optional(v.pipe(v.string(), v.toNumber(), v.integer(), v.minValue(1), v.maxValue(100)), '50'),
})
export type ColaQuery = v.InferOutput<typeof ColaQuery>

/** `GET /api/supervisor/denuncias/cifras`: the day (Chile's calendar), today by default. */
export const CifrasQuery = v.object({
  fecha: v.optional(v.pipe(v.string(), v.isoDate())),
})
