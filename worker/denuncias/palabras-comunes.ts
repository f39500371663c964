import type { Locale } from '../i18n/index.ts'

/*
 * The words a report shares with a complaint (worker/reclamos/palabras.ts): the labels of the
 * fields both ask and the message of the check both make. Apart from worker/denuncias/palabras.ts
 * so that the complaint's form chunk registers these and not the report's whole catalogue
 * (decision 0050: a page pays only for its own words). The report's catalogue spreads them.
 */

type Words = Record<Locale, Record<string, string>>

/**
 * The labels of the fields a report and a complaint both ask (a repeated group by its template).
 *
 * @example
 * camposComunes.es.relato // 'Qué ocurrió'
 */
export const camposComunes = {
  es: {
    // As the permit form's (worker/i18n/api-only.ts): one label per field name, on the server.
    comunaCut: 'Comuna',
    lugar: 'Dirección o descripción del lugar',
    relato: 'Qué ocurrió',
    testigos: 'Testigos',
    'testigos.*': 'Testigo {n}',
    'testigos.*.nombre': 'Nombre del testigo {n}',
    'testigos.*.contacto': 'Teléfono o correo del testigo {n}',
    archivos: 'Archivos',
    'archivos.*': 'Archivo {n}',
    veracidad: 'Declaro que los hechos que relato son verdaderos',
  },
  en: {
    comunaCut: 'Comuna',
    lugar: 'Address or description of the place',
    relato: 'What happened',
    testigos: 'Witnesses',
    'testigos.*': 'Witness {n}',
    'testigos.*.nombre': 'Name of witness {n}',
    'testigos.*.contacto': 'Phone or e-mail of witness {n}',
    archivos: 'Files',
    'archivos.*': 'File {n}',
    veracidad: 'I declare that the facts I report are true',
  },
  ht: {
    comunaCut: 'Komin',
    lugar: 'Adrès oswa deskripsyon kote a',
    relato: 'Sa ki te pase',
    testigos: 'Temwen',
    'testigos.*': 'Temwen {n}',
    'testigos.*.nombre': 'Non temwen {n}',
    'testigos.*.contacto': 'Telefòn oswa imèl temwen {n}',
    archivos: 'Fichye',
    'archivos.*': 'Fichye {n}',
    veracidad: 'Mwen deklare fè mwen rakonte yo vre',
  },
} satisfies Words

/**
 * The message of the check a report and a complaint both make; `{field}` is the field's label.
 *
 * @example
 * validacionComun.es.fecha_futura // '«{field}» no puede ser una fecha u hora futura.'
 */
export const validacionComun = {
  es: {
    fecha_futura: '«{field}» no puede ser una fecha u hora futura.',
  },
  en: {
    fecha_futura: '“{field}” cannot be a date or time in the future.',
  },
  ht: {
    fecha_futura: '«{field}» pa ka yon dat oswa yon lè nan lavni.',
  },
} satisfies Words
