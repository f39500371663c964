import * as v from 'valibot'
import { RELACIONES } from '../../core/reencuentro/tipos.ts'
import { localDate } from '../../core/time.ts'
import { PhoneField } from '../constancias-voto/schema.ts'
import { comunaCut } from '../denuncias/schema.ts'
import type { FieldIssue } from '../errors.ts'
import { EmailField, RunField } from '../identity/schemas.ts'
import { line, paragraph } from '../text.ts'

/** The earliest year a birth or a last contact may be. */
export const ANIO_MIN = 1900
/** The message for the relative: a few words at least, a page at most. */
export const MENSAJE = { min: 10, max: 2000 } as const

const anio = v.pipe(v.number(), v.integer(), v.minValue(ANIO_MIN), v.maxValue(2100))

/**
 * `POST /api/reencuentro`: a citizen asks the team to find a relative they lost touch with (issue
 * 19). The screener comes first: a person who may be in danger or gone against their will is a
 * presunta desgracia report, not this (`peligro: 'si'` is refused naming the field). Whether the
 * years are past needs a clock: {@link revisarAnios}.
 *
 * @example
 * v.parse(ReencuentroInput, { peligro: 'no', nombres: 'Rosa', apellidos: 'Pérez', relacion: 'hermano', ultimaComuna: '13101', ultimoContactoAnio: 1998, mensaje: 'Te he buscado siempre.', correo: 'a@b.cl' })
 */
export const ReencuentroInput = v.strictObject({
  peligro: v.pipe(
    v.picklist(['si', 'no']),
    v.check((respuesta) => respuesta === 'no', 'reencuentro_peligro'),
  ),
  nombres: line(100),
  apellidos: line(100),
  run: v.optional(RunField),
  nacimientoAnio: v.optional(anio),
  relacion: v.picklist(RELACIONES),
  ultimaComuna: comunaCut,
  ultimoLugar: v.optional(line(200)),
  ultimoContactoAnio: anio,
  motivoDistancia: v.optional(paragraph(2000)),
  mensaje: paragraph(MENSAJE.max, MENSAJE.min),
  correo: EmailField,
  telefono: v.optional(PhoneField),
})
export type ReencuentroInput = v.InferOutput<typeof ReencuentroInput>

/**
 * The request's years checked against a clock: none after this year (Chile's). The issues name the field.
 *
 * @example
 * revisarAnios({ ultimoContactoAnio: 2030 }, now) // [{ field: 'ultimoContactoAnio', key: 'reencuentro_anio_futuro' }]
 */
export function revisarAnios(
  input: Pick<ReencuentroInput, 'nacimientoAnio' | 'ultimoContactoAnio'>,
  now: Date,
): FieldIssue[] {
  const este = Number(localDate(now).slice(0, 4))
  const issues: FieldIssue[] = []
  if (input.nacimientoAnio !== undefined && input.nacimientoAnio > este)
    issues.push({ field: 'nacimientoAnio', key: 'reencuentro_anio_futuro' })
  if (input.ultimoContactoAnio > este)
    issues.push({ field: 'ultimoContactoAnio', key: 'reencuentro_anio_futuro' })
  return issues
}

/** The three states the requester reads: `contactado` reads «En búsqueda» to them (decision 0064). */
export type EstadoVisible = 'recibida' | 'en_busqueda' | 'concluida'

/** A search as its requester sees it (`GET /api/reencuentro/:numero`): no número, nothing of how it ended but what the person found allowed. */
export interface ReencuentroView {
  estado: EstadoVisible
  estadoTexto: string
  recibidaEl: string
  solicitud: {
    nombres: string
    apellidos: string
    nacimientoAnio: number | null
    relacion: string
    ultimaComuna: string
    ultimoLugar: string | null
    ultimoContactoAnio: number
    motivoDistancia: string | null
    mensaje: string
  }
  historia: { at: string; texto: string }[]
  cierre: null | {
    texto: string
    contacto?: { nombre: string; correo?: string; telefono?: string }
    mensaje?: string
  }
}

/** What the submission answers. */
export interface ReencuentroRecibido {
  numero: string
  receivedAt: string
  comprobanteUrl: string
}
