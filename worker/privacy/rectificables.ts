import type * as v from 'valibot'
import type { CATALOGO } from '../../db/catalog.ts'
import { PhoneField } from '../constancias-voto/schema.ts'
import { EmailField } from '../identity/schemas.ts'
import { line } from '../text.ts'
import type { Statement } from '../writes.ts'

interface Rectificable {
  /** The column, as the catalog names it (declared rectifiable there: a test holds the two together). */
  column: string
  /** How a new value is checked: as the field is everywhere else. */
  schema: v.GenericSchema<string, string>
}

const Nombre = line(100)

/** What a citizen may ask to correct, by kind of record and field. */
export const CAMPOS_RECTIFICABLES = {
  cuenta: {
    nombres: { column: 'given_names', schema: Nombre },
    apellidos: { column: 'family_names', schema: Nombre },
    email: { column: 'email', schema: EmailField },
    telefono: { column: 'phone', schema: PhoneField },
  },
  constancia_voto: {
    email: { column: 'email', schema: EmailField },
    telefono: { column: 'telefono', schema: PhoneField },
  },
  permiso: {
    destino: { column: 'destino', schema: line(200) },
  },
} as const satisfies Record<string, Record<string, Rectificable>>
export type RegistroRectificable = keyof typeof CAMPOS_RECTIFICABLES
export const REGISTROS_RECTIFICABLES = Object.keys(CAMPOS_RECTIFICABLES) as RegistroRectificable[]

/** The catalog's table of each kind of rectifiable record. */
export const TABLA_DE_REGISTRO = {
  cuenta: 'users',
  constancia_voto: 'constancias_voto',
  permiso: 'permisos',
} as const satisfies Record<RegistroRectificable, keyof typeof CATALOGO>

/**
 * The field a request names, if its kind of record has it as rectifiable.
 *
 * @example
 * campoRectificable('cuenta', 'email') // { column: 'email', schema: EmailField }
 */
export function campoRectificable(tipo: RegistroRectificable, campo: string): Rectificable | null {
  const fields: Record<string, Rectificable> = CAMPOS_RECTIFICABLES[tipo]
  return Object.hasOwn(fields, campo) ? (fields[campo] ?? null) : null
}

/**
 * The UPDATE that applies an accepted correction to its record.
 *
 * @example
 * writes.push(correccion('cuenta', 'email', user.id, 'nuevo@example.cl'))
 */
export function correccion(tipo: RegistroRectificable, campo: string, id: string, valor: string): Statement {
  const field = campoRectificable(tipo, campo)
  if (!field) throw new Error(`${tipo}.${campo} is not rectifiable`)
  return {
    sql: `update "${TABLA_DE_REGISTRO[tipo]}" set "${field.column}" = ? where "id" = ?`,
    args: [valor, id],
  }
}
