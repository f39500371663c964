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
