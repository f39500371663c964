import type { TipoCertificado } from '../../core/certificados/tipos.ts'
import type { Locale } from '../i18n/index.ts'

/*
 * The words a constancia's API shares with its screens: each type's name, each question's label
 * (errors name them: «Número IMEI» no es un IMEI válido…), the messages of its own checks, and the
 * options' Spanish labels the PDF prints. The server merges labels and messages into its
 * catalogue (worker/i18n/index.ts). No valibot: a form chunk may load it.
 */

type Words = Record<Locale, Record<string, string>>

/** A question's label, the same in every type. */
const CAMPOS: Words = {
  es: {
    tribunal: 'Tribunal',
    rit: 'RIT de la causa',
    contraparte_run: 'RUN o RUT de la otra parte',
    contraparte_nombre: 'Nombre de la otra parte',
    programada: 'Fecha y hora de la visita',
    comuna: 'Comuna',
    lugar: 'Dirección o lugar',
    relato: 'Qué ocurrió',
    documentos: 'Documentos extraviados',
    'documentos.*': 'Documento {n}',
    'documentos.*.documento': 'Tipo del documento {n}',
    'documentos.*.numero': 'Número del documento {n}',
    'documentos.*.descripcion': 'Descripción del documento {n}',
    fecha: 'Fecha de los hechos',
    imei: 'Número IMEI',
    marca: 'Marca',
    modelo: 'Modelo',
    numero: 'Número de teléfono',
    compania: 'Compañía (telefónica o de Bomberos)',
    patente: 'Placa patente',
    placas: 'Placas',
    motivo: 'Motivo',
    deudor_run: 'RUN de quien debe pagar',
    deudor_nombre: 'Nombre de quien debe pagar',
    desde: 'Desde el mes',
    hasta: 'Hasta el mes',
    monto: 'Monto adeudado (pesos)',
    ausente_run: 'RUN de quien se fue',
    ausente_nombre: 'Nombre de quien se fue',
    parentesco: 'Parentesco',
    domicilio: 'Dirección del hogar',
    circunstancias: 'Circunstancias',
    permanecen: 'Quiénes permanecen en el hogar',
    calidad: 'Usted es',
    incumplimiento: 'Incumplimiento',
    solicitante: 'Quién la pide',
    bombero_run: 'RUN del bombero',
    bombero_nombre: 'Nombre del bombero',
    cuerpo: 'Cuerpo de Bomberos',
    acto: 'Acto de servicio',
    lesiones: 'Lesiones',
    nacionalidad: 'Nacionalidad',
    certificado_numero: 'Número del certificado',
    certificado_fecha: 'Fecha del certificado',
  },
  en: {
    tribunal: 'Court',
    rit: 'Case RIT',
    contraparte_run: 'Other party’s RUN or RUT',
    contraparte_nombre: 'Other party’s name',
    programada: 'Date and time of the visit',
    comuna: 'Comuna',
    lugar: 'Address or place',
    relato: 'What happened',
    documentos: 'Lost documents',
    'documentos.*': 'Document {n}',
    'documentos.*.documento': 'Type of document {n}',
    'documentos.*.numero': 'Number of document {n}',
    'documentos.*.descripcion': 'Description of document {n}',
    fecha: 'Date of the events',
    imei: 'IMEI number',
    marca: 'Make',
    modelo: 'Model',
    numero: 'Phone number',
    compania: 'Company (phone carrier or fire company)',
    patente: 'Licence plate',
    placas: 'Plates',
    motivo: 'Reason',
    deudor_run: 'RUN of the person who must pay',
    deudor_nombre: 'Name of the person who must pay',
    desde: 'From month',
    hasta: 'To month',
    monto: 'Amount owed (pesos)',
    ausente_run: 'RUN of the person who left',
    ausente_nombre: 'Name of the person who left',
    parentesco: 'Relationship',
    domicilio: 'Home address',
    circunstancias: 'Circumstances',
    permanecen: 'Who stays in the home',
    calidad: 'You are',
    incumplimiento: 'Breach',
    solicitante: 'Who asks for it',
    bombero_run: 'Firefighter’s RUN',
    bombero_nombre: 'Firefighter’s name',
    cuerpo: 'Fire brigade (Cuerpo de Bomberos)',
    acto: 'Act of service',
    lesiones: 'Injuries',
    nacionalidad: 'Nationality',
    certificado_numero: 'Certificate number',
    certificado_fecha: 'Certificate date',
  },
  ht: {
    tribunal: 'Tribinal',
    rit: 'RIT dosye a',
    contraparte_run: 'RUN oswa RUT lòt pati a',
    contraparte_nombre: 'Non lòt pati a',
    programada: 'Dat ak lè vizit la',
    comuna: 'Komin',
    lugar: 'Adrès oswa kote',
    relato: 'Sa ki te pase',
    documentos: 'Dokiman ki pèdi yo',
    'documentos.*': 'Dokiman {n}',
    'documentos.*.documento': 'Kalite dokiman {n}',
    'documentos.*.numero': 'Nimewo dokiman {n}',
    'documentos.*.descripcion': 'Deskripsyon dokiman {n}',
    fecha: 'Dat evènman yo',
    imei: 'Nimewo IMEI',
    marca: 'Mak',
    modelo: 'Modèl',
    numero: 'Nimewo telefòn',
    compania: 'Konpayi (telefòn oswa ponpye)',
    patente: 'Plak machin',
    placas: 'Plak yo',
    motivo: 'Rezon',
    deudor_run: 'RUN moun ki dwe peye a',
    deudor_nombre: 'Non moun ki dwe peye a',
    desde: 'Depi mwa',
    hasta: 'Jiska mwa',
    monto: 'Kantite lajan yo dwe (peso)',
    ausente_run: 'RUN moun ki ale a',
    ausente_nombre: 'Non moun ki ale a',
    parentesco: 'Relasyon fanmi',
    domicilio: 'Adrès kay la',
    circunstancias: 'Sikonstans yo',
    permanecen: 'Ki moun ki rete nan kay la',
    calidad: 'Ou se',
    incumplimiento: 'Sa ki pa respekte',
    solicitante: 'Ki moun ki mande l',
    bombero_run: 'RUN ponpye a',
    bombero_nombre: 'Non ponpye a',
    cuerpo: 'Kò ponpye a (Cuerpo de Bomberos)',
    acto: 'Aksyon sèvis la',
    lesiones: 'Blesi yo',
    nacionalidad: 'Nasyonalite',
    certificado_numero: 'Nimewo sètifika a',
    certificado_fecha: 'Dat sètifika a',
  },
}

