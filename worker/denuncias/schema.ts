import * as v from 'valibot'
import {
  type CampoObjeto,
  DETALLES,
  type Detalle,
  type DetalleId,
  MAX_OBJETOS,
  MAX_PERSONAS,
  TIPOS,
  TIPOS_DENUNCIA,
  type Tipo,
  type TipoDenuncia,
} from '../../core/denuncias/tipos.ts'
import { parseImei, parsePatente } from '../../core/identificadores.ts'
import { isoDate } from '../../core/iso-date.ts'
import { localInstant } from '../../core/time.ts'
import { MAX_ARCHIVOS } from '../archivos/limites.ts'
import { PhoneField } from '../constancias-voto/schema.ts'
import type { FieldIssue } from '../errors.ts'
import { EmailField } from '../identity/schemas.ts'
import { identifier, line, paragraph } from '../text.ts'

/** How long a narrative must be to say what happened, and how long it may be. */
export const RELATO_MIN = 50
export const RELATO_MAX = 5000
/** The most files a report carries: worker/archivos's limit for a case. */
export { MAX_ARCHIVOS }
/**
 * How far back a report may go: five years, the prescription of a simple delito's prosecution
 * (Código Penal, art. 94), which every one of the nine offences is at most (decision 0033).
 */
export const ANOS_PRESCRIPCION = 5
/** A clock a little ahead of the server's (a phone's) may say "now" a few minutes early. */
const TOLERANCIA_FUTURO_MS = 5 * 60_000
/** The most pesos a report can say (a hundred billion): beyond it a figure is a typing error. */
const MAX_PESOS = 100_000_000_000

/** A calendar date `YYYY-MM-DD`. */
export const fecha = isoDate()
const hora = v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))
/** A comuna's CUT: five digits. */
export const comunaCut = v.pipe(v.string(), v.trim(), v.minLength(1), v.regex(/^\d{5}$/))
const pesos = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(MAX_PESOS))

/** An IMEI as people copy it, kept as its fifteen digits once its check digit holds. */
export const Imei = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.check((text) => parseImei(text) !== null, 'imei_invalido'),
  v.transform((text) => parseImei(text) ?? text),
)

/** A plate as printed, in either format, kept as its letters and digits (`AB1234`, `BBBB12`). */
export const Patente = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.check((text) => parsePatente(text) !== null, 'patente_invalida'),
  v.transform((text) => parsePatente(text)?.patente ?? text),
)

/** The schema of one of an offence's own questions, by its kind (core/denuncias/tipos.ts). */
function detalleSchema(detalle: Detalle) {
  switch (detalle.tipo) {
    case 'patente':
      return Patente
    case 'monto':
      return pesos(1)
    case 'opcion':
      return v.picklist(detalle.opciones)
    case 'linea':
      return line(detalle.max)
    case 'parrafo':
      return paragraph(detalle.max, detalle.min)
  }
}

const CAMPO_OBJETO = {
  descripcion: line(200, 2),
  valor: v.optional(pesos(0)),
  serie: v.optional(line(60)),
  imei: v.optional(Imei),
} satisfies Record<CampoObjeto, v.GenericSchema>

/** The things an offence asks about, with only the fields it asks (another is an unknown field). */
function objetosSchema(tipo: Tipo): v.ObjectEntries {
  if (!tipo.objetos) return {}
  const { campos, minimo } = tipo.objetos
  const objeto = v.strictObject(Object.fromEntries(campos.map((campo) => [campo, CAMPO_OBJETO[campo]])))
  return {
    objetos: v.pipe(v.array(objeto), v.minLength(minimo), v.maxLength(MAX_OBJETOS)),
  }
}

/** An offence's own questions, all required; another offence's are unknown fields. */
function detallesSchema(tipo: Tipo): v.ObjectEntries {
  if (tipo.detalles.length === 0) return {}
  return {
    detalles: v.strictObject(
      Object.fromEntries(tipo.detalles.map((id: DetalleId) => [id, detalleSchema(DETALLES[id])])),
    ),
  }
}

