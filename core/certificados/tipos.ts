/**
 * The nine constancias a citizen obtains at once (seed: "Certificates"; issue 16), as data: each
 * type's questions, of a few kinds the schema knows how to check, and the wording of its document.
 * One form renders the questions (web/constancias), one schema checks them
 * (worker/certificados/schema.ts), one template prints the document
 * (worker/certificados/documento.ts): a tenth type is a definition here and its words in es/en/ht.
 * Its own module, without valibot or drizzle: the PWA loads it with the form.
 */

/** The types, in the order the list offers them (the most used first: visitation, lost documents). */
export const TIPOS_CERTIFICADO = [
  'regimen_visitas',
  'extravio_documentos',
  'extravio_celular',
  'placa_patente',
  'pension_alimentos',
  'abandono_hogar',
  'fines_laborales',
  'bomberos_lesionados',
  'permanencia_definitiva',
] as const
export type TipoCertificado = (typeof TIPOS_CERTIFICADO)[number]

/** The documents one may report lost, in the order the form offers them. */
export const DOCUMENTOS = ['cedula', 'pasaporte', 'licencia_conducir', 'tne', 'otro'] as const
/** Who left the home, as the person who stays names them. */
export const PARENTESCOS = ['conyuge', 'conviviente', 'padre', 'madre', 'hijo', 'hija', 'otro'] as const
/** The carriers a phone number may be with (the ones SUBTEL lists with most lines, then any other). */
export const COMPANIAS_MOVILES = ['entel', 'movistar', 'claro', 'wom', 'otra'] as const
/** Which plates of the vehicle, and why a duplicate is needed. */
export const PLACAS = ['delantera', 'trasera', 'ambas'] as const
export const MOTIVOS_PLACA = ['extravio', 'robo', 'deterioro'] as const
/** The firefighter's act of service (acto de servicio) in which they were injured. */
export const ACTOS_SERVICIO = [
  'incendio',
  'rescate',
  'emergencia_vehicular',
  'materiales_peligrosos',
  'otro',
] as const
/** On whose behalf: the person themself, or (bomberos) their company. */
export const SOLICITANTES_BOMBERO = ['bombero', 'compania'] as const
/** The side of the employment relation the applicant is on. */
export const CALIDADES_LABORALES = ['empleador', 'trabajador'] as const

/**
 * A question's kind, and what the schema checks for it:
 * - `texto`: a line, up to `max` characters; `parrafo`: `min`–`max` characters.
 * - `fecha`: a day (`YYYY-MM-DD`), `fecha_hora`: a day and a time in Chile; never in the future,
 *   never more than `maxDias` days back. `mes`: a month (`YYYY-MM`), never in the future.
 * - `comuna`: a comuna's CUT from the list. `run`: a RUN or RUT with its check digit.
 * - `imei`: 15 digits, Luhn-checked. `patente`: a plate in either Chilean format. `rit`: a court
 *   case's RIT (`C-1234-2024`). `telefono`: a Chilean phone number. `monto`: whole pesos.
 * - `opcion`: one of `opciones`. `lista`: repeatable groups of `campos`, `min`–`max` of them.
 * Every question is required unless `opcional`.
 */
export type Campo = { id: string; opcional?: true } & (
  | { tipo: 'texto'; max: number }
  | { tipo: 'parrafo'; min: number; max: number }
  | { tipo: 'fecha' | 'fecha_hora'; maxDias: number }
  | { tipo: 'mes' | 'comuna' | 'run' | 'imei' | 'patente' | 'rit' | 'telefono' | 'monto' }
  | { tipo: 'opcion'; opciones: readonly string[] }
  | { tipo: 'lista'; campos: readonly Campo[]; min: number; max: number }
)

/** A type as the form, the schema and the document see it. */
export interface TipoDefinicion {
  id: TipoCertificado
  /** Its name on the document and for staff, in Spanish as Carabineros issue it. */
  nombreLegal: string
  /** Its questions, one per page, in order. */
  campos: readonly Campo[]
  /**
   * What the document certifies, in Spanish: one paragraph built from the holder and the answers
   * (already formatted for print by worker/certificados/documento.ts, keyed by question id).
   */
  texto(titular: string, respuestas: Readonly<Record<string, string>>): string
  /** What the holder must do next, printed under the text (e.g. block the cédula), if anything. */
  siguientePaso?(respuestas: Readonly<Record<string, string>>): string | null
}

/** How far back the facts of a constancia may be: a year (a constancia records what just happened). */
const UN_ANO = 366
const DONDE: readonly Campo[] = [
  { id: 'comuna', tipo: 'comuna' },
  { id: 'lugar', tipo: 'texto', max: 200 },
]
const TRIBUNAL: readonly Campo[] = [
  { id: 'tribunal', tipo: 'texto', max: 120 },
  { id: 'rit', tipo: 'rit' },
]

