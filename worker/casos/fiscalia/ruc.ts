import { checkDigit } from '../../../core/run.ts'

/** A RUC as the Ministerio Público writes it: `2600012345-4` (docs/decisions/0032). */
const RUC = /^(\d{2})(\d{8})-([\dK])$/

/**
 * Whether a text is a RUC (Rol Único de Causa): two digits of the year the case entered the
 * Ministerio Público, eight of its sequence, a dash and a check digit — 0 to 9 or K, computed
 * as a RUN's (modulo 11 with weights 2…7) over the ten digits.
 *
 * @example
 * esRuc('2600012345-4') // true
 * esRuc('2600012345-5') // false
 */
export function esRuc(text: string): boolean {
  const match = RUC.exec(text)
  if (!match) return false
  return checkDigit(Number(`${match[1]}${match[2]}`)) === match[3]
}

/**
 * The RUC of a year's n-th case (what the local receiver answers).
 *
 * @example
 * formatoRuc(2026, 12345) // '2600012345-4'
 */
export function formatoRuc(anio: number, correlativo: number): string {
  const cuerpo = `${String(anio % 100).padStart(2, '0')}${String(correlativo).padStart(8, '0')}`
  return `${cuerpo}-${checkDigit(Number(cuerpo))}`
}