/** Somewhere in Chile: the continent and its islands (Easter Island too), or its Antarctic territory. */
export function enChile(lat: number, lon: number): boolean {
  const continental = lat >= -56.6 && lat <= -17.4 && lon >= -109.6 && lon <= -66
  const antartico = lat >= -90 && lat <= -60 && lon >= -90 && lon <= -53
  return continental || antartico
}

const Punto = v.pipe(
  v.strictObject({
    lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
    lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
  }),
  v.check((punto) => enChile(punto.lat, punto.lon), 'fuera_de_chile'),
)

const Sospechoso = v.strictObject({
  /** How they looked, what they wore, how they left. */
  descripcion: paragraph(500, 2),
  nombre: v.optional(line(120)),
})
/** A witness: a name, and how to reach them if the citizen knows. */
export const Testigo = v.strictObject({
  nombre: line(120, 2),
  /** A phone or an e-mail, as the complainant knows it. */
  contacto: v.optional(line(120)),
})

/** A box the citizen must tick (the facts are true…). */
export const declaracion = v.pipe(
  v.boolean(),
  v.check((value) => value, 'declaracion_requerida'),
)

/** What every report asks, whatever the offence. */
const COMUN = {
  /** When: a date and time, or (`hasta*`) the span it happened in when the exact time is unknown. */
  desdeFecha: fecha,
  desdeHora: hora,
  hastaFecha: v.optional(fecha),
  hastaHora: v.optional(hora),
  /** Where: the comuna (CUT), an address or a description of the place, optionally a point. */
  comunaCut,
  lugar: line(200, 3),
  punto: v.optional(Punto),
  relato: paragraph(RELATO_MAX, RELATO_MIN),
  sospechosos: v.optional(v.pipe(v.array(Sospechoso), v.maxLength(MAX_PERSONAS)), []),
  testigos: v.optional(v.pipe(v.array(Testigo), v.maxLength(MAX_PERSONAS)), []),
  /**
   * The ids of the evidence the citizen uploaded (worker/archivos), each ≤ 25 MB, whose SHA-256
   * the receipt prints; attached to the case in the report's batch (`adjuntarArchivos`).
   */
  archivos: v.optional(v.pipe(v.array(identifier(64)), v.maxLength(MAX_ARCHIVOS)), []),
  /** The complainant's contact, prefilled from the account; the home comuna decides the unit. */
  email: EmailField,
  telefono: v.optional(PhoneField),
  comunaDomicilio: comunaCut,
  /** The facts are true, and a false report is an offence (Código Penal, art. 211). */
  veracidad: declaracion,
  /** This fact was not reported before, to Carabineros, the PDI or the Fiscalía. */
  primeraVez: declaracion,
}

/** When the report says it happened: a moment, or a span (`hasta*`) when the exact time is unknown. */
interface Cuando {
  desdeFecha: string
  desdeHora: string
  hastaFecha?: string
  hastaHora?: string
}

/** A span given backwards (its end before its start), or half of one. */
const rango = v.forward(
  v.partialCheck(
    [['desdeFecha'], ['desdeHora'], ['hastaFecha'], ['hastaHora']],
    (input: Cuando) => {
      if (input.hastaFecha === undefined && input.hastaHora === undefined) return true
      if (input.hastaFecha === undefined || input.hastaHora === undefined) return false
      return `${input.hastaFecha}T${input.hastaHora}` > `${input.desdeFecha}T${input.desdeHora}`
    },
    'rango_invertido',
  ),
  ['hastaFecha'],
)

/** One thing taken or damaged, as the API keeps it. */
export interface Objeto {
  descripcion: string
  valor?: number
  serie?: string
  imei?: string
}

/**
 * A report as the route receives it once checked. The schema is built from the offences' data
 * (one shape per offence), which TypeScript cannot follow: this is its output, declared once.
 */
