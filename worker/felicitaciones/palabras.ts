import type { Locale } from '../i18n/index.ts'

type Words = Record<Locale, Record<string, string>>

/**
 * The labels of a commendation's own fields, as its errors name them (`mensaje` keeps the
 * portal's «Mensaje», `unidadCode` its «Unidad policial»). The PWA's form registers them too
 * (`registerFieldLabels`), so its messages name the fields as the API's do.
 */
export const camposFelicitacion = {
  es: {
    funcionarioNombre: 'Nombre del funcionario',
    funcionarioGrado: 'Grado del funcionario',
    mostrarNombre: 'Mostrar mi nombre a la unidad',
    funcionarioId: 'Funcionario',
  },
  en: {
    funcionarioNombre: 'Officer’s name',
    funcionarioGrado: 'Officer’s rank',
    mostrarNombre: 'Show my name to the unit',
    funcionarioId: 'Officer',
  },
  ht: {
    funcionarioNombre: 'Non ajan an',
    funcionarioGrado: 'Grad ajan an',
    mostrarNombre: 'Montre inite a non mwen',
    funcionarioId: 'Ajan',
  },
} satisfies Words

/** The messages of a commendation's own checks; `{field}` is the field's label. */
export const validacionFelicitacion = {
  es: {
    felicitacion_sin_funcionario:
      '«{field}»: esta felicitación es para la unidad, no nombra a un funcionario.',
    funcionario_desconocido: '«{field}» no es un funcionario activo de su unidad.',
  },
  en: {
    felicitacion_sin_funcionario: '“{field}”: this commendation is for the unit; it names no officer.',
    funcionario_desconocido: '“{field}” is not an active officer of your unit.',
  },
  ht: {
    felicitacion_sin_funcionario: '«{field}»: felisitasyon sa a se pou inite a, li pa nonmen yon ajan.',
    funcionario_desconocido: '«{field}» se pa yon ajan aktif nan inite ou.',
  },
} satisfies Words