/**
 * The labels of every question, keyed `respuestas.<campo>` as errors name them (a list's item
 * `respuestas.<lista>.*.<campo>`, `{n}` counting from one): one label per question id, whatever
 * the type (the ids mean the same in each), and the request's own fields.
 *
 * @example
 * camposCertificado.es['respuestas.imei'] // 'Número IMEI'
 */
export const camposCertificado: Words = {
  es: {
    ...conPrefijo(CAMPOS.es),
    'certificados.tipo': 'Tipo de constancia',
    'certificados.declaracion': 'Declaro que lo que informo es verdadero',
    'certificados.motivo': 'Motivo de la anulación',
  },
  en: {
    ...conPrefijo(CAMPOS.en),
    'certificados.tipo': 'Type of constancia',
    'certificados.declaracion': 'I declare that what I state is true',
    'certificados.motivo': 'Reason for the annulment',
  },
  ht: {
    ...conPrefijo(CAMPOS.ht),
    'certificados.tipo': 'Kalite konstans',
    'certificados.declaracion': 'Mwen deklare sa m di a se verite',
    'certificados.motivo': 'Rezon anilasyon an',
  },
}

function conPrefijo(words: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(words).map(([id, label]) => [`respuestas.${id}`, label]))
}

/** Messages of a constancia's own checks; `{field}` is the field's label. */
export const validacionCertificado = {
  es: {
    rit_invalido:
      '«{field}» no es un RIT válido: escríbalo como en la resolución del tribunal, la letra, el número y el año (C-1234-2024).',
    fecha_antigua: '«{field}» no puede ser de hace más de {dias} días.',
    mes_invalido: '«{field}» debe ser un mes válido, como 03-2026.',
    rango_meses: '«{field}» no puede ser anterior al mes desde el que se debe.',
    monto_invalido: '«{field}» debe ser un monto en pesos, sólo números.',
  },
  en: {
    rit_invalido:
      '“{field}” is not a valid RIT: write it as on the court’s resolution, the letter, the number and the year (C-1234-2024).',
    fecha_antigua: '“{field}” cannot be more than {dias} days ago.',
    mes_invalido: '“{field}” must be a valid month, like 03-2026.',
    rango_meses: '“{field}” cannot be before the month the debt starts.',
    monto_invalido: '“{field}” must be an amount in pesos, digits only.',
  },
  ht: {
    rit_invalido:
      '«{field}» se pa yon RIT ki valab: ekri l tankou sou desizyon tribinal la, lèt la, nimewo a ak ane a (C-1234-2024).',
    fecha_antigua: '«{field}» pa ka gen plis pase {dias} jou.',
    mes_invalido: '«{field}» dwe yon mwa ki valab, tankou 03-2026.',
    rango_meses: '«{field}» pa ka anvan mwa dèt la kòmanse a.',
    monto_invalido: '«{field}» dwe yon kantite lajan an peso, chif sèlman.',
  },
} satisfies Words

