/**
 * What identifies a stolen thing beyond its description: a phone's IMEI and a vehicle's plate
 * (placa patente única). Shared by the PWA's form and the API (worker/denuncias/schema.ts), so that
 * a mistyped digit is caught before the report leaves the phone.
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
 * is not asked (decision 0033). The canonical form (`AB1234`) and its format, or null.
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
