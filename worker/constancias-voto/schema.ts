import * as v from 'valibot'
import { isoDate } from '../../core/iso-date.ts'
import { EmailField } from '../identity/schemas.ts'
import { identifier } from '../text.ts'

/**
 * A Chilean phone number in any usual form (+56 9 1234 5678, 912345678, 2 2345 6789), stored as
 * +56 and nine digits.
 *
 * @example
 * parsePhone('+56 9 1234 5678') // '+56912345678'
 */
export function parsePhone(text: string): string | null {
  const digits = text.replace(/[\s().-]/g, '').replace(/^\+?56/, '')
  return /^[2-9]\d{8}$/.test(digits) ? `+56${digits}` : null
}

/** A phone field: checked as Chilean and stored as +56 and nine digits. */
export const PhoneField = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.check((text) => parsePhone(text) !== null, 'invalid_phone'),
  v.transform((text) => parsePhone(text) ?? text),
)

/** A birth date as the form sends it: `YYYY-MM-DD`, a real day. */
const FechaNacimiento = isoDate()

/**
 * The citizen's request, in the seed's fields: birth date, e-mail, its confirmation, contact phone,
 * and the declaration of being more than 200 km from the polling place (decision 0038).
 */
export const SolicitudInput = v.pipe(
  v.strictObject({
    eleccionId: identifier(40),
    fechaNacimiento: FechaNacimiento,
    email: EmailField,
    emailConfirmacion: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1)),
    telefono: PhoneField,
    declaracion: v.pipe(
      v.boolean(),
      v.check((value) => value, 'declaration_required'),
    ),
  }),
  v.forward(
    v.partialCheck(
      [['email'], ['emailConfirmacion']],
      (input) => input.email === input.emailConfirmacion,
      'emails_differ',
    ),
    ['emailConfirmacion'],
  ),
)
export type SolicitudInput = v.InferOutput<typeof SolicitudInput>

export const AvisoInput = v.strictObject({ eleccionId: identifier(40) })

/** The form page's check of the birth date against the civil registry's, before the review page. */
export const FechaNacimientoInput = v.strictObject({ fechaNacimiento: FechaNacimiento })

/** A request as its citizen sees it. */
export interface SolicitudView {
  code: string
  estado: 'pendiente' | 'validada' | 'rechazada' | 'vencida'
  eleccion: { id: string; nombre: string; fecha: string; ventanaFin: string }
  nombre: string
  run: string
  comunaVotacion: string
  createdAt: string
  motivoRechazo: string | null
}
