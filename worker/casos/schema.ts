import * as v from 'valibot'
import { MAX_ARCHIVOS } from '../archivos/limites.ts'
import { line, paragraph } from '../text.ts'

/** A request's type as its service names it (a denuncia's offences: `hurto_simple`); the service's hook checks it. */
const TipoId = v.pipe(v.string(), v.regex(/^[a-z0-9_-]{1,60}$/))

/** A case's número as typed or linked: a document code, compared once normalised. */
const Numero = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9 -]{4,40}$/))

/**
 * The ids of files uploaded through worker/archivos, attached to an answer or to information
 * added (`adjuntarArchivos`, worker/casos/preguntas.ts).
 */
const Archivos = v.optional(
  v.pipe(
    v.array(v.unknown()),
    v.maxLength(MAX_ARCHIVOS),
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

/**
 * `POST /api/funcionarios/casos/:numero/acciones`: one staff action on a case, by its name. Each
 * service's machine says which it allows from the case's state and who may take it.
 */
export const AccionInput = v.variant('accion', [
  v.strictObject({ accion: v.literal('analizar') }),
  v.strictObject({ accion: v.literal('pedir_informacion'), mensaje: paragraph(2000, 5) }),
  v.strictObject({ accion: v.literal('reclasificar'), tipo: TipoId }),
  v.strictObject({ accion: v.literal('marcar_duplicado'), numeroOriginal: Numero }),
  v.strictObject({
    accion: v.literal('cerrar'),
    motivo: v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/)),
    numeroAnterior: v.optional(line(40)),
    dondeAcudir: v.optional(paragraph(500, 5)),
  }),
  v.strictObject({ accion: v.literal('derivar'), unidad: line(40) }),
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
