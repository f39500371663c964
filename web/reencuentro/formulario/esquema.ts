import * as v from 'valibot'
import { PhoneField } from '../../../worker/constancias-voto/schema.ts'
import { comunaCut } from '../../../worker/denuncias/schema.ts'
import { EmailField, NameField, RunField } from '../../../worker/identity/schemas.ts'
import { line, paragraph } from '../../../worker/text.ts'

/*
 * TO WIRE AT MERGE: this file stands in for `worker/reencuentro/schema.ts` (branch re-core), which
 * did not exist on this branch. It is the body of `POST /api/reencuentro` as
 * /work/notes/reencuentro-api.md states it; once the server's schema is merged, `respuestas.ts`
 * imports `ReencuentroInput` (and `RELACIONES`, worker/reencuentro/tipos.ts) from there and this
 * file goes.
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
  motivo: v.optional(paragraph(2000)),
  mensaje: paragraph(2000, 10),
  correo: EmailField,
  telefono: v.optional(PhoneField),
})
