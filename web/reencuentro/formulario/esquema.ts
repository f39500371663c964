import * as v from 'valibot'
import { PhoneField } from '../../../worker/constancias-voto/schema.ts'
import { comunaCut } from '../../../worker/denuncias/schema.ts'
import { EmailField, NameField, RunField } from '../../../worker/identity/schemas.ts'
import { line, paragraph } from '../../../worker/text.ts'

/*
 * TO WIRE AT MERGE: this file stands in for `worker/reencuentro/schema.ts` and `tipos.ts` (branch
 * re-core), which are not on this branch: the same fields, as re-core's schema has them (its
 * `motivoDistancia` where the contract said `motivo`). Once merged, its body becomes
 *   export { ReencuentroInput } from '../../../worker/reencuentro/schema.ts'
 *   export { RELACIONES } from '../../../worker/reencuentro/tipos.ts'
 */

/** Who the relative sought is to the requester (worker/reencuentro/tipos.ts on re-core). */
export const RELACIONES = [
  'madre',
  'padre',
  'hijo',
  'hermano',
  'abuelo',
  'nieto',
  'tio',
  'sobrino',
  'primo',
  'pareja',
  'otro',
] as const

/** A year between 1900 and this one (the device's clock; the server checks with its own). */
const anio = v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(new Date().getFullYear()))

/** `POST /api/reencuentro`'s body (the contract's fields, in its names). */
export const ReencuentroInput = v.strictObject({
  peligro: v.literal('no'),
  nombres: NameField,
  apellidos: NameField,
  run: v.optional(RunField),
  nacimientoAnio: v.optional(anio),
  relacion: v.picklist(RELACIONES),
  ultimaComuna: comunaCut,
  ultimoLugar: v.optional(line(200)),
  ultimoContactoAnio: anio,
  motivoDistancia: v.optional(paragraph(2000)),
  mensaje: paragraph(2000, 10),
  correo: EmailField,
  telefono: v.optional(PhoneField),
})
