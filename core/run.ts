/**
 * Chile's RUN (rol único nacional): a number and a check digit computed módulo 11. Shared by the
 * PWA's forms and the API.
 */

/**
 * The check digit of a RUN's number: weights 2,3,4,5,6,7 repeating from the right;
 * r = 11 − (sum mod 11); 11 → "0", 10 → "K".
 *
 * @example
 * checkDigit(44444444) // '4'
 */
export function checkDigit(numero: number): string {
  let sum = 0
  let weight = 2
  for (let n = numero; n > 0; n = Math.floor(n / 10)) {
    sum += (n % 10) * weight
    weight = weight === 7 ? 2 : weight + 1
  }
  const r = 11 - (sum % 11)
  return r === 11 ? '0' : r === 10 ? 'K' : String(r)
}

export interface Run {
  numero: number
  dv: string
}

/**
 * Reads a RUN in any usual form (`44.444.444-4`, `44444444-4`, `444444444`, a lower-case k) and
 * checks its digit; null if it is not a valid RUN.
 *
 * @example
 * parseRun('12.345.678-5') // { numero: 12345678, dv: '5' }
 */
export function parseRun(text: string): Run | null {
  const compact = text.replace(/[.\s]/g, '').replace('-', '').toUpperCase()
  const match = /^(\d{1,9})([\dK])$/.exec(compact)
  if (!match?.[1] || !match[2]) return null
  const numero = Number(match[1])
  if (numero < 1) return null
  return checkDigit(numero) === match[2] ? { numero, dv: match[2] } : null
}

/**
 * The canonical stored form: digits and check digit, no dots, with a dash.
 *
 * @example
 * canonicalRun({ numero: 44444444, dv: '4' }) // '44444444-4'
 */
export function canonicalRun(run: Run): string {
  return `${run.numero}-${run.dv}`
}

/**
 * The RUN as people write it.
 *
 * @example
 * formatRun('44444444-4') // '44.444.444-4'
 */
export function formatRun(canonical: string): string {
  const [numero = '', dv = ''] = canonical.split('-')
  return `${numero.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}-${dv}`
}

/**
 * The RUN with its middle hidden, for documents that strangers may see.
 *
 * @example
 * maskRun('44444444-4') // '44.4XX.XXX-4'
 */
export function maskRun(canonical: string): string {
  const formatted = formatRun(canonical)
  return formatted.replace(
    /^(\d{1,2}\.\d)(\d{2}\.\d{3})/,
    (_all, head: string, tail: string) => `${head}${tail.replace(/\d/g, 'X')}`,
  )
}