/** The nine types. */
export const TIPOS: Record<TipoCertificado, TipoDefinicion> = {
  regimen_visitas: {
    id: 'regimen_visitas',
    nombreLegal: 'Constancia de incumplimiento de régimen de visitas',
    campos: [
      ...TRIBUNAL,
      { id: 'contraparte_run', tipo: 'run', opcional: true },
      { id: 'contraparte_nombre', tipo: 'texto', max: 120 },
      { id: 'programada', tipo: 'fecha_hora', maxDias: UN_ANO },
      ...DONDE,
      { id: 'relato', tipo: 'parrafo', min: 20, max: 2000 },
    ],
    texto: (titular, r) =>
      `${titular} declara que el ${r.programada}, en ${r.lugar}, ${r.comuna}, no se cumplió el régimen de visitas fijado por ${r.tribunal} en la causa RIT ${r.rit}, respecto de ${r.contraparte_nombre}${r.contraparte_run ? `, RUN ${r.contraparte_run}` : ''}. Relato: ${r.relato}`,
  },
  extravio_documentos: {
    id: 'extravio_documentos',
    nombreLegal: 'Constancia de extravío de documentos',
    campos: [
      {
        id: 'documentos',
        tipo: 'lista',
        min: 1,
        max: 10,
        campos: [
          { id: 'documento', tipo: 'opcion', opciones: DOCUMENTOS },
          { id: 'numero', tipo: 'texto', max: 40, opcional: true },
          { id: 'descripcion', tipo: 'texto', max: 120, opcional: true },
        ],
      },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      ...DONDE,
    ],
    texto: (titular, r) =>
      `${titular} declara haber extraviado el ${r.fecha}, en ${r.lugar}, ${r.comuna}, los siguientes documentos: ${r.documentos}.`,
    siguientePaso: (r) =>
      r.documentos?.includes('Cédula de identidad')
        ? 'Bloquee su cédula de identidad en el Servicio de Registro Civil e Identificación (www.registrocivil.cl o cualquier oficina) para que nadie pueda usarla.'
        : null,
  },
  extravio_celular: {
    id: 'extravio_celular',
    nombreLegal: 'Constancia de extravío de teléfono celular',
    campos: [
      { id: 'imei', tipo: 'imei' },
      { id: 'marca', tipo: 'texto', max: 40 },
      { id: 'modelo', tipo: 'texto', max: 60 },
      { id: 'numero', tipo: 'telefono' },
      { id: 'compania', tipo: 'opcion', opciones: COMPANIAS_MOVILES },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      ...DONDE,
    ],
    texto: (titular, r) =>
      `${titular} declara haber extraviado el ${r.fecha}, en ${r.lugar}, ${r.comuna}, su teléfono celular ${r.marca} ${r.modelo}, IMEI ${r.imei}, número ${r.numero}, de la compañía ${r.compania}.`,
    siguientePaso: () =>
      'Pida a su compañía telefónica el bloqueo del equipo por su IMEI, presentando esta constancia.',
  },
  placa_patente: {
    id: 'placa_patente',
    nombreLegal: 'Constancia de extravío o duplicado de placa patente',
    campos: [
      { id: 'patente', tipo: 'patente' },
      { id: 'placas', tipo: 'opcion', opciones: PLACAS },
      { id: 'motivo', tipo: 'opcion', opciones: MOTIVOS_PLACA },
      { id: 'marca', tipo: 'texto', max: 40 },
      { id: 'modelo', tipo: 'texto', max: 60 },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      ...DONDE,
    ],
    texto: (titular, r) =>
      `${titular} declara, como propietario del vehículo ${r.marca} ${r.modelo}, placa patente ${r.patente}, que el ${r.fecha}, en ${r.lugar}, ${r.comuna}, ocurrió ${r.motivo} de ${r.placas}.`,
    siguientePaso: () =>
      'Con esta constancia solicite el duplicado de la placa patente en el Servicio de Registro Civil e Identificación.',
  },
  pension_alimentos: {
    id: 'pension_alimentos',
    nombreLegal: 'Constancia de no pago de pensión de alimentos',
    campos: [
      ...TRIBUNAL,
      { id: 'deudor_run', tipo: 'run', opcional: true },
      { id: 'deudor_nombre', tipo: 'texto', max: 120 },
      { id: 'desde', tipo: 'mes' },
      { id: 'hasta', tipo: 'mes' },
      { id: 'monto', tipo: 'monto' },
    ],
    texto: (titular, r) =>
      `${titular} declara que ${r.deudor_nombre}${r.deudor_run ? `, RUN ${r.deudor_run}` : ''}, no ha pagado la pensión de alimentos fijada por ${r.tribunal} en la causa RIT ${r.rit}, entre ${r.desde} y ${r.hasta}, por un total adeudado de ${r.monto}.`,
  },
  abandono_hogar: {
    id: 'abandono_hogar',
    nombreLegal: 'Constancia de abandono de hogar',
    campos: [
      { id: 'ausente_run', tipo: 'run', opcional: true },
      { id: 'ausente_nombre', tipo: 'texto', max: 120 },
      { id: 'parentesco', tipo: 'opcion', opciones: PARENTESCOS },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      { id: 'comuna', tipo: 'comuna' },
      { id: 'domicilio', tipo: 'texto', max: 200 },
      { id: 'circunstancias', tipo: 'parrafo', min: 20, max: 2000 },
      { id: 'permanecen', tipo: 'texto', max: 300 },
    ],
    texto: (titular, r) =>
      `${titular} declara que ${r.ausente_nombre}${r.ausente_run ? `, RUN ${r.ausente_run}` : ''}, su ${r.parentesco}, hizo abandono del hogar ubicado en ${r.domicilio}, ${r.comuna}, el ${r.fecha}. Circunstancias: ${r.circunstancias} Permanecen en el hogar: ${r.permanecen}.`,
  },
  fines_laborales: {
    id: 'fines_laborales',
    nombreLegal: 'Constancia para fines laborales',
    campos: [
      { id: 'calidad', tipo: 'opcion', opciones: CALIDADES_LABORALES },
      { id: 'contraparte_run', tipo: 'run' },
      { id: 'contraparte_nombre', tipo: 'texto', max: 120 },
      { id: 'incumplimiento', tipo: 'parrafo', min: 20, max: 2000 },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      ...DONDE,
    ],
    texto: (titular, r) =>
      `${titular}, en su calidad de ${r.calidad}, declara respecto de ${r.contraparte_nombre}, RUT ${r.contraparte_run}, que el ${r.fecha}, en ${r.lugar}, ${r.comuna}: ${r.incumplimiento}`,
  },
  bomberos_lesionados: {
    id: 'bomberos_lesionados',
    nombreLegal: 'Constancia de bombero lesionado en acto de servicio',
    campos: [
      { id: 'solicitante', tipo: 'opcion', opciones: SOLICITANTES_BOMBERO },
      { id: 'bombero_run', tipo: 'run' },
      { id: 'bombero_nombre', tipo: 'texto', max: 120 },
      { id: 'cuerpo', tipo: 'texto', max: 120 },
      { id: 'compania', tipo: 'texto', max: 120 },
      { id: 'acto', tipo: 'opcion', opciones: ACTOS_SERVICIO },
      { id: 'fecha', tipo: 'fecha_hora', maxDias: UN_ANO },
      ...DONDE,
      { id: 'lesiones', tipo: 'parrafo', min: 10, max: 2000 },
    ],
    texto: (titular, r) =>
      `${titular} declara que el bombero ${r.bombero_nombre}, RUN ${r.bombero_run}, de la ${r.compania} del ${r.cuerpo}, resultó lesionado el ${r.fecha}, en ${r.lugar}, ${r.comuna}, en un acto de servicio (${r.acto}). Lesiones: ${r.lesiones}`,
    siguientePaso: () =>
      'Presente esta constancia con su reclamo ante la Comisión para el Mercado Financiero (CMF), que administra las indemnizaciones a bomberos lesionados en actos de servicio.',
  },
  permanencia_definitiva: {
    id: 'permanencia_definitiva',
    nombreLegal: 'Constancia de extravío de certificado de permanencia definitiva',
    campos: [
      { id: 'nacionalidad', tipo: 'texto', max: 60 },
      { id: 'certificado_numero', tipo: 'texto', max: 40 },
      { id: 'certificado_fecha', tipo: 'fecha', maxDias: 36600 },
      { id: 'fecha', tipo: 'fecha', maxDias: UN_ANO },
      ...DONDE,
    ],
    texto: (titular, r) =>
      `${titular}, de nacionalidad ${r.nacionalidad}, declara haber extraviado el ${r.fecha}, en ${r.lugar}, ${r.comuna}, su certificado de permanencia definitiva N° ${r.certificado_numero}, de fecha ${r.certificado_fecha}.`,
    siguientePaso: () =>
      'Con esta constancia solicite un nuevo certificado al Servicio Nacional de Migraciones.',
  },
}

/**
 * Whether a text is one of the types.
 *
 * @example
 * esTipoCertificado('extravio_celular') // true
 */
export function esTipoCertificado(id: string): id is TipoCertificado {
  return (TIPOS_CERTIFICADO as readonly string[]).includes(id)
}
