/**
 * The nine offences a citizen may report online (seed: "Complaints"; decision 0033), as data: each
 * one's legal name, the keys of its words in the PWA (a plain-language name, a description, an
 * example), and the questions it asks beyond those every report asks — about the things taken or
 * damaged, and its own details. A new offence, or a new question, is a change here and in the
 * words, not code per offence. Its own module, without valibot or drizzle: the PWA's first
 * screens read it.
 */

/** The offences, in the order the form offers them. */
export const TIPOS_DENUNCIA = [
  'hurto_simple',
  'robo_por_sorpresa',
  'robo_accesorios_vehiculo',
  'hurto_agravado',
  'hurto_hallazgo',
  'apropiacion_indebida',
  'estafa',
  'danos',
  'maltrato_animal',
] as const
export type TipoDenuncia = (typeof TIPOS_DENUNCIA)[number]

/** What the report may say of each thing taken or damaged (`objetos[i].*`). */
export const CAMPOS_OBJETO = ['descripcion', 'valor', 'serie', 'imei'] as const
export type CampoObjeto = (typeof CAMPOS_OBJETO)[number]

/** The channels of a fraud, as the form offers them. */
export const CANALES_ESTAFA = [
  'transferencia',
  'tarjeta',
  'sitio_web',
  'redes_sociales',
  'telefono',
  'presencial',
  'otro',
] as const
/** Who committed an aggravated theft (Código Penal, art. 447): the trust the law punishes abusing. */
export const RELACIONES_HURTO_AGRAVADO = ['dependiente', 'trabajador', 'alojamiento', 'transporte'] as const
/** Why the author held what they did not give back (apropiación indebida, art. 470 N° 1). */
export const TITULOS_ENTREGA = ['prestamo', 'deposito', 'arriendo', 'administracion', 'otro'] as const

/**
 * An offence's own questions (`detalles.*`), each of a kind the schema knows how to check: a
 * plate, an amount in pesos, one of a list, a line of text, a paragraph.
 */
export const DETALLES = {
  /** The vehicle's plate, checked against both formats (core/identificadores.ts). */
  patente: { tipo: 'patente' },
  /** How much was lost, in whole pesos. */
  monto: { tipo: 'monto' },
  canal: { tipo: 'opcion', opciones: CANALES_ESTAFA },
  /** The account, card or transfer the money went to or through: what lets the bank trace it. */
  referencia: { tipo: 'linea', max: 120 },
  /** The animal: species, how many, its state now. */
  animal: { tipo: 'parrafo', min: 3, max: 500 },
  relacion: { tipo: 'opcion', opciones: RELACIONES_HURTO_AGRAVADO },
  titulo: { tipo: 'opcion', opciones: TITULOS_ENTREGA },
} as const satisfies Record<string, Detalle>
export type DetalleId = keyof typeof DETALLES

export type Detalle =
  | { tipo: 'patente' | 'monto' }
  | { tipo: 'opcion'; opciones: readonly string[] }
  | { tipo: 'linea'; max: number }
  | { tipo: 'parrafo'; min: number; max: number }

/** An offence as the form and the API see it. */
export interface Tipo {
  id: TipoDenuncia
  /** Its name in Chilean law: what the receipt, the staff and the Fiscalía read. */
  nombreLegal: string
  /** What the law says it is, for staff and the decision record. */
  articulo: string
  /** The things taken or damaged: which of their fields it asks, and whether at least one is needed. */
  objetos: { campos: readonly CampoObjeto[]; minimo: 0 | 1 } | null
  /** Its own questions, all required. */
  detalles: readonly DetalleId[]
}

const TODO: readonly CampoObjeto[] = CAMPOS_OBJETO
const SIN_IMEI: readonly CampoObjeto[] = ['descripcion', 'valor', 'serie']

/** The nine offences (decision 0033 says why these, and the legal name of the seed's "aggravated theft"). */
export const TIPOS: Record<TipoDenuncia, Tipo> = {
  hurto_simple: {
    id: 'hurto_simple',
    nombreLegal: 'Hurto simple',
    articulo: 'Código Penal, arts. 432 y 446',
    objetos: { campos: TODO, minimo: 1 },
    detalles: [],
  },
  robo_por_sorpresa: {
    id: 'robo_por_sorpresa',
    nombreLegal: 'Robo por sorpresa',
    articulo: 'Código Penal, art. 436 inciso 2°',
    objetos: { campos: TODO, minimo: 1 },
    detalles: [],
  },
  robo_accesorios_vehiculo: {
    id: 'robo_accesorios_vehiculo',
    nombreLegal: 'Robo de accesorios de vehículo',
    articulo: 'Código Penal, art. 443',
    objetos: { campos: SIN_IMEI, minimo: 1 },
    detalles: ['patente'],
  },
  hurto_agravado: {
    id: 'hurto_agravado',
    nombreLegal: 'Hurto agravado',
    articulo: 'Código Penal, art. 447',
    objetos: { campos: TODO, minimo: 1 },
    detalles: ['relacion'],
  },
  hurto_hallazgo: {
    id: 'hurto_hallazgo',
    nombreLegal: 'Hurto de hallazgo',
    articulo: 'Código Penal, art. 448',
    objetos: { campos: TODO, minimo: 1 },
    detalles: [],
  },
  apropiacion_indebida: {
    id: 'apropiacion_indebida',
    nombreLegal: 'Apropiación indebida',
    articulo: 'Código Penal, art. 470 N° 1',
    objetos: { campos: TODO, minimo: 1 },
    detalles: ['titulo'],
  },
  estafa: {
    id: 'estafa',
    nombreLegal: 'Estafa',
    articulo: 'Código Penal, arts. 467 y 468',
    objetos: null,
    detalles: ['monto', 'canal', 'referencia'],
  },
  danos: {
    id: 'danos',
    nombreLegal: 'Daños',
    articulo: 'Código Penal, arts. 484 a 488',
    objetos: { campos: ['descripcion', 'valor'], minimo: 1 },
    detalles: [],
  },
  maltrato_animal: {
    id: 'maltrato_animal',
    nombreLegal: 'Maltrato animal',
    articulo: 'Código Penal, art. 291 bis',
    objetos: null,
    detalles: ['animal'],
  },
}

/** The most things one report lists, suspects and witnesses it names. */
export const MAX_OBJETOS = 20
export const MAX_PERSONAS = 5

/**
 * The keys of an offence's words in the PWA's catalogue (web/denuncias/i18n): its plain-language
 * name, what it is, an example.
 *
 * @example
 * palabrasTipo('estafa') // { nombre: 'den.tipo.estafa', descripcion: 'den.tipo.estafa.desc', ejemplo: 'den.tipo.estafa.ejemplo' }
 */
export function palabrasTipo(id: TipoDenuncia) {
  return {
    nombre: `den.tipo.${id}`,
    descripcion: `den.tipo.${id}.desc`,
    ejemplo: `den.tipo.${id}.ejemplo`,
  } as const
}

/**
 * Whether a text is one of the offences.
 *
 * @example
 * esTipo('estafa') // true
 */
export function esTipo(id: string): id is TipoDenuncia {
  return (TIPOS_DENUNCIA as readonly string[]).includes(id)
}
