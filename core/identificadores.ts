/**
 * Identifiers people copy from a paper or a screen, checked as they are printed: a phone's IMEI,
 * a vehicle's plate (placa patente única), a court case's RIT. Shared by the PWA's forms and the
 * API (worker/denuncias/schema.ts, worker/certificados/schema.ts), so that a mistyped digit is
 * caught before the form leaves the phone. No imports: every form chunk may load it. A RUN is
 * core/run.ts's; a phone number worker/constancias-voto/schema.ts's `parsePhone`.
 */

/**
 * Reads an IMEI as people copy it (`35 209900 176148 1`, with dashes or slashes) and checks its
 * fifteenth digit (Luhn, as 3GPP TS 23.003 defines it); the fifteen digits, or null.
 *
 * @example
 * parseImei('35-209900-176148-1') // '352099001761481'
 * parseImei('352099001761482') // null (check digit)
 */
export function parseImei(text: string): string | null {
  const digits = text.replace(/[\s./-]/g, '')
  if (!/^\d{15}$/.test(digits)) return null
  let sum = 0
  for (let i = 0; i < 15; i += 1) {
    const d = Number(digits[14 - i])
    // From the right: the check digit as is, then every second digit doubled (and its digits added).
    const weighted = i % 2 === 1 ? d * 2 : d
    sum += weighted > 9 ? weighted - 9 : weighted
  }
  return sum % 10 === 0 ? digits : null
}

/** The consonants of the plates issued since 2007: no vowels, and no M, N, Ñ or Q. */
const CONSONANTES = 'BCDFGHJKLPRSTVWXYZ'

/** Which plate: a car's of 1985–2007, a car's since 2007, a motorcycle's since 2007. */
export type FormatoPatente = 'antigua' | 'nueva' | 'moto'

/**
 * Reads a Chilean plate as it is printed (`AB·12·34`, `BBBB·12`, `BBB·12`, with dots, dashes or
 * spaces) and checks it against the formats in force: two letters and four digits (1985–2007,
 * `AA·1000` to `ZZ·9999`), four consonants and two digits (cars since 2007), three consonants and
 * two digits (motorcycles since 2007). The plate's check digit is not printed on the plate, and
 * is neither asked nor checked: its letter tables could not be had whole (decisions 0033, 0039).
 * The canonical form (`AB1234`) and its format, or null.
 *
 * @example
 * parsePatente('ab·12·34') // { patente: 'AB1234', formato: 'antigua' }
 * parsePatente('BBBB-12') // { patente: 'BBBB12', formato: 'nueva' }
 * parsePatente('ABCD12') // null (A is a vowel)
 */
export function parsePatente(text: string): { patente: string; formato: FormatoPatente } | null {
  const compact = text.toUpperCase().replace(/[\s.·•-]/g, '')
  const consonants = (letters: string) => [...letters].every((letter) => CONSONANTES.includes(letter))
  const antigua = /^([A-Z]{2})([1-9]\d{3})$/.exec(compact)
  if (antigua) return { patente: compact, formato: 'antigua' }
  const nueva = /^([A-Z]{4})(\d{2})$/.exec(compact)
  if (nueva?.[1] && consonants(nueva[1])) return { patente: compact, formato: 'nueva' }
  const moto = /^([A-Z]{3})(\d{2})$/.exec(compact)
  if (moto?.[1] && consonants(moto[1])) return { patente: compact, formato: 'moto' }
  return null
}

/**
 * A plate as it is printed and read aloud.
 *
 * @example
 * formatPatente('BBBB12') // 'BB·BB·12'
 * formatPatente('AB1234') // 'AB·12·34'
 * formatPatente('BBB12') // 'BBB·12'
 */
export function formatPatente(patente: string): string {
  const [, letters = '', digits = ''] = /^([A-Z]*)(\d*)$/.exec(patente) ?? []
  if (letters.length === 2) return `${letters}·${digits.slice(0, 2)}·${digits.slice(2)}`
  if (letters.length === 4) return `${letters.slice(0, 2)}·${letters.slice(2)}·${digits}`
  return letters && digits ? `${letters}·${digits}` : patente
}

/** The first year a RIT of the reformed courts can carry (the oral procedure began in 2000). */
const PRIMER_ANO_RIT = 2000

/**
 * Reads a court case's RIT (rol interno del tribunal) as the courts print it — the kind of case
 * as one letter, the case's number, the year it was filed: `C-1234-2024` (a family court's
 * contentious case: alimentos, relación directa y regular), `Z-56-2023` (its enforcement), or
 * without a letter where a court prints none (`1234-2024`, a juzgado de garantía's). Dashes,
 * spaces or slashes between the parts; a year no later than `anoActual` (decision 0039). The
 * canonical form (`C-1234-2024`), or null.
 *
 * @example
 * parseRit('c 1234 2024', 2026) // 'C-1234-2024'
 * parseRit('1234-2024', 2026) // '1234-2024'
 * parseRit('C-1234-2031', 2026) // null (a year to come)
 */
export function parseRit(text: string, anoActual: number): string | null {
  const match = /^(?:([A-Z])[\s/-]*)?0*([1-9]\d{0,6})[\s/-]+(\d{4})$/.exec(text.trim().toUpperCase())
  if (!match) return null
  const [, letra, numero = '', ano = ''] = match
  const year = Number(ano)
  if (year < PRIMER_ANO_RIT || year > anoActual) return null
  return `${letra ? `${letra}-` : ''}${numero}-${ano}`
}
