import type { Locale } from '../i18n/index.ts'

type Words = Record<Locale, Record<string, string>>

/**
 * The labels of a complaint's own fields, as its errors name them (the fields it shares with a
 * denuncia — relato, lugar, comunaCut, email, testigos, archivos, veracidad — keep the denuncia's,
 * and `unidadCode` the portal's «Unidad policial»).
 */
export const camposReclamo = {
  es: {
    fecha: 'Fecha en que ocurrió',
    hora: 'Hora aproximada',
    funcionario: 'Funcionario involucrado',
    'funcionario.nombre': 'Nombre del funcionario',
    'funcionario.grado': 'Grado del funcionario',
    'funcionario.senas': 'Otras señas del funcionario',
    vehiculo: 'Número del vehículo policial',
    peticion: 'Qué solicita',
    tipoReclamo: 'De qué se trata su reclamo',
  },
  en: {
    fecha: 'Date it happened',
    hora: 'Approximate time',
    funcionario: 'Officer involved',
    'funcionario.nombre': 'Officer’s name',
    'funcionario.grado': 'Officer’s rank',
    'funcionario.senas': 'Other details that identify the officer',
    vehiculo: 'Police vehicle number',
    peticion: 'What you ask for',
    tipoReclamo: 'What your complaint is about',
  },
  ht: {
    fecha: 'Dat sa te pase',
    hora: 'Lè apeprè',
    funcionario: 'Ajan ki konsène',
    'funcionario.nombre': 'Non ajan an',
    'funcionario.grado': 'Grad ajan an',
    'funcionario.senas': 'Lòt siy ki idantifye ajan an',
    vehiculo: 'Nimewo machin polis la',
    peticion: 'Sa ou mande',
    tipoReclamo: 'Sou kisa plent ou a ye',
  },
} satisfies Words

/** The messages of a complaint's own checks; `{field}` is the field's label. */
export const validacionReclamo = {
  es: {
    reclamo_antiguo:
      '«{field}»: un reclamo por hechos de hace más de {anos} años no se recibe por este medio. Acuda a la Contraloría o a los tribunales.',
    unidad_desconocida: '«{field}» no es una unidad policial conocida: elíjala de la lista.',
  },
  en: {
    reclamo_antiguo:
      '“{field}”: a complaint about events more than {anos} years ago cannot be made through this service. Go to the Contraloría or the courts.',
    unidad_desconocida: '“{field}” is not a known police unit: choose it from the list.',
  },
  ht: {
    reclamo_antiguo:
      '«{field}»: yon plent pou bagay ki te pase plis pase {anos} lane pa ka fèt pa mwayen sa a. Ale nan Contraloría a oswa nan tribinal yo.',
    unidad_desconocida: '«{field}» se pa yon inite polis nou konnen: chwazi l nan lis la.',
  },
} satisfies Words

/**
 * The kinds of complaint (core/reclamos/tipos.ts) as the citizen picks them and the office and
 * the figures show them; `.hint` says what each covers, so the citizen need not know the law's words.
 *
 * @example
 * tiposReclamo.es.uso_fuerza // 'Uso excesivo de la fuerza'
 */
export const tiposReclamo = {
  es: {
    trato_indebido: 'Trato indebido o maltrato verbal',
    'trato_indebido.hint': 'Insultos, burlas, amenazas, gritos o un trato humillante.',
    uso_fuerza: 'Uso excesivo de la fuerza',
    'uso_fuerza.hint': 'Golpes, empujones, esposas o armas usadas más de lo necesario.',
    negativa_atencion: 'Se negaron a recibir una denuncia o a atenderme',
    'negativa_atencion.hint': 'En la guardia, por teléfono o en la calle.',
    demora: 'Demora o falta de respuesta',
    'demora.hint': 'Un llamado o un procedimiento que no llegó o llegó muy tarde.',
    procedimiento_irregular: 'Procedimiento irregular',
    'procedimiento_irregular.hint':
      'Un control de identidad, un registro, una detención o una multa sin motivo o sin seguir las reglas.',
    solicitud_indebida: 'Me pidieron dinero o favores',
    'solicitud_indebida.hint': 'A cambio de no cursar una multa, de atender o de cualquier otra cosa.',
    discriminacion: 'Discriminación',
    'discriminacion.hint':
      'Un trato distinto por su origen, nacionalidad, pueblo indígena, sexo, orientación, edad, discapacidad u otra razón.',
    otro: 'Otro',
    'otro.hint': 'Cuéntelo en la página siguiente.',
  },
  en: {
    trato_indebido: 'Improper treatment or verbal abuse',
    'trato_indebido.hint': 'Insults, mockery, threats, shouting or humiliating treatment.',
    uso_fuerza: 'Excessive use of force',
    'uso_fuerza.hint': 'Blows, pushing, handcuffs or weapons used more than necessary.',
    negativa_atencion: 'They refused to take a report or to help me',
    'negativa_atencion.hint': 'At the front desk, on the phone or in the street.',
    demora: 'Delay or no response',
    'demora.hint': 'A call or a procedure that never came or came very late.',
    procedimiento_irregular: 'Irregular procedure',
    'procedimiento_irregular.hint':
      'An identity check, a search, an arrest or a fine without reason or without following the rules.',
    solicitud_indebida: 'They asked me for money or favours',
    'solicitud_indebida.hint': 'In exchange for not issuing a fine, for helping, or for anything else.',
    discriminacion: 'Discrimination',
    'discriminacion.hint':
      'Being treated differently for your origin, nationality, indigenous people, sex, orientation, age, disability or another reason.',
    otro: 'Other',
    'otro.hint': 'Tell us on the next page.',
  },
  ht: {
    trato_indebido: 'Move tretman oswa joure',
    'trato_indebido.hint': 'Joure, pase nan betiz, menas, rele sou moun oswa yon tretman ki imilye.',
    uso_fuerza: 'Twòp fòs',
    'uso_fuerza.hint': 'Kou, pouse, menòt oswa zam yo itilize plis pase sa ki nesesè.',
    negativa_atencion: 'Yo refize pran yon deklarasyon oswa ede m',
    'negativa_atencion.hint': 'Nan gad la, nan telefòn oswa nan lari.',
    demora: 'Reta oswa pa gen repons',
    'demora.hint': 'Yon apèl oswa yon prosedi ki pa t janm vini oswa ki vini twò ta.',
    procedimiento_irregular: 'Prosedi ki pa regilye',
    'procedimiento_irregular.hint':
      'Yon kontwòl idantite, yon fouy, yon arestasyon oswa yon amann san rezon oswa san respekte règ yo.',
    solicitud_indebida: 'Yo mande m lajan oswa favè',
    'solicitud_indebida.hint': 'Pou yo pa ban m amann, pou yo ede m, oswa pou nenpòt lòt bagay.',
    discriminacion: 'Diskriminasyon',
    'discriminacion.hint':
      'Yon tretman diferan akoz orijin, nasyonalite, pèp endijèn, sèks, oryantasyon, laj, andikap oswa yon lòt rezon.',
    otro: 'Lòt',
    'otro.hint': 'Rakonte l nan paj ki vini an.',
  },
} satisfies Words

/**
 * A kind of complaint's name (or, with `.hint`, what it covers) in a language; an unknown kind as it came.
 *
 * @example
 * nombreTipoReclamo('en', 'uso_fuerza') // 'Excessive use of force'
 */
export const nombreTipoReclamo = (locale: Locale, tipo: string, parte: '' | '.hint' = ''): string =>
  (tiposReclamo[locale] as Record<string, string>)[`${tipo}${parte}`] ?? tipo