export interface DenunciaInput extends Cuando {
  tipo: TipoDenuncia
  comunaCut: string
  lugar: string
  punto?: { lat: number; lon: number }
  relato: string
  /** Absent for an offence that asks none (a fraud, animal cruelty). */
  objetos?: Objeto[]
  detalles?: Partial<Record<DetalleId, string | number>>
  sospechosos: { descripcion: string; nombre?: string }[]
  testigos: { nombre: string; contacto?: string }[]
  archivos: string[]
  email: string
  telefono?: string
  comunaDomicilio: string
  veracidad: boolean
  primeraVez: boolean
}

/** The shape of one offence's report: what every report asks, and what its offence asks beyond it. */
export function denunciaDe(id: TipoDenuncia) {
  const tipo = TIPOS[id]
  const entries: v.ObjectEntries = {
    // A list of one, not `v.literal`: the PWA's forms chunk already carries picklist.
    tipo: v.picklist([tipo.id]),
    ...COMUN,
    ...objetosSchema(tipo),
    ...detallesSchema(tipo),
  }
  return v.pipe(v.strictObject(entries), rango as v.GenericValidation)
}

/**
 * A citizen's report (`POST /api/denuncias`), one shape per offence (core/denuncias/tipos.ts).
 * Shared by the PWA's form, which checks each page's questions with it, and the route. Whether
 * its time is past and within reach of the law needs a clock: {@link revisarCuando}.
 */
export const DenunciaInput = /* @__PURE__ */ v.variant(
  'tipo',
  // Pure: the PWA checks one offence's shape (`denunciaDe`), and its build then leaves this out.
  /* @__PURE__ */ TIPOS_DENUNCIA.map(denunciaDe) as unknown as v.VariantOptions<'tipo'>,
) as unknown as v.GenericSchema<unknown, DenunciaInput>

/**
 * When the report says it happened, as instants (Chile's time), checked against a clock: never
 * in the future, never further back than prosecution reaches. The issues name the field.
 *
 * @example
 * revisarCuando({ desdeFecha: '2026-11-20', desdeHora: '21:30' }, now) // []
 */
export function revisarCuando(
  input: Pick<DenunciaInput, 'desdeFecha' | 'desdeHora' | 'hastaFecha' | 'hastaHora'>,
  now: Date,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const desde = localInstant(input.desdeFecha, input.desdeHora)
  const hasta = input.hastaFecha && input.hastaHora ? localInstant(input.hastaFecha, input.hastaHora) : null
  const limite = new Date(now.getTime())
  limite.setUTCFullYear(limite.getUTCFullYear() - ANOS_PRESCRIPCION)
  if (desde.getTime() > now.getTime() + TOLERANCIA_FUTURO_MS)
    issues.push({ field: 'desdeFecha', key: 'fecha_futura' })
  else if (desde < limite)
    issues.push({ field: 'desdeFecha', key: 'fecha_prescrita', params: { anos: ANOS_PRESCRIPCION } })
  if (hasta && hasta.getTime() > now.getTime() + TOLERANCIA_FUTURO_MS)
    issues.push({ field: 'hastaFecha', key: 'fecha_futura' })
  return issues
}

/** A report's states as its citizen reads them (worker/casos owns the changes). */
export type EstadoDenuncia =
  | 'recibida'
  | 'en_analisis'
  | 'informacion_solicitada'
  | 'derivada'
  | 'enviada_fiscalia'
  | 'cerrada'

/** A report as its citizen sees it: "Mis trámites", its own page, the sent page. */
export interface DenunciaView {
  numero: string
  tipo: TipoDenuncia
  estado: string
  createdAt: string
  /** When it is to be reviewed by (triage within 24 hours). */
  venceAt: string | null
  hechoDesde: string
  hechoHasta: string | null
  comuna: string
  lugar: string
  /** Who made it, as the account said then. */
  denunciante: string
  /** Its dated history, oldest first (casos_historia). */
  historia: { at: string; estado: string; detalle: Record<string, string> }[]
}