/** The types' names, for staff and the figures (the document prints `nombreLegal`). */
export const nombresCertificado: Record<Locale, Record<TipoCertificado, string>> = {
  es: {
    regimen_visitas: 'Incumplimiento de régimen de visitas',
    extravio_documentos: 'Extravío de documentos',
    extravio_celular: 'Extravío de teléfono celular',
    placa_patente: 'Extravío o duplicado de placa patente',
    pension_alimentos: 'No pago de pensión de alimentos',
    abandono_hogar: 'Abandono de hogar',
    fines_laborales: 'Fines laborales',
    bomberos_lesionados: 'Bombero lesionado en acto de servicio',
    permanencia_definitiva: 'Extravío de certificado de permanencia definitiva',
  },
  en: {
    regimen_visitas: 'Visitation schedule not kept',
    extravio_documentos: 'Lost documents',
    extravio_celular: 'Lost mobile phone',
    placa_patente: 'Lost or duplicate licence plate',
    pension_alimentos: 'Child support not paid',
    abandono_hogar: 'Leaving the family home',
    fines_laborales: 'For employment purposes',
    bomberos_lesionados: 'Firefighter injured on duty',
    permanencia_definitiva: 'Lost permanent residence certificate',
  },
  ht: {
    regimen_visitas: 'Yo pa respekte orè vizit la',
    extravio_documentos: 'Dokiman ki pèdi',
    extravio_celular: 'Telefòn selilè ki pèdi',
    placa_patente: 'Plak machin ki pèdi oswa kopi plak',
    pension_alimentos: 'Pansyon alimantè ki pa peye',
    abandono_hogar: 'Abandon kay fanmi',
    fines_laborales: 'Pou travay',
    bomberos_lesionados: 'Ponpye ki blese nan sèvis',
    permanencia_definitiva: 'Sètifika rezidans pèmanan ki pèdi',
  },
}

/** The options' labels in Spanish, as the document prints them (option id → label). */
export const opcionesImpresas: Readonly<Record<string, string>> = {
  cedula: 'Cédula de identidad',
  pasaporte: 'Pasaporte',
  licencia_conducir: 'Licencia de conducir',
  tne: 'Tarjeta Nacional Estudiantil (TNE)',
  otro: 'Otro',
  conyuge: 'cónyuge',
  conviviente: 'conviviente',
  padre: 'padre',
  madre: 'madre',
  hijo: 'hijo',
  hija: 'hija',
  entel: 'Entel',
  movistar: 'Movistar',
  claro: 'Claro',
  wom: 'WOM',
  otra: 'otra',
  delantera: 'la placa delantera',
  trasera: 'la placa trasera',
  ambas: 'ambas placas',
  extravio: 'el extravío',
  robo: 'el robo',
  deterioro: 'el deterioro',
  incendio: 'incendio',
  rescate: 'rescate',
  emergencia_vehicular: 'emergencia vehicular',
  materiales_peligrosos: 'materiales peligrosos',
  bombero: 'el propio bombero',
  compania: 'su compañía',
  empleador: 'empleador',
  trabajador: 'trabajador',
}
