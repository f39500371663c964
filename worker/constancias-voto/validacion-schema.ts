import * as v from 'valibot'
import { isoDate } from '../../core/iso-date.ts'
import { RunField } from '../identity/schemas.ts'
import { identifier, line, paragraph } from '../text.ts'
import { Contacto, emailsIguales } from './schema.ts'

const Code = v.pipe(
  v.string(),
  v.trim(),
  v.transform((t) => t.toUpperCase().replace(/[\s-]/g, '')),
  v.regex(/^[A-Z0-9]{10}$/),
)

/** The identity document the citizen shows at the unit (seed: cédula de identidad or passport). */
const Documento = {
  documento: v.picklist(['cedula', 'pasaporte']),
  numeroDocumento: line(20, 4),
  vencimiento: isoDate(),
  runDocumento: RunField,
  nombreCoincide: v.pipe(
    v.boolean(),
    v.check((value) => value, 'name_mismatch'),
  ),
}

export const ValidacionInput = v.strictObject(Documento)
export type ValidacionInput = v.InferOutput<typeof ValidacionInput>

export const RechazoInput = v.strictObject({
  motivo: paragraph(500, 5),
})
export const BuscarInput = v.strictObject({ code: Code })

/** The assisted constancia (seed 3.2): the officer enters everything at the unit, for the citizen. */
export const AsistidaInput = v.pipe(
  v.strictObject({
    eleccionId: identifier(40),
    motivoAsistencia: v.picklist(['sin_internet', 'sin_claveunica', 'sin_habilidades_digitales']),
    run: RunField,
    fechaNacimiento: isoDate(),
    telefono: Contacto.telefono,
    email: Contacto.email,
    emailConfirmacion: Contacto.emailConfirmacion,
    avisoLeido: v.pipe(
      v.boolean(),
      v.check((value) => value, 'notice_read_required'),
    ),
    /** The officer records the citizen's declaration (the citizen's own is `declaracion` online). */
    declaracionCiudadano: v.pipe(
      v.boolean(),
      v.check((value) => value, 'citizen_declaration_required'),
    ),
    ...Documento,
  }),
  emailsIguales(),
)
export type AsistidaInput = v.InferOutput<typeof AsistidaInput>
