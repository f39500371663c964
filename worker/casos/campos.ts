import * as v from 'valibot'
import { line, paragraph } from '../text.ts'

/*
 * The fields of the staff's bodies on cases, each checked once: schema.ts composes the API's
 * inputs from them, and the staff screens' forms (web/funcionarios/denuncias) check the same
 * fields with them — without the API's variant of actions or the citizen's file list, whose
 * valibot pieces would otherwise join the forms' chunk every citizen loads.
 */

/** A service's type id, as its list has it (`robo_por_sorpresa`: underscores, as the offences' ids). */
export const TipoId = v.pipe(v.string(), v.minLength(1), v.regex(/^[a-z0-9_-]{1,60}$/))

/** A case's número as typed or linked: a document code, compared once normalised. */
export const NumeroCaso = v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9 -]{4,40}$/))

/**
 * The citizen's text on their case: an answer to the question staff asked, or information added
 * (2 to 5,000 characters). The PWA's case forms (web/casos) check it with the same field.
 */
export const MAX_TEXTO_CIUDADANO = 5000
export const TextoCiudadano = paragraph(MAX_TEXTO_CIUDADANO, 2)

/** What staff ask the citizen: the message they read in their case. */
export const Mensaje = paragraph(2000, 5)

/** A close's reason, one of the service's (its machine checks which). */
export const MotivoCierre = v.pipe(v.string(), v.regex(/^[a-z_]{1,40}$/))

/** The earlier report of the same fact, for a close as "already reported". */
export const NumeroAnterior = line(40)

/** Where the citizen should go instead, for a close as "not ours". */
export const DondeAcudir = paragraph(500, 5)

/** A police unit's code. */
export const UnidadCode = line(40)

/** What staff ask a unit about a case's facts (a complaint's descargo). */
export const PedidoDescargo = paragraph(4000, 10)

/** A unit's account of the facts, and the office's written answer to the citizen. */
export const MAX_TEXTO_OFICIAL = 10_000
export const TextoOficial = paragraph(MAX_TEXTO_OFICIAL, 20)

/** Where a case is referred outside: the Fiscalía or the Inspección General. */
export const DESTINOS_REMISION = ['fiscalia', 'inspeccion_general'] as const
export const DestinoRemision = v.picklist(DESTINOS_REMISION)

/** Which office it goes to (a Fiscalía Local's name, the Inspección General's department). */
export const DondeRemision = line(200, 3)

/** Why it is referred there, as the citizen will read it. */
export const MotivoRemision = paragraph(2000, 10)

/** `PUT /api/admin/jurisdiccion/:comunaCut`: the comuna's unit, and optionally its Fiscalía. */
export const JurisdiccionInput = v.strictObject({
  unidadCode: UnidadCode,
  fiscaliaCode: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9-]{1,20}$/))),
})
export type JurisdiccionInput = v.InferOutput<typeof JurisdiccionInput>
