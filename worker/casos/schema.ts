import * as v from 'valibot'
import { line, paragraph } from '../text.ts'

/** A service's type id, as its list has it (`robo_por_sorpresa`: underscores, as the offences' ids). */
const TipoId = v.pipe(v.string(), v.minLength(1), v.regex(/^[a-z0-9_]{1,60}$/))

/** A case's número as typed or linked: a document code, compared once normalised. */
const Numero = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9 -]{4,40}$/))

/**
 * MERGE: the ids of files uploaded through worker/archivos (not on main yet), attached to an
 * answer or to information added; the lead wires `adjuntarArchivos` (worker/casos/preguntas.ts).
 */
const Archivos = v.optional(
  v.pipe(
    v.array(v.unknown()),
    v.maxLength(10),
    // Checked as a whole: an error names the field, not one of its items (`archivos`, not `archivos.3`).
    v.check((ids) => ids.every((id) => typeof id === 'string' && /^[\w-]{1,64}$/.test(id)), 'invalid_format'),
    v.transform((ids) => ids as string[]),
  ),
)

/** `POST /api/casos/:numero/respuestas`: the citizen answers the question staff asked. */
export const RespuestaInput = v.strictObject({ texto: paragraph(5000, 2), archivos: Archivos })
export type RespuestaInput = v.InferOutput<typeof RespuestaInput>

/** `POST /api/casos/:numero/informacion`: the citizen adds information unasked. */
export const InformacionInput = v.strictObject({ texto: paragraph(5000, 2), archivos: Archivos })
export type InformacionInput = v.InferOutput<typeof InformacionInput>

/** Ask the citizen for information: the message they read in their case and are e-mailed about. */
export const PedirInformacionInput = v.strictObject({
  accion: v.literal('pedir_informacion'),
  mensaje: paragraph(2000, 5),
})

/** Another type (the service's hook checks it). */
export const ReclasificarInput = v.strictObject({
  accion: v.literal('reclasificar'),
  tipo: TipoId,
})

/** The same fact as an earlier case: this one closes, both histories link. */
export const MarcarDuplicadoInput = v.strictObject({
  accion: v.literal('marcar_duplicado'),
  numeroOriginal: Numero,
})

/** Closed with a reason of the service's, and the detail the reason needs (its machine says which). */
export const CerrarInput = v.strictObject({
  accion: v.literal('cerrar'),
  motivo: v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/)),
  numeroAnterior: v.optional(line(40)),
  dondeAcudir: v.optional(paragraph(500, 5)),
})

/** To a police unit (active). */
export const DerivarInput = v.strictObject({ accion: v.literal('derivar'), unidad: line(40) })

/**
 * `POST /api/funcionarios/casos/:numero/acciones`: one staff action on a case, by its name. Each
 * service's machine says which it allows from the case's state and who may take it. Its parts are
 * named for the staff screens' forms (web/funcionarios/denuncias), which check them as the API does.
 */
export const AccionInput = v.variant('accion', [
  v.strictObject({ accion: v.literal('analizar') }),
  PedirInformacionInput,
  ReclasificarInput,
  MarcarDuplicadoInput,
  CerrarInput,
  DerivarInput,
  v.strictObject({ accion: v.literal('enviar_fiscalia') }),
])
export type AccionInput = v.InferOutput<typeof AccionInput>

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

/** `PUT /api/admin/jurisdiccion/:comunaCut`: the comuna's unit, and optionally its Fiscalía. */
export const JurisdiccionInput = v.strictObject({
  unidadCode: line(40),
  fiscaliaCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9-]{1,20}$/))),
})
export type JurisdiccionInput = v.InferOutput<typeof JurisdiccionInput>

/** `GET /api/supervisor/denuncias/cifras`: the day (Chile's calendar), today by default. */
export const CifrasQuery = v.object({
  fecha: v.optional(v.pipe(v.string(), v.isoDate())),
})
