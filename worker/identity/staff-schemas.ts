import * as v from 'valibot'
import { CAPACIDADES } from '../../core/capacidades.ts'
import { line } from '../text.ts'
import { EmailField, NameField } from './schemas.ts'

/*
 * What administrators send about staff accounts: apart from the citizens' schemas (schemas.ts),
 * so that the list of capabilities travels only in the staff screens' chunks, never in a
 * citizen's first visit (decision 0027's budget).
 */

const StaffRole = v.picklist(['officer', 'supervisor', 'admin'])
const UnidadCode = line(40)

export const StaffCreateInput = v.strictObject({
  email: EmailField,
  nombres: NameField,
  apellidos: NameField,
  role: StaffRole,
  unidadCode: UnidadCode,
})
export type StaffCreateInput = v.InferOutput<typeof StaffCreateInput>

/** A staff member's whole set of capabilities, as the administrator leaves it (none is a set too). */
const Capacidades = v.pipe(v.array(v.picklist(CAPACIDADES)), v.maxLength(CAPACIDADES.length * 2))

export const StaffUpdateInput = v.strictObject({
  role: v.optional(StaffRole),
  unidadCode: v.optional(UnidadCode),
  disabled: v.optional(v.boolean()),
  /** Without it, a new role brings its own set (core/capacidades.ts); with it, exactly these. */
  capacidades: v.optional(Capacidades),
})
export type StaffUpdateInput = v.InferOutput<typeof StaffUpdateInput>
