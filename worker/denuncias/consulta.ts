import * as v from 'valibot'
import { TIPOS_DENUNCIA } from '../../core/denuncias/tipos.ts'
import { comunaCut, fecha } from './schema.ts'

/*
 * The query of the duplicate warning, apart from the report's schema: only the API reads it, and
 * the PWA's forms chunk need not carry what it uses (valibot's toNumber).
 */

/** The query of `GET /api/denuncias/posibles-duplicados`: the offence, the day, and a point or a comuna. */
export const PosiblesDuplicadosQuery = v.pipe(
  v.object({
    tipo: v.picklist(TIPOS_DENUNCIA),
    fecha,
    lat: v.optional(v.pipe(v.string(), v.toNumber(), v.minValue(-90), v.maxValue(90))),
    lon: v.optional(v.pipe(v.string(), v.toNumber(), v.minValue(-180), v.maxValue(180))),
    comuna: v.optional(comunaCut),
  }),
  v.forward(
    v.check(
      (query) => (query.lat !== undefined && query.lon !== undefined) || query.comuna !== undefined,
      'required',
    ),
    ['comuna'],
  ),
)
export type PosiblesDuplicadosQuery = v.InferOutput<typeof PosiblesDuplicadosQuery>
