import * as v from 'valibot'
import { MAX_PERSONAS } from '../../core/denuncias/tipos.ts'
import { TIPOS_RECLAMO } from '../../core/reclamos/tipos.ts'
import { localInstant } from '../../core/time.ts'
import { MAX_ARCHIVOS } from '../archivos/limites.ts'
import { PhoneField } from '../constancias-voto/schema.ts'
import { comunaCut, declaracion, fecha, Testigo } from '../denuncias/schema.ts'
import type { FieldIssue } from '../errors.ts'
import { EmailField } from '../identity/schemas.ts'
import { identifier, line, paragraph } from '../text.ts'
import type { Derivacion, Respuesta } from './resolucion.ts'

/** How long the account of what happened must be, and may be. */
export const RELATO_MIN = 30
export const RELATO_MAX = 5000
/**
 * How far back a complaint may go: two years. Older conduct is for the Contraloría or the courts,
 * and the office could not check a shift roster or a vehicle's log that old.
 */
export const ANOS_RECLAMO = 2
/** A phone's clock a little ahead of the server's may say "today" a few minutes early. */
const TOLERANCIA_FUTURO_MS = 5 * 60_000

const hora = v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))

/** The officer, as far as the citizen knows them: every part optional. */
const Funcionario = v.strictObject({
  nombre: v.optional(line(120)),
  /** Their rank (grado), as the citizen read it on the uniform. */
  grado: v.optional(line(60)),
  /** Anything else that identifies them: a badge number, how they looked. */
  senas: v.optional(paragraph(500)),
})

/**
 * A complaint about police conduct (`POST /api/reclamos`, issue 18), one question per page in the
 * PWA: what happened, when, where, who (the unit; the officer and a patrol vehicle if known),
 * witnesses, evidence, what the citizen asks for. Whether its date is past and recent enough needs
 * a clock: {@link revisarFechaReclamo}.
 *
 * @example
 * v.parse(ReclamoInput, { tipoReclamo: 'trato_indebido', relato: '…', fecha: '2026-11-20', comunaCut: '13101', lugar: 'Plaza de Armas', unidadCode: '1C', peticion: '…', email: 'a@b.cl', veracidad: true })
 */
export const ReclamoInput = v.strictObject({
  /**
   * What kind of conduct it is about (decision 0060): the figures count per kind. Not `tipo`:
   * field labels are one map for the whole API, and `tipo` is the denuncia's «Tipo de delito».
   */
  tipoReclamo: v.picklist(TIPOS_RECLAMO),
  /** What happened. */
  relato: paragraph(RELATO_MAX, RELATO_MIN),
  /** When: the day, and the hour if known. */
  fecha,
  hora: v.optional(hora),
  /** Where: the comuna and the place. */
  comunaCut,
  lugar: line(200, 3),
  /** Who: the unit concerned (its code in `unidades`), the officer if known, a vehicle's number. */
  unidadCode: line(40),
  funcionario: v.optional(Funcionario, {}),
  vehiculo: v.optional(line(20)),
  testigos: v.optional(v.pipe(v.array(Testigo), v.maxLength(MAX_PERSONAS)), []),
  /** Evidence uploaded through worker/archivos, attached in the complaint's batch. */
  archivos: v.optional(v.pipe(v.array(identifier(64)), v.maxLength(MAX_ARCHIVOS)), []),
  /** What the citizen asks for: an apology, a review, a sanction… */
  peticion: paragraph(2000, 5),
  email: EmailField,
  telefono: v.optional(PhoneField),
  /** The facts told are true. */
  veracidad: declaracion,
})
export type ReclamoInput = v.InferOutput<typeof ReclamoInput>

/**
 * The complaint's day checked against a clock: not in the future, not more than
 * {@link ANOS_RECLAMO} years back. The issues name the field.
 *
 * @example
 * revisarFechaReclamo({ fecha: '2026-11-20' }, now) // []
 */
export function revisarFechaReclamo(input: Pick<ReclamoInput, 'fecha' | 'hora'>, now: Date): FieldIssue[] {
  const instante = localInstant(input.fecha, input.hora ?? '00:00')
  const limite = new Date(now.getTime())
  limite.setUTCFullYear(limite.getUTCFullYear() - ANOS_RECLAMO)
  if (instante.getTime() > now.getTime() + TOLERANCIA_FUTURO_MS)
    return [{ field: 'fecha', key: 'fecha_futura' }]
  if (instante < limite) return [{ field: 'fecha', key: 'reclamo_antiguo', params: { anos: ANOS_RECLAMO } }]
  return []
}

/** A complaint as its citizen sees it. */
export interface ReclamoView {
  numero: string
  estado: string
  createdAt: string
  /** The answer's legal due date (20 working days, Ley 19.880 art. 24). */
  venceAt: string | null
  fecha: string
  unidad: string
  historia: { at: string; estado: string; detalle: Record<string, string> }[]
  /** Working days left to the due date (0 on the day; negative: late); null once decided. */
  diasRestantes?: number | null
  /** The office's answer, its signed PDF (worker/reclamos/resolucion.ts). */
  respuesta?: Respuesta
  /** The office sent it to the Fiscalía or the Inspección General: where, and why. */
  derivacion?: Derivacion
  /** The complainant's latest word on a decision. */
  satisfaccion?: { satisfecho: boolean; comentario?: string; at: string }
  /** Whether they may rate the decision now (once per decision). */
  puedeValorar?: boolean
  /** Their reopening, once made. */
  reapertura?: { at: string; motivo: string }
  /** Whether they may reopen it now (once, within 30 calendar days of the decision). */
  puedeReabrir?: boolean
  /** The last instant they may reopen it (end of the 30th calendar day, in Chile). */
  reabrirHasta?: string
}

/** The longest comment on a rating. */
export const COMENTARIO_MAX = 1000
/** The shortest and longest reason to reopen: a few words to act on, at most a page. */
export const MOTIVO_REAPERTURA = { min: 20, max: 2000 } as const

/**
 * `POST /api/reclamos/:numero/satisfaccion`: whether the answer satisfied the complainant, and why if they wish.
 *
 * @example
 * v.parse(ValoracionInput, { satisfecho: false, comentario: 'No respondió lo que pedí.' })
 */
export const ValoracionInput = v.strictObject({
  satisfecho: v.boolean(),
  comentario: v.optional(paragraph(COMENTARIO_MAX)),
})
export type ValoracionInput = v.InferOutput<typeof ValoracionInput>

/**
 * `POST /api/reclamos/:numero/reabrir`: why the complainant reopens the office's decision.
 *
 * @example
 * v.parse(ReaperturaInput, { motivo: 'La respuesta no considera el video que adjunté.' })
 */
export const ReaperturaInput = v.strictObject({
  motivo: paragraph(MOTIVO_REAPERTURA.max, MOTIVO_REAPERTURA.min),
})
export type ReaperturaInput = v.InferOutput<typeof ReaperturaInput>
