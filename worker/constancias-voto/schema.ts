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

/** The e-mail's confirmation, as typed a second time (the instructivo's "doble verificación del correo"). */
const EmailConfirmacion = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1))

// A type, not an interface: valibot's inputs are records, and only a type alias is one.
type ConCorreo = { email: string; emailConfirmacion: string }

const iguales = v.forward<ConCorreo, v.PartialCheckIssue<ConCorreo>, ['emailConfirmacion']>(
  v.partialCheck<ConCorreo, [['email'], ['emailConfirmacion']], ConCorreo, 'emails_differ'>(
    [['email'], ['emailConfirmacion']],
    (input) => input.email === input.emailConfirmacion,
    'emails_differ',
  ),
  ['emailConfirmacion'],
)

/**
 * The e-mail typed twice must be the same: the check of every form that takes the address the
 * constancia goes to (the request, its correction, the officer's correction, the assisted form).
 *
 * @example
 * v.pipe(v.strictObject({ ...Correo }), emailsIguales())
 */
export function emailsIguales<T extends ConCorreo>() {
  // The check reads only the two e-mails; valibot's types cannot see that a generic T has them
  // (its paths are resolved on a concrete type), so the one action is typed for each form here.
  return iguales as unknown as v.BaseValidation<T, T, v.PartialCheckIssue<ConCorreo>>
}

/** The e-mail and its confirmation: where the signed PDF goes. */
export const Correo = { email: EmailField, emailConfirmacion: EmailConfirmacion }

/** Where the constancia goes and how to reach the citizen: the request's contact fields. */
export const Contacto = { ...Correo, telefono: PhoneField }

/**
 * The citizen's request, in the seed's fields: birth date, e-mail, its confirmation, contact phone,
 * and the declaration of being more than 200 km from the polling place (decision 0038).
 */
export const SolicitudInput = v.pipe(
  v.strictObject({
    eleccionId: identifier(40),
    fechaNacimiento: FechaNacimiento,
    ...Contacto,
    declaracion: v.pipe(
      v.boolean(),
      v.check((value) => value, 'declaration_required'),
    ),
  }),
  emailsIguales(),
)
export type SolicitudInput = v.InferOutput<typeof SolicitudInput>

/**
 * The citizen's correction of a pending request's contact (decision 0080): the same fields and
 * checks as the request's, nothing else.
 */
export const ContactoInput = v.pipe(v.strictObject(Contacto), emailsIguales())
export type ContactoInput = v.InferOutput<typeof ContactoInput>

/** The officer's correction of the e-mail at validation, with the citizen present, typed twice. */
export const CorreoInput = v.pipe(v.strictObject(Correo), emailsIguales())
export type CorreoInput = v.InferOutput<typeof CorreoInput>

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
  /** Where the constancia's PDF goes, and the contact phone: the citizen checks and corrects them. */
  email: string
  telefono: string
}
