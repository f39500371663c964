import { parseRun } from '../../core/run.ts'

/** Why the first pass holds a message for a moderator (decision 0065). */
export type MotivoRetencion = 'enlace' | 'correo' | 'run' | 'telefono' | 'insulto'

/**
 * A short list of Spanish (and Chilean) insults, without accents, lower case: matched as whole
 * words, with or without accents and in any case, a plural too. Short on purpose: the filter
 * holds for a person to read, it never rejects; a longer list holds more condolences for nothing.
 */
const INSULTOS = new Set([
  'weon',
  'weona',
  'huevon',
  'hueon',
  'aweonao',
  'ahuevonado',
  'culiao',
  'culiado',
  'conchetumare',
  'conchetumadre',
  'conchatumadre',
  'ctm',
  'csm',
  'maricon',
  'puta',
  'puto',
  'mierda',
  'imbecil',
  'idiota',
  'estupido',
  'estupida',
  'pendejo',
  'cabron',
  'hijueputa',
  'yuta',
])

/** Words of a text, lower case and without accents (ñ kept as n: no insult turns on it). */
function palabras(texto: string): string[] {
  return (
    texto
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[a-z]+/g) ?? []
  )
}

function esInsulto(palabra: string): boolean {
  return (
    INSULTOS.has(palabra) ||
    (palabra.endsWith('s') && INSULTOS.has(palabra.slice(0, -1))) ||
    (palabra.endsWith('es') && INSULTOS.has(palabra.slice(0, -2)))
  )
}

const ENLACE =
  /(?:https?:\/\/|www\.)\S|(?<![@\w])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cl|com|net|org|info|io|ly|me|co|gl|app|xyz)(?![\w])/i
const CORREO = /[^\s@]+\s*(?:@|\(at\)|\[at\])\s*[^\s@]+\.[a-z]{2,}/i
/** A RUN's shape: a body of 7–8 digits, dotted or not, spaced or not, then a dash or not and the check digit. */
const RUN = /(?<![\d.])\d{1,2}[.\s]?\d{3}[.\s]?\d{3}\s*[-‐–]?\s*[\dkK](?![\w])/g
/** A run of digits with the separators phone numbers are written with. */
const NUMEROS = /\+?\(?\d[\d\s().-]*\d/g
/** A date (12-05-2023, 1.3.24): digits, but not a phone number. */
const FECHA = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/

/**
 * The automatic first pass over a message: what, if anything, it must be held for. Links,
 * e-mail addresses, RUNs in every spelling, phone numbers (eight digits or more, however
 * separated, a date excepted) and insults as whole words.
 *
 * @example
 * retener('Llamar al +56 9 1234 5678') // ['telefono']
 * retener('Descanse en paz, cabo.') // []
 */
export function retener(texto: string): MotivoRetencion[] {
  const motivos = new Set<MotivoRetencion>()
  if (CORREO.test(texto)) motivos.add('correo')
  else if (ENLACE.test(texto)) motivos.add('enlace')
  let resto = texto
  for (const match of texto.matchAll(RUN)) {
    const dotted = /\d\.\d{3}\.\d{3}\s*[-‐–]\s*[\dkK]$/.test(match[0])
    if (dotted || parseRun(match[0].replace(/[‐–]/, '-'))) {
      motivos.add('run')
      resto = resto.replace(match[0], ' ')
    }
  }
  for (const match of resto.matchAll(NUMEROS)) {
    const digitos = match[0].replace(/\D/g, '').length
    if (digitos >= 8 && !FECHA.test(match[0].trim())) motivos.add('telefono')
  }
  if (palabras(texto).some(esInsulto)) motivos.add('insulto')
  return [...motivos]
}
